import { sql, type SQL } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { execute, rowShape, select } from '../db/rows.js';
import type { SeriesKey } from './series-key.js';

/**
 * All SQL of quote_rollups. Hours are computed from the quotes, 3 hours and days from the hours
 * (each quote is read once). Buckets are aligned to the UTC epoch by date_bin, as migration 0006
 * computed them.
 */

const EPOCH = sql`timestamptz '1970-01-01 00:00:00+00'`;
const COLUMNS = sql`(symbol, convert, resolution_seconds, bucket_start, open, high, low, close,
  count, first_at, last_at)`;
const UPSERT = sql`on conflict (symbol, convert, resolution_seconds, bucket_start) do update set
  open = excluded.open, high = excluded.high, low = excluded.low, close = excluded.close,
  count = excluded.count, first_at = excluded.first_at, last_at = excluded.last_at`;

/** Hourly buckets of the quotes `source` (crypto_quotes q, maybe joined) and `where` select. */
const hoursFrom = (source: SQL, where: SQL) =>
  sql`insert into quote_rollups ${COLUMNS}
      select q.symbol, q.convert, 3600, date_bin(interval '1 hour', q.last_updated, ${EPOCH}),
             ((array_agg(q.price order by q.last_updated))[1])::float8, max(q.price)::float8,
             min(q.price)::float8, ((array_agg(q.price order by q.last_updated desc))[1])::float8,
             count(*)::integer, min(q.last_updated), max(q.last_updated)
      from ${source}
      where ${where}
      group by 1, 2, 4
      ${UPSERT}`;

/**
 * 3-hour and daily buckets of the hourly rollups `source` (quote_rollups h with the resolutions
 * as r.res) and `where` select.
 */
const coarseFrom = (source: SQL, where: SQL) =>
  sql`insert into quote_rollups ${COLUMNS}
      select h.symbol, h.convert, r.res,
             date_bin(make_interval(secs => r.res), h.bucket_start, ${EPOCH}),
             (array_agg(h.open order by h.bucket_start))[1], max(h.high), min(h.low),
             (array_agg(h.close order by h.bucket_start desc))[1], sum(h.count)::integer,
             min(h.first_at), max(h.last_at)
      from ${source}
      where h.resolution_seconds = 3600 and ${where}
      group by 1, 2, 3, 4
      ${UPSERT}`;

/** A quote time of one series: what a load touched. */
export interface TouchedQuote {
  symbol: string;
  convert: string;
  last_updated: string;
}

/**
 * Recomputes the buckets these quotes fall in, and only those, from every quote stored in them:
 * the loader calls it in the transaction that inserted the quotes. Each touched bucket is one
 * index range read.
 */
export async function refreshBuckets(
  db: Database,
  touched: readonly TouchedQuote[],
): Promise<void> {
  if (touched.length === 0) return;
  const times = sql`unnest(${sql.param(touched.map((t) => t.symbol))}::text[],
                           ${sql.param(touched.map((t) => t.convert))}::text[],
                           ${sql.param(touched.map((t) => t.last_updated))}::timestamptz[])
                      as u(symbol, convert, t)`;
  // Distinct buckets, so that no quote (no hour) is joined, and counted, twice.
  const hours = sql`(select distinct u.symbol, u.convert,
                       date_bin(interval '1 hour', u.t, ${EPOCH}) as start from ${times}) k`;
  await execute(
    db,
    hoursFrom(
      sql`${hours} join crypto_quotes q on q.symbol = k.symbol and q.convert = k.convert
            and q.last_updated >= k.start and q.last_updated < k.start + interval '1 hour'`,
      sql`true`,
    ),
  );
  const coarse = sql`(select distinct u.symbol, u.convert, res.res,
                        date_bin(make_interval(secs => res.res), u.t, ${EPOCH}) as start
                      from ${times} cross join (values (10800), (86400)) as res(res)) r`;
  await execute(
    db,
    coarseFrom(
      sql`${coarse} join quote_rollups h on h.symbol = r.symbol and h.convert = r.convert
            and h.bucket_start >= r.start and h.bucket_start < r.start + make_interval(secs => r.res)`,
      sql`true`,
    ),
  );
}

