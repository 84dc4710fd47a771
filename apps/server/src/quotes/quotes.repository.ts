import { sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { execute, nullable, rowShape, selectOne } from '../db/rows.js';
import type { QuoteRow } from '../lake/quotes.csv.js';
import { recordLoaded } from './ledger.repository.js';
import { refreshBuckets } from './rollups.repository.js';

/**
 * All SQL that writes crypto_quotes: a load's rows, the rollup buckets they fall in and the
 * ledger's record of their objects change together, in one transaction.
 */

export interface ParsedObject {
  key: string;
  /** MD5 of the CSV, hex. */
  hash: string;
  rows: QuoteRow[];
}

export interface InsertedObjects {
  /** Rows that were new. */
  inserted: number;
  /**
   * Objects with rows the database had already (same coin, currency and time): the original
   * pipeline's early objects repeated every row of the ones before them.
   */
  repeating: number;
}

const Inserted = rowShape('insertObjects', {
  inserted: Type.Integer(),
  repeating: Type.Integer(),
  /** A quote time of each series and hour the load touched. */
  touched: Type.Array(
    Type.Object({ symbol: Type.String(), convert: Type.String(), last_updated: Type.String() }),
  ),
});

/**
 * Loads objects: their rows (a row already present, the same coin, currency and update time,
 * is skipped: the first loaded wins) and their keys, in one transaction, so an object is loaded
 * whole or not at all.
 */
export async function insertObjects(
  db: Database,
  objects: readonly ParsedObject[],
): Promise<InsertedObjects> {
  if (objects.length === 0) return { inserted: 0, repeating: 0 };
  const rows = objects.flatMap((o) => o.rows.map((row) => ({ ...row, source_key: o.key })));
  const column = <K extends keyof (typeof rows)[number]>(name: K) =>
    sql.param(rows.map((r) => r[name]));
  return db.transaction(async (tx) => {
    const result = await selectOne(
      tx,
      Inserted,
      sql`with inserted as (
            insert into crypto_quotes (symbol, convert, cmc_id, last_updated, price, volume_24h,
              market_cap, percent_change_1h, percent_change_24h, percent_change_7d,
              circulating_supply, source_key)
            select * from unnest(${column('symbol')}::text[], ${column('convert')}::text[],
              ${column('cmc_id')}::integer[], ${column('last_updated')}::timestamptz[],
              ${column('price')}::numeric[], ${column('volume_24h')}::numeric[],
              ${column('market_cap')}::numeric[], ${column('percent_change_1h')}::numeric[],
              ${column('percent_change_24h')}::numeric[], ${column('percent_change_7d')}::numeric[],
              ${column('circulating_supply')}::numeric[], ${column('source_key')}::text[])
            on conflict (symbol, convert, last_updated) do nothing
            returning symbol, convert, last_updated, source_key),
          per_object as (
            select source_key, count(*) as n from inserted group by source_key),
          -- One quote per series and hour is enough to name the rollup buckets to recompute.
          touched as (
            select symbol, convert, min(last_updated) as last_updated
            from inserted
            group by symbol, convert, date_bin(interval '1 hour', last_updated, timestamptz 'epoch'))
          select (select count(*)::integer from inserted) as inserted,
                 (select count(*)::integer
                  from unnest(${sql.param(objects.map((o) => o.key))}::text[],
                              ${sql.param(objects.map((o) => o.rows.length))}::integer[]) as o(key, n)
                  left join per_object p on p.source_key = o.key
                  where o.n > coalesce(p.n, 0)) as repeating,
                 coalesce((select json_agg(touched) from touched), '[]') as touched`,
    );
    await refreshBuckets(tx, result?.touched ?? []);
    await recordLoaded(
      tx,
      objects.map((o) => ({ key: o.key, hash: o.hash, rows: o.rows.length })),
    );
    return { inserted: result?.inserted ?? 0, repeating: result?.repeating ?? 0 };
  });
}

/**
 * Refreshes the planner's statistics after a bulk load: right after replaying a year, the
 * full-range series took 35 ms at p50 on stale statistics and 15 ms after ANALYZE.
 */
export async function analyzeQuotes(db: Database): Promise<void> {
  await execute(db, sql`analyze crypto_quotes, quote_rollups, lake_objects`);
}

const NewestCommon = rowShape('commonNewestQuote', {
  newest: nullable(Type.Number()),
  missing: Type.Integer(),
});

/**
 * The newest update time that every one of these series has reached: runs reconcile the lake
 * from there. Undefined when one of them has no row yet. One index probe per series.
 */
export async function commonNewestQuote(
  db: Database,
  symbols: readonly string[],
  convert: string,
): Promise<Date | undefined> {
  const row = await selectOne(
    db,
    NewestCommon,
    sql`select (extract(epoch from min(q.last_updated)) * 1000)::float8 as newest,
               count(*) filter (where q.last_updated is null)::integer as missing
        from unnest(${sql.param(symbols)}::text[]) as s(symbol)
        left join lateral (
          select last_updated from crypto_quotes
          where symbol = s.symbol and convert = ${convert}
          order by last_updated desc limit 1) q on true`,
  );
  if (row?.newest === null || row?.newest === undefined || row.missing > 0) return undefined;
  return new Date(row.newest);
}
