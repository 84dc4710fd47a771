import { sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { nullable, rowShape, select, selectOne } from '../db/rows.js';
import { at, inSeries, iso } from '../quotes/fragments.js';
import type { SeriesKey } from '../quotes/series-key.js';

/** The reads alert rules evaluate: quotes and runs as of a given time (the evaluator's clock). */

const QuoteRow = rowShape('alertQuote', { price: Type.Number(), last_updated: Type.String() });

export interface ObservedQuote {
  price: number;
  last_updated: string;
}

/** The newest quote of a series at or before `now`. */
export async function newestQuote(
  db: Database,
  key: SeriesKey,
  now: Date,
): Promise<ObservedQuote | undefined> {
  return selectOne(
    db,
    QuoteRow,
    sql`select price::float8 as price, ${iso(sql`last_updated`)} as last_updated
        from crypto_quotes
        where ${inSeries(key)} and last_updated <= ${at(now)}
        order by last_updated desc
        limit 1`,
  );
}

/** The lowest and highest quote of a series in [from, to], with their times. */
const RangeRow = rowShape('alertPriceRange', {
  low: Type.Number(),
  low_at: Type.String(),
  high: Type.Number(),
  high_at: Type.String(),
});

export async function priceRange(
  db: Database,
  key: SeriesKey,
  from: Date,
  to: Date,
): Promise<{ low: ObservedQuote; high: ObservedQuote } | undefined> {
  const row = await selectOne(
    db,
    RangeRow,
    sql`select lo.price::float8 as low, ${iso(sql`lo.last_updated`)} as low_at,
               hi.price::float8 as high, ${iso(sql`hi.last_updated`)} as high_at
        from (select price, last_updated from crypto_quotes
              where ${inSeries(key)} and last_updated between ${at(from)} and ${at(to)}
              order by price asc, last_updated desc limit 1) lo,
             (select price, last_updated from crypto_quotes
              where ${inSeries(key)} and last_updated between ${at(from)} and ${at(to)}
              order by price desc, last_updated desc limit 1) hi`,
  );
  if (!row) return undefined;
  return {
    low: { price: row.low, last_updated: row.low_at },
    high: { price: row.high, last_updated: row.high_at },
  };
}

const FinishedRun = rowShape('alertFinishedRun', {
  status: Type.String(),
  finished_at: nullable(Type.String()),
});

/** The newest `count` finished runs (not running), newest first. */
export async function lastFinishedRuns(
  db: Database,
  count: number,
): Promise<{ status: string; finished_at: string | null }[]> {
  return select(
    db,
    FinishedRun,
    sql`select status, ${iso(sql`finished_at`)} as finished_at
        from etl_runs
        where status <> 'running'
        order by id desc
        limit ${count}`,
  );
}
