import type { RoutePlugin } from '../http/validated.js';
import Type from 'typebox';
import { json, problems } from '../http/openapi.js';
import { actorOf } from '../team/principal.js';
import { sendProduct } from './etag.js';
import { EntryParamsSchema, HistoryEntrySchema, PageQuerySchema } from './history.schema.js';
import * as history from './history.service.js';
import { IdParamsSchema, ProductSchema } from './product.schema.js';
import { pageHeadersDoc, withPageHeaders } from '../http/paging.js';
import type { Catalog } from './products.service.js';

const tags = ['history'];
const SECURITY = [{ bearerAuth: [] }, { cookieAuth: [] }];

/** The product history: read it, revert to a version, export it. Nothing here changes it. */
export const historyRoutes: RoutePlugin<{ catalog: Catalog }> = async (app, { catalog }) => {
  app.get(
    '/products/:id/history',
    {
      config: { access: 'viewer' },
      schema: {
        tags,
        operationId: 'getProductHistory',
        summary: 'Changes of a product, newest first',
        description:
          'Every create, update, delete, restore, revert and purge: who, when, the request id, ' +
          'and the product before and after. Also for products in the trash or purged.',
        security: SECURITY,
        params: IdParamsSchema,
        querystring: PageQuerySchema,
        response: {
          200: json(
            'A page of entries',
            Type.Array(HistoryEntrySchema),
            pageHeadersDoc('Entries in all'),
          ),
          ...problems({
            401: 'Not signed in',
            404: 'No product with this id has a history',
            422: 'The id or a query parameter is invalid',
          }),
        },
      },
    },
    async (request, reply) =>
      withPageHeaders(
        request,
        reply,
        await history.productHistory(catalog, request.params.id, request.query),
      ),
  );

  app.post(
    '/products/:id/history/:entry/restore',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        operationId: 'revertProduct',
        summary: 'Make the product as it was after a history entry',
        description:
          'Writes the fields of that version (a new `revert` entry; the history is never ' +
          'rewritten). With If-Match, only if the product has not changed since it was read.',
        security: SECURITY,
        params: EntryParamsSchema,
        headers: Type.Object({
          'if-match': Type.Optional(Type.String({ description: 'ETag from a previous read' })),
        }),
        response: {
          200: json('The product as restored', ProductSchema, {
            ETag: { type: 'string', description: 'Strong validator of this version' },
          }),
          ...problems({
            401: 'Not signed in',
            403: 'Not an editor or admin, or a cookie write without X-CSRF-Token',
            404: 'No such product (or it is in the trash), or no such entry',
            412: 'If-Match does not match the current version',
            422: 'An id is not a positive integer',
          }),
        },
      },
    },
    async (request, reply) => {
      const product = await history.revertProduct(
        catalog,
        actorOf(request),
        request.params.id,
        request.params.entry,
        request.headers['if-match'],
      );
      return sendProduct(reply, product);
    },
  );

  app.get(
    '/history.csv',
    {
      config: { access: 'admin' },
      schema: {
        tags,
        operationId: 'exportHistory',
        summary: 'Every history entry as CSV (admin)',
        description: `Columns: ${history.HISTORY_CSV_COLUMNS.join(', ')}; before and after are JSON.`,
        security: SECURITY,
        response: {
          200: {
            description: 'The history, oldest first',
            content: { 'text/csv': { schema: Type.String() } },
          },
          ...problems({ 401: 'Not signed in', 403: 'Not an admin' }),
        },
      },
    },
    async (_request, reply) =>
      reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', 'attachment; filename="cais-history.csv"')
        // The schema documents the text; what is sent is that text as a stream.
        .send(history.historyCsv(catalog) as unknown as string),
  );
};
