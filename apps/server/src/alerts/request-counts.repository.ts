import { and, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { apiRequestCounts } from '../db/alerts.schema.js';

/** All SQL of api_request_counts: the api's per-minute request and 5xx counts. */

export interface MinuteCount {
  minute: Date;
  requests: number;
  errors: number;
}

/** Adds the counts to each (minute, task) row: a task's later flushes of a minute add up. */
export async function addCounts(
  db: Database,
  task: string,
  counts: readonly MinuteCount[],
): Promise<void> {
  if (counts.length === 0) return;
  await db
    .insert(apiRequestCounts)
    .values(counts.map((c) => ({ task, ...c })))
    .onConflictDoUpdate({
      target: [apiRequestCounts.minute, apiRequestCounts.task],
      set: {
        requests: sql`${apiRequestCounts.requests} + excluded.requests`,
        errors: sql`${apiRequestCounts.errors} + excluded.errors`,
      },
    });
}

/** Removes the minutes before `before`. */
export async function pruneCounts(db: Database, before: Date): Promise<void> {
  await db.delete(apiRequestCounts).where(lt(apiRequestCounts.minute, before));
}

/** Requests and 5xx answers of every task in the minutes [from, to). */
export async function sumCounts(
  db: Database,
  from: Date,
  to: Date,
): Promise<{ requests: number; errors: number }> {
  const [row] = await db
    .select({
      requests: sql<number>`coalesce(sum(${apiRequestCounts.requests}), 0)::float8`.mapWith(Number),
      errors: sql<number>`coalesce(sum(${apiRequestCounts.errors}), 0)::float8`.mapWith(Number),
    })
    .from(apiRequestCounts)
    .where(and(gte(apiRequestCounts.minute, from), lt(apiRequestCounts.minute, to)));
  return row ?? { requests: 0, errors: 0 };
}
