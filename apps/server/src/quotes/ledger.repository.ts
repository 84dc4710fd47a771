import { count, desc, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { lakeObjects, lakeRejects } from '../db/schema.js';

/**
 * All SQL of the lake ledger: lake_objects (the objects whose rows are in crypto_quotes) and
 * lake_rejects (the objects a load refused, remembered with why).
 */

export interface RejectedObject {
  key: string;
  reason: string;
  rejected_at: Date;
}

/** `column = any($1::text[])`: one parameter however many keys, unlike `in ($1, $2, ...)`. */
const anyOf = (column: typeof lakeObjects.key | typeof lakeRejects.key, keys: readonly string[]) =>
  sql`${column} = any(${sql.param(keys)}::text[])`;

/** Which of `keys` are loaded already. */
export async function loadedKeys(db: Database, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ key: lakeObjects.key })
    .from(lakeObjects)
    .where(anyOf(lakeObjects.key, keys));
  return new Set(rows.map((r) => r.key));
}

export interface LoadedObject {
  key: string;
  /** MD5 of the CSV, hex. */
  hash: string;
  rows: number;
}

/**
 * Records objects as loaded; one already recorded keeps its row. A rejected object that now
 * loads (retried after a fix) is no longer rejected. The loader calls it in the transaction that
 * inserted the objects' rows.
 */
export async function recordLoaded(db: Database, objects: readonly LoadedObject[]): Promise<void> {
  if (objects.length === 0) return;
  const keys = objects.map((o) => o.key);
  await db
    .insert(lakeObjects)
    .values(objects.map((o) => ({ key: o.key, etag_or_hash: o.hash, rows: o.rows })))
    .onConflictDoNothing({ target: lakeObjects.key });
  await db.delete(lakeRejects).where(anyOf(lakeRejects.key, keys));
}

/** Which of `keys` were rejected by an earlier load. */
export async function rejectedKeys(db: Database, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await db
    .select({ key: lakeRejects.key })
    .from(lakeRejects)
    .where(anyOf(lakeRejects.key, keys));
  return new Set(rows.map((r) => r.key));
}

/** Remembers refused objects; a key refused again keeps its newest reason. */
export async function recordRejects(
  db: Database,
  rejects: readonly { key: string; reason: string }[],
): Promise<void> {
  if (rejects.length === 0) return;
  await db
    .insert(lakeRejects)
    .values(rejects.map((r) => ({ key: r.key, reason: r.reason })))
    .onConflictDoUpdate({
      target: lakeRejects.key,
      set: { reason: sql`excluded.reason`, rejected_at: sql`now()` },
    });
}

/** How many objects are rejected, and the newest of them. */
export async function recentRejects(
  db: Database,
  limit: number,
): Promise<{ count: number; recent: RejectedObject[] }> {
  const [counted] = await db.select({ count: count() }).from(lakeRejects);
  const recent = await db
    .select({
      key: lakeRejects.key,
      reason: lakeRejects.reason,
      rejected_at: lakeRejects.rejected_at,
    })
    .from(lakeRejects)
    .orderBy(desc(lakeRejects.rejected_at), lakeRejects.key)
    .limit(limit);
  return { count: counted?.count ?? 0, recent };
}
