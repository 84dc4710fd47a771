import { sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import type { CopySession } from '../db/copy-session.js';
import { isUniqueViolation } from '../db/errors.js';
import { execute, rowShape, selectOne } from '../db/rows.js';
import { recordLoaded, type LoadedDay, type LoadedMonth } from './lake-days.repository.js';
import { QUOTE_COLUMNS } from './quotes.repository.js';
import { refreshRanges, type TouchedRange } from './rollups.repository.js';

/**
 * All SQL of a bulk load of compacted parts (docs/lake.md): a batch's quotes arrive as one CSV
 * file, each quote once (the reader deduplicated the batch), ordered as the series index. Where
 * crypto_quotes holds no quote in the batch's ranges (a replay into an empty database) COPY puts
 * the file straight into crypto_quotes, about twice as fast as staging it and moving it with
 * `INSERT … ON CONFLICT` (measured: 2.0 s against 0.9 + 3.3 s for 150,000 quotes); otherwise it
 * is staged and moved, a quote already present skipped. The rollups of the ranges and the ledger
 * change in the same transaction.
 */

/** The temporary table a bulk load COPYs a batch into when it cannot go straight in. */
export const STAGING_TABLE = 'lake_day_staging';
/** The columns of the batch's CSV, in order: crypto_quotes'. */
export const BATCH_COLUMNS = QUOTE_COLUMNS;

/** Creates the session's staging table if need be, empty. */
export async function prepareStaging(db: Database): Promise<void> {
  await execute(
    db,
    sql`create temporary table if not exists ${sql.identifier(STAGING_TABLE)} (
          symbol text not null, convert text not null, cmc_id integer,
          last_updated timestamptz not null, price numeric not null, volume_24h numeric,
          market_cap numeric, percent_change_1h numeric, percent_change_24h numeric,
          percent_change_7d numeric, circulating_supply numeric, source_key text not null)`,
  );
  await execute(db, sql`truncate ${sql.identifier(STAGING_TABLE)}`);
}

const Inserted = rowShape('moveStaged', {
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

const Empty = rowShape('rangesHoldNoQuote', { empty: Type.Boolean() });

/** True when crypto_quotes holds no quote of these series in these ranges (one index probe each). */
export async function rangesHoldNoQuote(
  db: Database,
  ranges: readonly TouchedRange[],
): Promise<boolean> {
  if (ranges.length === 0) return true;
  const row = await selectOne(
    db,
    Empty,
    sql`select not exists (
          select 1
          from unnest(${sql.param(ranges.map((r) => r.symbol))}::text[],
                      ${sql.param(ranges.map((r) => r.convert))}::text[],
                      ${sql.param(ranges.map((r) => r.first))}::timestamptz[],
                      ${sql.param(ranges.map((r) => r.last))}::timestamptz[])
            as r(symbol, convert, first, last)
          join crypto_quotes q on q.symbol = r.symbol and q.convert = r.convert
            and q.last_updated between r.first and r.last) as empty`,
  );
  return row?.empty ?? false;
}

/** The staged quotes into crypto_quotes, a quote already there skipped; their rollups rebuilt. */
async function moveStaged(tx: Database): Promise<number> {
  const staging = sql.identifier(STAGING_TABLE);
  const result = await selectOne(
    tx,
    Inserted,
    sql`with inserted as (
          insert into crypto_quotes (${sql.raw(QUOTE_COLUMNS.join(', '))})
          select ${sql.raw(QUOTE_COLUMNS.join(', '))} from ${staging}
          -- The series index's order: each page of it is written once.
          order by symbol, convert, last_updated
          on conflict (symbol, convert, last_updated) do nothing
          returning symbol, convert, last_updated),
        ranges as (
          select symbol, convert, min(last_updated) as first, max(last_updated) as last
          from inserted group by symbol, convert)
        select (select count(*)::integer from inserted) as inserted,
               coalesce((select json_agg(ranges) from ranges), '[]') as ranges`,
  );
  await refreshRanges(tx, result?.ranges ?? []);
  await execute(tx, sql`truncate ${staging}`);
  return result?.inserted ?? 0;
}

/**
 * The ORDER BY sorts a whole batch (some 300,000 rows, 70 MB): in memory rather than in files at
 * the default 4 MB (about 10% of a batch's time, measured). A batch lost in a crash loses its
 * ledger rows with it, so the commit need not wait for the disk: the next replay loads it again.
 */
const batchSettings = (tx: Database) =>
  execute(
    tx,
    sql`select set_config('work_mem', '256MB', true),
               set_config('synchronous_commit', 'off', true)`,
  );

/** Moves the staged quotes and records the days and months, in one transaction. */
export async function insertStagedDays(
  db: Database,
  days: readonly LoadedDay[],
  months: readonly LoadedMonth[] = [],
): Promise<{ inserted: number }> {
  return db.transaction(async (tx) => {
    await batchSettings(tx);
    const inserted = await moveStaged(tx);
    await recordLoaded(tx, days, months);
    return { inserted };
  });
}

export interface CsvBatch {
  /** The quotes, BATCH_COLUMNS, each quote once; undefined when the batch read no part. */
  csv: string | undefined;
  /** Each series' first and last quote time in the file. */
  ranges: TouchedRange[];
  days: readonly LoadedDay[];
  months: readonly LoadedMonth[];
}

/**
 * Loads a batch's CSV on the copy session: straight into crypto_quotes when its ranges hold no
 * quote (a quote inserted meanwhile by another session makes that COPY fail: it is undone to a
 * savepoint and the batch staged instead), staged and moved otherwise. Returns the quotes
 * inserted and whether the COPY went straight in.
 */
export async function insertBatch(
  session: CopySession,
  batch: CsvBatch,
): Promise<{ inserted: number; direct: boolean }> {
  const { csv } = batch;
  if (!session.copiesInTransaction) {
    if (csv) await session.copyCsv(STAGING_TABLE, BATCH_COLUMNS, csv);
    return { ...(await insertStagedDays(session.db, batch.days, batch.months)), direct: false };
  }
  return session.db.transaction(async (tx) => {
    await batchSettings(tx);
    let inserted: number | undefined;
    if (csv && (await rangesHoldNoQuote(tx, batch.ranges))) {
      try {
        inserted = await tx.transaction(async (savepoint) => {
          const copied = await session.copyCsv('crypto_quotes', BATCH_COLUMNS, csv);
          await refreshRanges(savepoint, batch.ranges);
          return copied;
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
    }
    const direct = inserted !== undefined;
    if (inserted === undefined) {
      if (csv) await session.copyCsv(STAGING_TABLE, BATCH_COLUMNS, csv);
      inserted = await moveStaged(tx);
    }
    await recordLoaded(tx, batch.days, batch.months);
    return { inserted, direct };
  });
}
