import { sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { rowShape, selectOne } from '../db/rows.js';

/** The SQL of demo quotes: a whole series generated inside the database, no row crossing the wire. */

export interface DemoSeries {
  symbol: string;
  convert: string;
  cmcId: number | null;
  /** Quotes, one every `intervalSeconds`, the last at `end`. */
  count: number;
  intervalSeconds: number;
  end: Date;
  /** Price of the first quote. */
  startPrice: number;
  /** Standard deviation of the log return of one step. */
  volatility: number;
  circulatingSupply: number;
}

const Inserted = rowShape('insertDemoSeries', { inserted: Type.Integer() });

/**
 * Inserts a geometric random walk (Gaussian steps by Box-Muller) with the 1 h, 24 h and 7 d
 * changes computed from the walk itself, and a volume that wanders around 2-4 % of the market
 * cap. Quotes already present at those times are kept. Returns the rows inserted.
 */
export async function insertDemoSeries(db: Database, s: DemoSeries): Promise<number> {
  const perHour = Math.max(1, Math.round(3600 / s.intervalSeconds));
  const row = await selectOne(
    db,
    Inserted,
    sql`with steps as (
          select i, ${s.end.toISOString()}::timestamptz
                      - (${s.count - 1} - i) * ${s.intervalSeconds} * interval '1 second' as t,
                 case when i = 0 then 0
                      else sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random()) end as z
          from generate_series(0, ${s.count - 1}) as i),
        walk as (
          select i, t, ${s.startPrice}::float8 * exp(${s.volatility}::float8 * sum(z) over (order by i)) as p
          from steps),
        quotes as (
          select t, p,
                 (p / lag(p, ${perHour}) over w - 1) * 100 as c1h,
                 (p / lag(p, ${perHour * 24}) over w - 1) * 100 as c24h,
                 (p / lag(p, ${perHour * 24 * 7}) over w - 1) * 100 as c7d
          from walk window w as (order by i)),
        inserted as (
          insert into crypto_quotes (symbol, convert, cmc_id, last_updated, price, volume_24h,
            market_cap, percent_change_1h, percent_change_24h, percent_change_7d,
            circulating_supply, source_key)
          select ${s.symbol}, ${s.convert}, ${s.cmcId}::integer, t, round(p::numeric, 6),
                 round((p * ${s.circulatingSupply}::float8 * (0.02 + 0.02 * random()))::numeric, 2),
                 round((p * ${s.circulatingSupply}::float8)::numeric, 2),
                 round(c1h::numeric, 4), round(c24h::numeric, 4), round(c7d::numeric, 4),
                 ${s.circulatingSupply}::numeric, 'seed:demo-quotes'
          from quotes
          on conflict (symbol, convert, last_updated) do nothing
          returning 1)
        select count(*)::integer as inserted from inserted`,
  );
  return row?.inserted ?? 0;
}
