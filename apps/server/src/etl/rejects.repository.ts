import { sql } from 'drizzle-orm';
import { query, type Database } from '../db/client.js';

/** All SQL of lake_rejects: the lake objects a load refused, remembered with why. */

export interface RejectedObject {
  key: string;
  reason: string;
  rejected_at: Date;
}

/** Which of `keys` were rejected by an earlier load. */
export async function rejectedKeys(db: Database, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const rows = await query<{ key: string }>(
    db,
    sql`select key from lake_rejects where key = any(${sql.param(keys)}::text[])`,
  );
  return new Set(rows.map((r) => r.key));
}

/** Remembers refused objects; a key refused again keeps its newest reason. */
export async function recordRejects(
  db: Database,
  rejects: readonly { key: string; reason: string }[],
): Promise<void> {
  if (rejects.length === 0) return;
  await query(
    db,
    sql`insert into lake_rejects (key, reason)
        select * from unnest(${sql.param(rejects.map((r) => r.key))}::text[],
                             ${sql.param(rejects.map((r) => r.reason))}::text[])
        on conflict (key) do update set reason = excluded.reason, rejected_at = now()`,
  );
}

/** How many objects are rejected, and the newest of them. */
export async function recentRejects(
  db: Database,
  limit: number,
): Promise<{ count: number; recent: RejectedObject[] }> {
  const [counted] = await query<{ count: number }>(
    db,
    sql`select count(*)::integer as count from lake_rejects`,
  );
  const recent = await query<{ key: string; reason: string; rejected_ms: number }>(
    db,
    sql`select key, reason, (extract(epoch from rejected_at) * 1000)::float8 as rejected_ms
        from lake_rejects order by rejected_at desc, key limit ${limit}`,
  );
  return {
    count: counted?.count ?? 0,
    recent: recent.map((r) => ({
      key: r.key,
      reason: r.reason,
      rejected_at: new Date(r.rejected_ms),
    })),
  };
}
