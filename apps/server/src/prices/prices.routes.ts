import { Readable } from 'node:stream';
import type { RoutePlugin } from '../http/validated.js';
import Type from 'typebox';
import { dashboardOf, type DashboardRouteOptions } from '../dashboard/context.js';
import { json, problems } from '../http/openapi.js';
import { pageHeadersDoc, withPageHeaders } from '../http/paging.js';
import {
  CsvQuerySchema,
  LatestSchema,
  MarketSchema,
  QuoteRowSchema,
  RowsQuerySchema,
  SeriesKeyQuerySchema,
  SeriesQuerySchema,
  SeriesSchema,
} from './price.schema.js';
import * as prices from './prices.service.js';

const tags = ['prices'];

const unknownSeries = 'The series has no quote (unknown symbol or currency, or no data yet)';

export const priceRoutes: RoutePlugin<DashboardRouteOptions> = async (app, options) => {
  const context = dashboardOf(options);

  app.get(
    '/prices/markets',
    {
      schema: {
        tags,
        operationId: 'listMarkets',
        summary: 'List the series stored',
        description:
          'Every coin and currency with quotes, for pickers and the empty state; `[]` when there ' +
          'is no quote. Counts come from the daily rollup, which the loader keeps current.',
        response: {
          200: json('The series, by symbol and currency', Type.Array(MarketSchema)),
          ...problems(),
        },
      },
    },
    () => prices.listMarkets(context),
  );

  app.get(
    '/prices/latest',
    {
      schema: {
        tags,
        operationId: 'getLatestPrice',
        summary: 'The newest quote, its change and how fresh it is',
        description:
          '`stale` is true when the newest quote is older than two intervals of ETL_SCHEDULE.',
        querystring: SeriesKeyQuerySchema,
        response: {
          200: json('The newest quote', LatestSchema),
          ...problems({ 404: unknownSeries, 422: 'A query parameter is invalid' }),
        },
      },
    },
    (request) => prices.getLatest(context, request.query),
  );

  app.get(
    '/prices/series',
    {
      schema: {
        tags,
        operationId: 'getPriceSeries',
        summary: 'A price series downsampled to at most `points` buckets',
        description:
          'Buckets are `bucket_seconds` = max(1, ceil((to - from) / points)) wide, starting at ' +
          '`from`; a quote at exactly `to` joins the last bucket. Only non-empty buckets are ' +
          'returned. Long ranges are read from rollups (`source`), so a year costs the same as a day.',
        querystring: SeriesQuerySchema,
        response: {
          200: json('The buckets', SeriesSchema),
          ...problems({
            404: unknownSeries,
            422: 'A query parameter is invalid, or `from` is after `to`',
          }),
        },
      },
    },
    (request) => prices.getSeries(context, request.query),
  );

  app.get(
    '/prices/rows',
    {
      schema: {
        tags,
        operationId: 'listPriceRows',
        summary: 'A page of stored quotes',
        description: 'A JSON array; the total goes in `X-Total-Count`, links in `Link`.',
        querystring: RowsQuerySchema,
        response: {
          200: json(
            'A page of quotes',
            Type.Array(QuoteRowSchema),
            pageHeadersDoc('Quotes in the series', 'items 0-99/105120'),
          ),
          ...problems({ 422: 'A query parameter is invalid' }),
        },
      },
    },
    async (request, reply) =>
      withPageHeaders(request, reply, await prices.listRows(context, request.query)),
  );

  app.get(
    '/prices/rows.csv',
    {
      schema: {
        tags,
        operationId: 'downloadPriceRows',
        summary: 'Download a series as CSV',
        description:
          'Comma-separated, header first, oldest first, decimals exactly as stored; streamed, so ' +
          'millions of rows download in constant memory.',
        querystring: CsvQuerySchema,
        response: {
          200: {
            description: 'The quotes as CSV',
            headers: {
              'Content-Disposition': {
                type: 'string',
                description: 'attachment; filename="cais-<SYMBOL>-<CONVERT>.csv"',
              },
            },
            content: { 'text/csv': { schema: Type.String() } },
          },
          ...problems({
            404: unknownSeries,
            422: 'A query parameter is invalid, or `from` is after `to`',
          }),
        },
      },
    },
    async (request, reply) => {
      const { filename, lines } = await prices.exportCsv(context, request.query);
      return (
        reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="${filename}"`)
          // The schema documents the text; what is sent is that text as a stream.
          .send(Readable.from(lines) as unknown as string)
      );
    },
  );
};