/** The first and last quote time of one series that a bulk load inserted (ISO text). */
export interface TouchedRange {
  symbol: string;
  convert: string;
  first: string;
  last: string;
}

/**
 * Recomputes every bucket of the series' ranges from the quotes stored there: for a bulk load,
 * whose quotes fill whole days, one range scan per series instead of one lookup per hour.
 * Hours are computed for the hours the range spans, 3 hours and days for the days it spans.
 */
export async function refreshRanges(db: Database, ranges: readonly TouchedRange[]): Promise<void> {
  if (ranges.length === 0) return;
  const spans = (step: SQL) =>
    sql`(select r.symbol, r.convert, date_bin(${step}, r.first, ${EPOCH}) as start,
               date_bin(${step}, r.last, ${EPOCH}) + ${step} as stop
        from unnest(${sql.param(ranges.map((r) => r.symbol))}::text[],
                    ${sql.param(ranges.map((r) => r.convert))}::text[],
                    ${sql.param(ranges.map((r) => r.first))}::timestamptz[],
                    ${sql.param(ranges.map((r) => r.last))}::timestamptz[])
          as r(symbol, convert, first, last)) k`;
  await execute(
    db,
    hoursFrom(
      sql`${spans(sql`interval '1 hour'`)} join crypto_quotes q on q.symbol = k.symbol
            and q.convert = k.convert and q.last_updated >= k.start and q.last_updated < k.stop`,
      sql`true`,
    ),
  );
  await execute(
    db,
    coarseFrom(
      sql`${spans(sql`interval '1 day'`)} join quote_rollups h on h.symbol = k.symbol
            and h.convert = k.convert and h.bucket_start >= k.start and h.bucket_start < k.stop
          cross join (values (10800), (86400)) as r(res)`,
      sql`true`,
    ),
  );
}

const SeriesSpan = rowShape('quoteSeries', {
  symbol: Type.String(),
  convert: Type.String(),
  first: Type.Number(),
  last: Type.Number(),
});

/** Every series that has quotes, with its first and last quote time (ms since the epoch). */
export async function quoteSeries(
  db: Database,
): Promise<(SeriesKey & { first: number; last: number })[]> {
  return select(
    db,
    SeriesSpan,
    sql`select symbol, convert, (extract(epoch from min(last_updated)) * 1000)::float8 as first,
               (extract(epoch from max(last_updated)) * 1000)::float8 as last
        from crypto_quotes group by symbol, convert order by symbol, convert`,
  );
}

/**
 * Rebuilds the rollups of one series in [from, to), both whole UTC days: the buckets there are
 * dropped and computed again from the quotes, in one transaction.
 */
export async function rebuildWindow(
  db: Database,
  key: SeriesKey,
  window: { from: Date; to: Date },
): Promise<void> {
  const from = sql`${window.from.toISOString()}::timestamptz`;
  const to = sql`${window.to.toISOString()}::timestamptz`;
  const series = (alias: string) =>
    sql`${sql.raw(alias)}.symbol = ${key.symbol} and ${sql.raw(alias)}.convert = ${key.convert}`;
  await db.transaction(async (tx) => {
    await execute(
      tx,
      sql`delete from quote_rollups q where ${series('q')}
          and bucket_start >= ${from} and bucket_start < ${to}`,
    );
    await execute(
      tx,
      hoursFrom(
        sql`crypto_quotes q`,
        sql`${series('q')} and q.last_updated >= ${from} and q.last_updated < ${to}`,
      ),
    );
    await execute(
      tx,
      coarseFrom(
        sql`quote_rollups h cross join (values (10800), (86400)) as r(res)`,
        sql`${series('h')} and h.bucket_start >= ${from} and h.bucket_start < ${to}`,
      ),
    );
  });
}

/** Drops the rollups of series that no longer have any quote. */
export async function dropOrphanRollups(db: Database): Promise<void> {
  await execute(
    db,
    sql`delete from quote_rollups r where not exists (
          select 1 from crypto_quotes q where q.symbol = r.symbol and q.convert = r.convert)`,
  );
}
