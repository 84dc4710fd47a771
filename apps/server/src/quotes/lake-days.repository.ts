import { sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { execute, rowShape, select, selectOne } from '../db/rows.js';
import type { Day } from '../lake/keys.js';
import { QUOTE_COLUMNS, selectQuotes, type QuoteColumns } from './quotes.repository.js';
import { refreshBuckets } from './rollups.repository.js';

/**
 * All SQL of lake_days, the ledger of compacted days loaded from their parts (one row a coin
 * day, where lake_objects has one a raw object): their quotes and their ledger rows change
 * together, in one transaction.
 */

export interface LoadedDay {
  coin: string;
  day: Day;
  manifestKey: string;
  /** Every part of that manifest: all of them are in crypto_quotes once this row is written. */
  parts: string[];
  rows: number;
}

/** How the loader names a coin day in its maps. */
export const dayId = (coin: string, day: Day) => `${coin}/${day}`;

const LoadedDayRow = rowShape('loadedDays', {
  coin: Type.String(),
  day: Type.String(),
  manifest_key: Type.String(),
  parts: Type.Array(Type.String()),
  rows: Type.Integer(),
});

const InsertedDays = rowShape('insertDays', {
  inserted: Type.Integer(),
  touched: Type.Array(
    Type.Object({ symbol: Type.String(), convert: Type.String(), last_updated: Type.String() }),
  ),
});

/** The loaded days between two days (inclusive; undefined: open), by `coin/day`. */
export async function loadedDays(
  db: Database,
  range: { from?: Day | undefined; to?: Day | undefined },
): Promise<Map<string, LoadedDay>> {
  const rows = await select(
    db,
    LoadedDayRow,
    sql`select coin, day::text as day, manifest_key, parts, rows from lake_days
        where (${range.from ?? null}::date is null or day >= ${range.from ?? null}::date)
          and (${range.to ?? null}::date is null or day <= ${range.to ?? null}::date)`,
  );
  return new Map(
    rows.map((r) => [
      dayId(r.coin, r.day),
      { coin: r.coin, day: r.day, manifestKey: r.manifest_key, parts: r.parts, rows: r.rows },
    ]),
  );
}

/**
 * Inserts the quotes of compacted days (a row already present is skipped: the first loaded
 * wins), refreshes the rollup buckets they fall in and records the days, in one transaction.
 * Quotes come in load order (oldest extraction first), one array per column.
 */
export async function insertDays(
  db: Database,
  quotes: QuoteColumns,
  days: readonly LoadedDay[],
): Promise<{ inserted: number }> {
  return db.transaction(async (tx) => {
    let inserted = 0;
    if (quotes.symbol.length > 0) {
      const result = await selectOne(
        tx,
        InsertedDays,
        sql`with inserted as (
              insert into crypto_quotes (${sql.raw(QUOTE_COLUMNS.join(', '))})
              ${selectQuotes(quotes)}
              on conflict (symbol, convert, last_updated) do nothing
              returning symbol, convert, last_updated),
            -- One quote per series and hour is enough to name the rollup buckets to recompute.
            touched as (
              select symbol, convert, min(last_updated) as last_updated
              from inserted
              group by symbol, convert,
                date_bin(interval '1 hour', last_updated, timestamptz 'epoch'))
            select (select count(*)::integer from inserted) as inserted,
                   coalesce((select json_agg(touched) from touched), '[]') as touched`,
      );
      await refreshBuckets(tx, result?.touched ?? []);
      inserted = result?.inserted ?? 0;
    }
    if (days.length > 0) {
      await execute(
        tx,
        sql`insert into lake_days (coin, day, manifest_key, parts, rows)
            select d.coin, d.day, d.manifest_key,
                   array(select jsonb_array_elements_text(d.parts)), d.rows
            from jsonb_to_recordset(${JSON.stringify(
              days.map((d) => ({
                coin: d.coin,
                day: d.day,
                manifest_key: d.manifestKey,
                parts: d.parts,
                rows: d.rows,
              })),
            )}::jsonb) as d(coin text, day date, manifest_key text, parts jsonb, rows integer)
            on conflict (coin, day) do update set manifest_key = excluded.manifest_key,
              parts = excluded.parts, rows = lake_days.rows + excluded.rows,
              loaded_at = now()`,
      );
    }
    return { inserted };
  });
}
