import { stringify } from 'csv-stringify/sync';
import { DECIMAL_COLUMNS } from '../lake/quotes.csv.js';
import { ageSeconds, isStale, seriesKey, type DashboardContext } from '../dashboard/context.js';
import { AppError } from '../http/app-error.js';
import { planBuckets } from './buckets.js';
import {
  ROW_SORT_FIELDS,
  type CsvQuery,
  type Latest,
  type Market,
  type QuoteRowOut,
  type RowSortField,
  type RowsQuery,
  type Series,
  type SeriesKeyQuery,
  type SeriesQuery,
} from './price.schema.js';
import * as repo from '../quotes/reads.repository.js';
import * as rowsRepo from '../quotes/rows.repository.js';

/** The price dashboard's use cases: plain functions over a database, free of HTTP. */

/** The dashboard's context, as the price use cases see it. */
export type Prices = DashboardContext;

export const START_HINT =
  'start the pipeline (set CMC_API_KEY, then `cais start` or `cais etl schedule`), load the lake ' +
  'with `cais etl replay`, or make demo data with `cais db seed --quotes 10000`';

export const noQuotes = ({ symbol, convert }: repo.SeriesKey) =>
  new AppError('not_found', `No ${symbol} quote in ${convert} yet: ${START_HINT}`);

/**
 * Stored prices are doubles, but a difference or ratio of two can leave the doubles (a previous
 * price of 5e-324 makes the percentage infinite): JSON has no number for that, so it is unknown.
 */
const finiteOrNull = (value: number): number | null => (Number.isFinite(value) ? value : null);

export const listMarkets = ({ db }: Prices): Promise<Market[]> => repo.listMarkets(db);

export async function getLatest(prices: Prices, query: SeriesKeyQuery): Promise<Latest> {
  const key = seriesKey(prices, query);
  const [newest, previous] = await repo.newestQuotes(prices.db, key);
  if (!newest) throw noQuotes(key);
  const change = previous ? finiteOrNull(newest.price - previous.price) : null;
  const age = ageSeconds(prices.now(), newest.last_updated);
  return {
    ...key,
    price: newest.price,
    previous_price: previous?.price ?? null,
    change,
    change_percent:
      change !== null && previous ? finiteOrNull((change / previous.price) * 100) : null,
    percent_change_24h: newest.percent_change_24h,
    volume_24h: newest.volume_24h,
    market_cap: newest.market_cap,
    last_updated: newest.last_updated,
    previous_updated: previous?.last_updated ?? null,
    age_seconds: age,
    interval_seconds: prices.intervalSeconds,
    stale: isStale(age, prices.intervalSeconds),
  };
}

/**
 * The range a request means: what it gave, else the series' first and newest quote. A bound given
 * past the data keeps its other default from turning the range around.
 */
async function resolveRange(
  prices: Prices,
  key: repo.SeriesKey,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<{ from: Date; to: Date }> {
  const given = {
    from: query.from === undefined ? undefined : new Date(query.from),
    to: query.to === undefined ? undefined : new Date(query.to),
  };
  if (given.from && given.to && given.from > given.to) {
    throw AppError.validation([{ field: 'from', message: 'must not be after to' }]);
  }
  const bounds = await repo.seriesBounds(prices.db, key);
  if (!bounds) throw noQuotes(key);
  const first = new Date(bounds.first);
  const last = new Date(bounds.last);
  const to = given.to ?? new Date(Math.max(last.getTime(), given.from?.getTime() ?? 0));
  const from = given.from ?? new Date(Math.min(first.getTime(), to.getTime()));
  return { from, to };
}

export async function getSeries(prices: Prices, query: SeriesQuery): Promise<Series> {
  const key = seriesKey(prices, query);
  const { from, to } = await resolveRange(prices, key, query);
  const plan = planBuckets(from, to, query.points);
  return {
    ...key,
    from: from.toISOString(),
    to: to.toISOString(),
    bucket_seconds: plan.widthSeconds,
    source: plan.source,
    buckets: await repo.seriesBuckets(prices.db, key, plan),
  };
}

export function parseRowSort(sort: string): { field: RowSortField; descending: boolean } {
  const descending = sort.startsWith('-');
  const field = (descending ? sort.slice(1) : sort) as RowSortField;
  // The schema allows only these; a direct caller gets the same rule.
  if (!ROW_SORT_FIELDS.includes(field)) {
    throw AppError.validation([
      { field: 'sort', message: `must be one of ${ROW_SORT_FIELDS.join(', ')}` },
    ]);
  }
  return { field, descending };
}

export async function listRows(
  prices: Prices,
  query: RowsQuery,
): Promise<{ items: QuoteRowOut[]; total: number }> {
  const key = seriesKey(prices, query);
  const sort = parseRowSort(query.sort);
  const [items, total] = await Promise.all([
    rowsRepo.quotePage(prices.db, key, sort, query),
    rowsRepo.countQuotes(prices.db, key),
  ]);
  return { items, total };
}

export const CSV_COLUMNS = [
  'symbol',
  'convert',
  'last_updated',
  ...DECIMAL_COLUMNS,
  'inserted_at',
] as const satisfies readonly (keyof rowsRepo.ExportRow)[];

/** Rows per database round trip of an export: memory stays flat however long the series. */
export const EXPORT_BATCH = 5_000;

/**
 * A series as CSV, oldest first. The range is checked (and an unknown series refused) before
 * the first byte, so an error is still a proper problem response; then the text is produced
 * batch by batch as the client reads it.
 */
export async function exportCsv(
  prices: Prices,
  query: CsvQuery,
  batchSize = EXPORT_BATCH,
): Promise<{ filename: string; lines: AsyncGenerator<string> }> {
  const key = seriesKey(prices, query);
  const range = await resolveRange(prices, key, query);
  async function* lines(): AsyncGenerator<string> {
    yield `${CSV_COLUMNS.join(',')}\n`;
    let after: string | undefined;
    for (;;) {
      const rows = await rowsRepo.exportBatch(prices.db, key, { ...range, after }, batchSize);
      if (rows.length === 0) return;
      yield stringify(rows.map((row) => CSV_COLUMNS.map((column) => row[column] ?? '')));
      if (rows.length < batchSize) return;
      after = rows.at(-1)?.cursor;
    }
  }
  return { filename: `cais-${key.symbol}-${key.convert}.csv`, lines: lines() };
}
