import { desc, eq, sql } from 'drizzle-orm';
import { query, type Database } from '../db/client.js';
import { etlRuns, etlSettings, type ETL_RUN_STATUSES } from '../db/schema.js';

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

export async function recentRuns(db: Database, limit: number): Promise<RunRecord[]> {
  return db.select().from(etlRuns).orderBy(desc(etlRuns.id)).limit(limit);
}

export interface CreditsUsed {
  today: number;
  month: number;
}

/** Credits the recorded runs spent in this UTC day and month. */
export async function creditsUsed(db: Database): Promise<CreditsUsed> {
  const [row] = await query<CreditsUsed>(
    db,
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
