import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { execute } from '../db/rows.js';
import { signInAttempts } from '../db/schema.js';

/** All SQL of sign-in throttling: failures per key (an account or an address) in a window. */

/** Failures counted in the current window of each key; keys without one are left out. */
export async function failuresOf(
  db: Database,
  keys: string[],
  windowMs: number,
): Promise<Map<string, { failures: number; windowStartedAt: Date }>> {
  const rows = await db
    .select()
    .from(signInAttempts)
    .where(
      sql`${inArray(signInAttempts.key, keys)} and ${signInAttempts.window_started_at} > now() - ${windowMs} * interval '1 millisecond'`,
    );
  return new Map(
    rows.map((r) => [r.key, { failures: r.failures, windowStartedAt: r.window_started_at }]),
  );
}

/** Counts a failure for each key, starting a new window where the last one has passed. */
export async function recordFailure(db: Database, keys: string[], windowMs: number): Promise<void> {
  for (const key of keys) {
    await execute(
      db,
      sql`insert into sign_in_attempts (key, failures, window_started_at) values (${key}, 1, now())
          on conflict (key) do update set
            failures = case when sign_in_attempts.window_started_at > now() - ${windowMs} * interval '1 millisecond'
                            then sign_in_attempts.failures + 1 else 1 end,
            window_started_at = case when sign_in_attempts.window_started_at > now() - ${windowMs} * interval '1 millisecond'
                            then sign_in_attempts.window_started_at else now() end`,
    );
  }
}

export async function clearFailures(db: Database, keys: string[]): Promise<void> {
  await db.delete(signInAttempts).where(inArray(signInAttempts.key, keys));
}
