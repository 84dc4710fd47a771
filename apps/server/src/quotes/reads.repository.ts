import { and, eq, sql, type SQL } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { nullable, rowShape, select, selectOne, type RowOf } from '../db/rows.js';
import { cryptoQuotes } from '../db/schema.js';
import type { QuoteRow } from '../lake/quotes.csv.js';
import type { SeriesKey } from './series-key.js';

/**
 * All SQL that reads crypto_quotes and quote_rollups for the dashboard. Money leaves as float8:
 * it is display data. Times leave as ISO 8601 UTC text, formatted by the database, the same on
 * PGlite and on a server. Each statement declares its rows' shape (checked on every read); the
 * API types they return must accept it, so a renamed column fails to compile or to read.
 */

export type { SeriesKey } from './series-key.js';

const iso = (column: SQL) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
const inSeries = ({ symbol, convert }: SeriesKey) =>
  sql`symbol = ${symbol} and convert = ${convert}`;

/** Every series with its size and span, from the daily rollup (a few rows per day, not millions). */
const MarketRow = rowShape('listMarkets', {
  symbol: Type.String(),
  convert: Type.String(),
  rows: Type.Number(),
  first: Type.String(),
  last: Type.String(),
});
export type Market = RowOf<typeof MarketRow>;

export async function listMarkets(db: Database): Promise<Market[]> {
  return select(
    db,
    MarketRow,
    sql`select symbol, convert, sum(count)::float8 as rows,
               ${iso(sql`min(first_at)`)} as first, ${iso(sql`max(last_at)`)} as last
        from quote_rollups
        where resolution_seconds = 86400
        group by symbol, convert
        order by symbol, convert`,
  );
}

const StoredQuoteRow = rowShape('newestQuotes', {
  price: Type.Number(),
  volume_24h: nullable(Type.Number()),
  market_cap: nullable(Type.Number()),
  percent_change_24h: nullable(Type.Number()),
  last_updated: Type.String(),
});

export interface StoredQuote {
  price: number;
  volume_24h: number | null;
  market_cap: number | null;
  percent_change_24h: number | null;
  last_updated: string;
}

/** The newest quote and the one before it: two steps back along the series index. */
export async function newestQuotes(db: Database, key: SeriesKey): Promise<StoredQuote[]> {
  return select(
    db,
    StoredQuoteRow,
    sql`select price::float8 as price, volume_24h::float8 as volume_24h,
               market_cap::float8 as market_cap, percent_change_24h::float8 as percent_change_24h,
               ${iso(sql`last_updated`)} as last_updated
        from crypto_quotes q
        where ${inSeries(key)}
        order by q.last_updated desc
        limit 2`,
  );
}

const Bounds = rowShape('seriesBounds', {
  first: nullable(Type.String()),
  last: nullable(Type.String()),
});

/** The first and newest quote times of a series; undefined when it has none. */
export async function seriesBounds(
  db: Database,
  key: SeriesKey,
): Promise<{ first: string; last: string } | undefined> {
  const row = await selectOne(
    db,
    Bounds,
    sql`select ${iso(sql`min(last_updated)`)} as first, ${iso(sql`max(last_updated)`)} as last
        from crypto_quotes where ${inSeries(key)}`,
  );
  return row?.first && row.last ? { first: row.first, last: row.last } : undefined;
}

const BucketRow = rowShape('seriesBuckets', {
  time: Type.String(),
  open: Type.Number(),
  high: Type.Number(),
  low: Type.Number(),
  close: Type.Number(),
  count: Type.Integer(),
});
export type Bucket = RowOf<typeof BucketRow>;

/** Where the buckets of a series read come from (prices/buckets.ts plans them). */
export interface BucketPlan {
  from: Date;
  to: Date;
  points: number;
  widthSeconds: number;
  /** With a rollup: the whole rollup buckets in [start, end) come from it, the edges from quotes. */
  rollup: { resolution: number; start: Date; end: Date } | undefined;
}

