import { and, eq, sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { nullable, rowShape, select, type RowOf } from '../db/rows.js';
import { cryptoQuotes } from '../db/schema.js';
import type { QuoteRow } from '../lake/quotes.csv.js';
import { at, inSeries, iso } from './fragments.js';
import type { SeriesKey } from './series-key.js';

/**
 * The SQL that reads a series row by row: the rows table, its count, the CSV export and the gaps
 * of the pipeline health panel. Each walks the series index (symbol, convert, last_updated).
 */

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
