import { desc, eq, sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { nullable, rowShape, selectOne } from '../db/rows.js';
import { ETL_RUN_STATUSES, etlRuns, etlSettings } from '../db/schema.js';

/** All SQL of etl_runs and etl_settings. */

export type RunStatus = (typeof ETL_RUN_STATUSES)[number];

export interface RunOutcome {
  status: Exclude<RunStatus, 'running'>;
  credits: number;
  rowsInserted: number;
  error: string | undefined;
}

export type RunRecord = typeof etlRuns.$inferSelect;

export async function startRun(db: Database, symbols: readonly string[]): Promise<number> {
  const [row] = await db
    .insert(etlRuns)
    .values({ status: 'running', symbols: [...symbols] })
    .returning({ id: etlRuns.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

const values = (outcome: RunOutcome) => ({
  status: outcome.status,
  finished_at: sql`now()`,
  credits_used: outcome.credits,
  rows_inserted: outcome.rowsInserted,
  error: outcome.error ?? null,
});

export async function finishRun(db: Database, id: number, outcome: RunOutcome): Promise<void> {
  await db.update(etlRuns).set(values(outcome)).where(eq(etlRuns.id, id));
}

/** A run whose start could not be recorded (the database was down then), recorded whole. */
export async function recordRun(
  db: Database,
  startedAt: Date,
  symbols: readonly string[],
  outcome: RunOutcome,
): Promise<number> {
  const [row] = await db
    .insert(etlRuns)
    .values({ ...values(outcome), started_at: startedAt, symbols: [...symbols] })
    .returning({ id: etlRuns.id });
  return row?.id ?? 0;
}

/** Why a run left `running` was closed by a later start. */
export const INTERRUPTED_REASON =
  'interrupted: the process stopped, or lost the database, before the run ended';

/**
 * Closes the runs left `running` by a process that stopped or lost the database, as
 * interrupted; returns how many. A run still going in another process is finished by that
 * process later, which overwrites this.
 */
export async function closeInterruptedRuns(db: Database): Promise<number> {
  const rows = await db
    .update(etlRuns)
    .set({ status: 'interrupted', finished_at: sql`now()`, error: INTERRUPTED_REASON })
    .where(eq(etlRuns.status, 'running'))
    .returning({ id: etlRuns.id });
  return rows.length;
}

/** A run kept in the lake while the database was down. */
export interface UnrecordedRun extends RunOutcome {
  /** Its row, when its start was recorded before the database went away. */
  runId: number | undefined;
  startedAt: string;
  finishedAt: string;
  symbols: string[];
}

/** Which of these lake keys of unrecorded runs are recorded already. */
export async function recordedRunKeys(db: Database, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ record_key: etlRuns.record_key })
    .from(etlRuns)
    .where(sql`${etlRuns.record_key} = any(${sql.param(keys)}::text[])`);
  return new Set(rows.flatMap((r) => (r.record_key === null ? [] : [r.record_key])));
}

/**
 * Records a run kept in the lake, once: its own row when its start was recorded (unless a
 * later outcome is there already), else a new row; the key makes a second call a no-op.
 */
export async function recordUnrecordedRun(
  db: Database,
  key: string,
  run: UnrecordedRun,
): Promise<void> {
  const fields = {
    status: run.status,
    started_at: new Date(run.startedAt),
    finished_at: new Date(run.finishedAt),
    symbols: run.symbols,
    credits_used: run.credits,
    rows_inserted: run.rowsInserted,
    error: run.error ?? null,
    record_key: key,
  };
  if (run.runId !== undefined) {
    const updated = await db
      .update(etlRuns)
      .set(fields)
      .where(sql`${etlRuns.id} = ${run.runId} and ${etlRuns.status} in ('running', 'interrupted')`)
      .returning({ id: etlRuns.id });
    if (updated.length > 0) return;
  }
  await db.insert(etlRuns).values(fields).onConflictDoNothing({ target: etlRuns.record_key });
}

export async function recentRuns(db: Database, limit: number): Promise<RunRecord[]> {
  return db.select().from(etlRuns).orderBy(desc(etlRuns.id)).limit(limit);
}

export interface CreditsUsed {
  today: number;
  month: number;
}

const Credits = rowShape('creditsUsed', { today: Type.Integer(), month: Type.Integer() });

/** Credits the recorded runs spent in this UTC day and month. */
export async function creditsUsed(db: Database): Promise<CreditsUsed> {
  const row = await selectOne(
    db,
    Credits,
    sql`select
          coalesce(sum(credits_used) filter (
            where started_at >= date_trunc('day', now() at time zone 'UTC') at time zone 'UTC'), 0)::integer as today,
          coalesce(sum(credits_used), 0)::integer as month
        from etl_runs
        where started_at >= date_trunc('month', now() at time zone 'UTC') at time zone 'UTC'`,
  );
  return row ?? { today: 0, month: 0 };
}

/** Records the quote currency the ETL collects, which bitcoin_precos shows. */
export async function recordConvert(db: Database, convert: string): Promise<void> {
  await db
    .insert(etlSettings)
    .values({ name: 'convert', value: convert })
    .onConflictDoUpdate({
      target: etlSettings.name,
      set: { value: convert, updated_at: sql`now()` },
      setWhere: sql`${etlSettings.value} <> ${convert}`,
    });
}

export interface RunHistory {
  lastSuccessAt: Date | undefined;
  lastFailure: { at: Date; error: string } | undefined;
  /** Status of the newest run that has finished. */
  lastFinishedStatus: RunStatus | undefined;
  failures24h: number;
}

const History = rowShape('runHistory', {
  last_success_ms: nullable(Type.Number()),
  last_failure_ms: nullable(Type.Number()),
  last_failure_error: nullable(Type.String()),
  last_finished_status: nullable(Type.Enum(ETL_RUN_STATUSES)),
  failures_24h: Type.Integer(),
});

/** What the health panel says about past runs; each part is one step along the primary key. */
export async function runHistory(db: Database): Promise<RunHistory> {
  const row = await selectOne(
    db,
    History,
    sql`select
          (select (extract(epoch from finished_at) * 1000)::float8 from etl_runs
           where status = 'succeeded' order by id desc limit 1) as last_success_ms,
          f.last_failure_ms, f.last_failure_error,
          (select status from etl_runs where finished_at is not null
           order by id desc limit 1) as last_finished_status,
          (select count(*)::integer from etl_runs
           where status = 'failed' and started_at >= now() - interval '24 hours') as failures_24h
        from (select (extract(epoch from coalesce(finished_at, started_at)) * 1000)::float8
                       as last_failure_ms,
                     coalesce(error, 'no message recorded') as last_failure_error
              from etl_runs where status = 'failed' order by id desc limit 1) f
        right join (select 1) one on true`,
  );
  return {
    lastSuccessAt: row?.last_success_ms == null ? undefined : new Date(row.last_success_ms),
    lastFailure:
      row?.last_failure_ms == null
        ? undefined
        : { at: new Date(row.last_failure_ms), error: row.last_failure_error ?? '' },
    lastFinishedStatus: row?.last_finished_status ?? undefined,
    failures24h: row?.failures_24h ?? 0,
  };
}