/**
 * Downsamples a series in the database: quotes (and whole rollup buckets, when the plan has a
 * rollup) are grouped into the plan's buckets; only non-empty buckets come back. Each part is its
 * own index range scan, never one scan of the whole series.
 */
export async function seriesBuckets(
  db: Database,
  key: SeriesKey,
  plan: BucketPlan,
): Promise<Bucket[]> {
  const quotes = (from: SQL, to: SQL) =>
    sql`select last_updated as first_at, last_updated as last_at, price::float8 as open,
               price::float8 as high, price::float8 as low, price::float8 as close, 1 as count
        from crypto_quotes
        where ${inSeries(key)} and last_updated >= ${from} and ${to}`;
  const { rollup } = plan;
  const pieces = rollup
    ? sql`${quotes(at(plan.from), sql`last_updated < ${at(rollup.start)}`)}
          union all
          ${quotes(at(rollup.end), sql`last_updated <= ${at(plan.to)}`)}
          union all
          select first_at, last_at, open, high, low, close, count
          from quote_rollups
          where ${inSeries(key)} and resolution_seconds = ${rollup.resolution}
            and bucket_start >= ${at(rollup.start)} and bucket_start < ${at(rollup.end)}`
    : quotes(at(plan.from), sql`last_updated <= ${at(plan.to)}`);
  const lastBucket = new Date(plan.from.getTime() + (plan.points - 1) * plan.widthSeconds * 1000);
  return select(
    db,
    BucketRow,
    sql`select ${iso(sql`bucket`)} as time,
               (array_agg(open order by first_at))[1] as open, max(high) as high, min(low) as low,
               (array_agg(close order by last_at desc))[1] as close, sum(count)::integer as count
        from (select least(date_bin(${plan.widthSeconds} * interval '1 second', first_at,
                                    ${at(plan.from)}), ${at(lastBucket)}) as bucket, p.*
              from (${pieces}) p) b
        group by bucket
        order by bucket`,
  );
}

const ROW_COLUMNS = sql`symbol, convert, ${iso(sql`last_updated`)} as last_updated,
  price::float8 as price, volume_24h::float8 as volume_24h, market_cap::float8 as market_cap,
  percent_change_1h::float8 as percent_change_1h, percent_change_24h::float8 as percent_change_24h,
  percent_change_7d::float8 as percent_change_7d, ${iso(sql`inserted_at`)} as inserted_at`;

const QuoteRowOutRow = rowShape('quotePage', {
  symbol: Type.String(),
  convert: Type.String(),
  last_updated: Type.String(),
  price: Type.Number(),
  volume_24h: nullable(Type.Number()),
  market_cap: nullable(Type.Number()),
  percent_change_1h: nullable(Type.Number()),
  percent_change_24h: nullable(Type.Number()),
  percent_change_7d: nullable(Type.Number()),
  inserted_at: Type.String(),
});
export type QuoteRowOut = RowOf<typeof QuoteRowOutRow>;
/** Any column of crypto_quotes orders a page; the API offers the indexed few. */
export type QuoteColumn = keyof typeof cryptoQuotes.$inferSelect;

export async function quotePage(
  db: Database,
  key: SeriesKey,
  sort: { field: QuoteColumn; descending: boolean },
  page: { limit: number; offset: number },
): Promise<QuoteRowOut[]> {
  const direction = sql.raw(sort.descending ? 'desc nulls last' : 'asc nulls last');
  const byTime = sql.raw(sort.descending ? 'desc' : 'asc');
  // Qualified: unqualified, ORDER BY would sort by the output columns of the same names (text
  // and float8), which no index serves. last_updated is unique within a series: the tie-breaker
  // that keeps pages from overlapping.
  const order =
    sort.field === 'last_updated'
      ? sql`q.last_updated ${byTime}`
      : sql`q.${sql.identifier(sort.field)} ${direction}, q.last_updated ${byTime}`;
  return select(
    db,
    QuoteRowOutRow,
    sql`select ${ROW_COLUMNS} from crypto_quotes q where ${inSeries(key)}
        order by ${order} limit ${page.limit} offset ${page.offset}`,
  );
}

