import { sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { execute, rowShape, select } from '../db/rows.js';
import type { Day } from '../lake/keys.js';

/**
 * All SQL of lake_days and lake_months, the ledger of compacted days and months loaded from
 * their parts (one row a coin day or coin month, where lake_objects has one a raw object): their
 * quotes and their ledger rows change together, in one transaction.
 */

export interface LoadedDay {
  coin: string;
  day: Day;
  manifestKey: string;
  /** Every part of that manifest: all of them are in crypto_quotes once this row is written. */
  parts: string[];
  rows: number;
}

/** A coin month read from its month part: its days are recorded in lake_days too. */
export interface LoadedMonth {
  coin: string;
  /** `YYYY-MM` */
  month: string;
  manifestKey: string;
  /** The month part and the day parts its rows hold. */
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

const LoadedMonthRow = rowShape('loadedMonths', {
  coin: Type.String(),
  month: Type.String(),
  manifest_key: Type.String(),
  parts: Type.Array(Type.String()),
  rows: Type.Integer(),
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

/** The loaded months between two months (`YYYY-MM`, inclusive; undefined: open), by `coin/month`. */
export async function loadedMonths(
  db: Database,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<Map<string, LoadedMonth>> {
  const rows = await select(
    db,
    LoadedMonthRow,
    sql`select coin, month, manifest_key, parts, rows from lake_months
        where (${range.from ?? null}::text is null or month >= ${range.from ?? null}::text)
          and (${range.to ?? null}::text is null or month <= ${range.to ?? null}::text)`,
  );
  return new Map(
    rows.map((r) => [
      dayId(r.coin, r.month),
      { coin: r.coin, month: r.month, manifestKey: r.manifest_key, parts: r.parts, rows: r.rows },
    ]),
  );
}

/**
 * Records days and months as loaded, in the transaction that put their quotes in crypto_quotes
 * (bulk-load.repository.ts).
 */
export async function recordLoaded(
  tx: Database,
  days: readonly LoadedDay[],
  months: readonly LoadedMonth[],
): Promise<void> {
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
  if (months.length > 0) await recordMonths(tx, months);
}

async function recordMonths(tx: Database, months: readonly LoadedMonth[]): Promise<void> {
  await execute(
    tx,
    sql`insert into lake_months (coin, month, manifest_key, parts, rows)
        select m.coin, m.month, m.manifest_key,
               array(select jsonb_array_elements_text(m.parts)), m.rows
        from jsonb_to_recordset(${JSON.stringify(
          months.map((m) => ({
            coin: m.coin,
            month: m.month,
            manifest_key: m.manifestKey,
            parts: m.parts,
            rows: m.rows,
          })),
        )}::jsonb) as m(coin text, month text, manifest_key text, parts jsonb, rows integer)
        on conflict (coin, month) do update set manifest_key = excluded.manifest_key,
          parts = excluded.parts, rows = lake_months.rows + excluded.rows, loaded_at = now()`,
  );
}
