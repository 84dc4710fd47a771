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
  const entry = (e: LoadedDay | LoadedMonth, period: string) => ({
    coin: e.coin,
    period,
    manifest_key: e.manifestKey,
    parts: e.parts,
    rows: e.rows,
  });
  if (days.length > 0)
    await recordLedger(
      tx,
      'day',
      days.map((d) => entry(d, d.day)),
    );
  if (months.length > 0)
    await recordLedger(
      tx,
      'month',
      months.map((m) => entry(m, m.month)),
    );
}

/** The one ledger at two granularities: the day (a `date`) and the month (`YYYY-MM` text). */
const LEDGERS = {
  day: { table: 'lake_days', type: 'date' },
  month: { table: 'lake_months', type: 'text' },
} as const;

async function recordLedger(
  tx: Database,
  unit: keyof typeof LEDGERS,
  entries: { coin: string; period: string; manifest_key: string; parts: string[]; rows: number }[],
): Promise<void> {
  const table = sql.identifier(LEDGERS[unit].table);
  const period = sql.identifier(unit);
  await execute(
    tx,
    sql`insert into ${table} (coin, ${period}, manifest_key, parts, rows)
        select e.coin, e.period, e.manifest_key,
               array(select jsonb_array_elements_text(e.parts)), e.rows
        from jsonb_to_recordset(${JSON.stringify(entries)}::jsonb)
          as e(coin text, period ${sql.raw(LEDGERS[unit].type)}, manifest_key text, parts jsonb,
               rows integer)
        on conflict (coin, ${period}) do update set manifest_key = excluded.manifest_key,
          parts = excluded.parts, rows = ${table}.rows + excluded.rows, loaded_at = now()`,
  );
}