export async function countQuotes(db: Database, key: SeriesKey): Promise<number> {
  return db.$count(
    cryptoQuotes,
    and(eq(cryptoQuotes.symbol, key.symbol), eq(cryptoQuotes.convert, key.convert)),
  );
}

const ExportRowShape = rowShape('exportBatch', {
  symbol: Type.String(),
  convert: Type.String(),
  last_updated: Type.String(),
  price: Type.String(),
  volume_24h: nullable(Type.String()),
  market_cap: nullable(Type.String()),
  percent_change_1h: nullable(Type.String()),
  percent_change_24h: nullable(Type.String()),
  percent_change_7d: nullable(Type.String()),
  circulating_supply: nullable(Type.String()),
  inserted_at: Type.String(),
  /** Exact (microsecond) time of the row, the keyset cursor of the next batch. */
  cursor: Type.String(),
});

/** A CSV line's worth: the lake's columns, decimals as the exact text stored. */
export interface ExportRow extends Omit<QuoteRow, 'cmc_id'> {
  inserted_at: string;
  /** Exact (microsecond) time of the row, the keyset cursor of the next batch. */
  cursor: string;
}

/**
 * The next batch of a series after `after` (exclusive) or from `from` (inclusive), oldest first:
 * keyset paging along the series index, so every batch costs the same however deep the export.
 */
export async function exportBatch(
  db: Database,
  key: SeriesKey,
  range: { from: Date; to: Date; after: string | undefined },
  size: number,
): Promise<ExportRow[]> {
  const lower =
    range.after === undefined
      ? sql`last_updated >= ${at(range.from)}`
      : sql`last_updated > ${range.after}::timestamptz`;
  return select(
    db,
    ExportRowShape,
    sql`select symbol, convert, ${iso(sql`last_updated`)} as last_updated, price::text as price,
               volume_24h::text as volume_24h, market_cap::text as market_cap,
               percent_change_1h::text as percent_change_1h,
               percent_change_24h::text as percent_change_24h,
               percent_change_7d::text as percent_change_7d,
               circulating_supply::text as circulating_supply, ${iso(sql`inserted_at`)} as inserted_at,
               to_char(last_updated at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00' as cursor
        from crypto_quotes q
        where ${inSeries(key)} and ${lower} and q.last_updated <= ${at(range.to)}
        order by q.last_updated
        limit ${size}`,
  );
}

const GapRowShape = rowShape('findGaps', {
  from: Type.String(),
  to: Type.String(),
  missing: Type.Integer(),
  /** Missing slots over every gap, not only the rows returned. */
  total: Type.Number(),
});

export interface GapRow {
  from: string;
  to: string;
  missing: number;
  /** Missing slots over every gap, not only the rows returned. */
  total: number;
}

/**
 * Gaps in a series between `from` and `to`: consecutive quotes further apart than 1.5 schedule
 * intervals, the largest `limit` of them, each with the slots it misses.
 */
export async function findGaps(
  db: Database,
  key: SeriesKey,
  range: { from: Date; to: Date },
  intervalSeconds: number,
  limit: number,
): Promise<GapRow[]> {
  return select(
    db,
    GapRowShape,
    sql`with steps as (
          select lag(last_updated) over (order by last_updated) as previous, last_updated
          from crypto_quotes
          where ${inSeries(key)} and last_updated >= ${at(range.from)}
            and last_updated <= ${at(range.to)}),
        gaps as (
          select previous, last_updated,
                 (round(extract(epoch from last_updated - previous) / ${intervalSeconds}) - 1)::integer
                   as missing
          from steps
          where last_updated - previous > ${intervalSeconds * 1.5} * interval '1 second')
        select ${iso(sql`previous`)} as from, ${iso(sql`last_updated`)} as to, missing,
               (sum(missing) over ())::float8 as total
        from gaps
        order by missing desc, previous
        limit ${limit}`,
  );
}
