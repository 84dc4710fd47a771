import { sql, type SQL } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { nullable, rowShape, select, selectOne, type RowOf } from '../db/rows.js';
import { at, inSeries, iso } from './fragments.js';
import type { SeriesKey } from './series-key.js';

/**
 * The SQL of the dashboard's series reads: markets, the latest quotes, a series' bounds and its
 * chart buckets, from crypto_quotes and quote_rollups (rows.repository.ts reads row by row).
 * Money leaves as float8: it is display data. Each statement declares its rows' shape (checked on every read); the
 * API types they return must accept it, so a renamed column fails to compile or to read.
 */

export type { SeriesKey } from './series-key.js';

const MarketRow = rowShape('listMarkets', {
  symbol: Type.String(),
  convert: Type.String(),
  rows: Type.Number(),
  first: Type.String(),
  last: Type.String(),
});
export type Market = RowOf<typeof MarketRow>;

/** Every series with its size and span, from the daily rollup (a few rows per day, not millions). */
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

const NewestRow = rowShape('newestPerSeries', {
  symbol: Type.String(),
  convert: Type.String(),
  newest_epoch: Type.Number(),
});
export type NewestOfSeries = RowOf<typeof NewestRow>;

/**
 * Each series' newest quote time (Unix seconds), cheap enough for every metrics scrape whatever
 * the table's size: a loose index scan finds the series (one probe of the series index each),
 * then one step back along the same index finds each one's newest quote.
 */
export async function newestPerSeries(db: Database): Promise<NewestOfSeries[]> {
  return select(
    db,
    NewestRow,
    sql`with recursive s as (
          (select symbol, convert from crypto_quotes order by symbol, convert limit 1)
          union all
          select n.symbol, n.convert from s
          cross join lateral (select c.symbol, c.convert from crypto_quotes c
                              where (c.symbol, c.convert) > (s.symbol, s.convert)
                              order by c.symbol, c.convert limit 1) n
        )
        select s.symbol, s.convert, extract(epoch from q.last_updated)::float8 as newest_epoch
        from s
        cross join lateral (select last_updated from crypto_quotes c
                            where c.symbol = s.symbol and c.convert = s.convert
                            order by c.last_updated desc limit 1) q
        order by s.symbol, s.convert`,
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
