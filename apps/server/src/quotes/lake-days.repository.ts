import { sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { execute, rowShape, select, selectOne } from '../db/rows.js';
import type { Day } from '../lake/keys.js';
import { QUOTE_COLUMNS } from './quotes.repository.js';
import { refreshRanges } from './rollups.repository.js';

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

const InsertedDays = rowShape('insertStagedDays', {
  inserted: Type.Integer(),
  ranges: Type.Array(
    Type.Object({
      symbol: Type.String(),
      convert: Type.String(),
      first: Type.String(),
      last: Type.String(),
    }),
  ),
});

/** The temporary table a bulk load COPYs compacted days into, one session's own. */
export const STAGING_TABLE = 'lake_day_staging';
/** Its columns, in the order of the CSV a load COPYs: crypto_quotes' and the extraction time. */
export const STAGING_COLUMNS = [...QUOTE_COLUMNS, 'extracted_at'] as const;

/** Creates the session's staging table if need be, empty. */
export async function prepareStaging(db: Database): Promise<void> {
  await execute(
    db,
    sql`create temporary table if not exists ${sql.identifier(STAGING_TABLE)} (
          symbol text not null, convert text not null, cmc_id integer,
          last_updated timestamptz not null, price numeric not null, volume_24h numeric,
          market_cap numeric, percent_change_1h numeric, percent_change_24h numeric,
          percent_change_7d numeric, circulating_supply numeric, source_key text not null,
          extracted_at timestamptz not null)`,
  );
  await execute(db, sql`truncate ${sql.identifier(STAGING_TABLE)}`);
}

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
 * Moves the staged quotes of compacted days into crypto_quotes (a row already present is
 * skipped: the first loaded wins; of one quote staged twice, the earliest extraction's), rebuilds
 * the rollups of the ranges they fall in and records the days, in one transaction: on the
 * session that staged them.
 */
export async function insertStagedDays(
  db: Database,
  days: readonly LoadedDay[],
  months: readonly LoadedMonth[] = [],
): Promise<{ inserted: number }> {
  const staging = sql.identifier(STAGING_TABLE);
  return db.transaction(async (tx) => {
    // The ORDER BY sorts a whole batch (some 300,000 rows, 70 MB): in memory rather than in
    // files at the default 4 MB (about 10% of the batch's time, measured). A batch lost in a crash loses its ledger rows with it, so the commit need
    // not wait for the disk: the next replay loads it again.
    await execute(
      tx,
      sql`select set_config('work_mem', '256MB', true),
                 set_config('synchronous_commit', 'off', true)`,
    );
    const result = await selectOne(
      tx,
      InsertedDays,
      sql`with inserted as (
            insert into crypto_quotes (${sql.raw(QUOTE_COLUMNS.join(', '))})
            select ${sql.raw(QUOTE_COLUMNS.join(', '))} from ${staging}
            -- The series index's order: each page of it is written once.
            order by symbol, convert, last_updated, extracted_at, source_key
            on conflict (symbol, convert, last_updated) do nothing
            returning symbol, convert, last_updated),
          ranges as (
            select symbol, convert, min(last_updated) as first, max(last_updated) as last
            from inserted group by symbol, convert)
          select (select count(*)::integer from inserted) as inserted,
                 coalesce((select json_agg(ranges) from ranges), '[]') as ranges`,
    );
    await refreshRanges(tx, result?.ranges ?? []);
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
    await execute(tx, sql`truncate ${staging}`);
    return { inserted: result?.inserted ?? 0 };
  });
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
