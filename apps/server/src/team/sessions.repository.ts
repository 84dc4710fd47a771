import { and, eq, gt, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { preparedPer } from '../db/prepared.js';
import { sessions, users } from '../db/schema.js';
import { toUser, type User } from './users.repository.js';

/** All SQL of browser sessions: rows keyed by the SHA-256 of the cookie's secret. */

export async function insertSession(
  db: Database,
  session: { id: string; userId: number; csrfHash: string; expiresAt: Date },
): Promise<void> {
  await db.insert(sessions).values({
    id: session.id,
    user_id: session.userId,
    csrf_hash: session.csrfHash,
    expires_at: session.expiresAt,
  });
}

/**
 * How stale last_seen_at may get before a request writes it again: a minute, or a tenth of the
 * idle timeout when that is shorter, so an active session never idles out (it ends at most a
 * tenth early) while reads rarely write.
 */
export const touchAfterMs = (idleMs: number) => Math.min(60_000, idleMs / 10);

const liveSession = preparedPer((db) =>
  db
    .select({
      csrfHash: sessions.csrf_hash,
      stale: sql<boolean>`${sessions.last_seen_at} < now() - ${sql.placeholder('touchMs')}::float8 * interval '1 millisecond'`,
      user: users,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.user_id))
    .where(
      and(
        eq(sessions.id, sql.placeholder('id')),
        gt(sessions.expires_at, sql`now()`),
        gt(
          sessions.last_seen_at,
          sql`now() - ${sql.placeholder('idleMs')}::float8 * interval '1 millisecond'`,
        ),
        sql`${users.disabled_at} is null`,
      ),
    )
    .prepare('cais_live_session'),
);

/**
 * The live session and its enabled user, or undefined when unknown, past its absolute expiry,
 * idle longer than `idleMs`, or the user is disabled. Marks it seen (at most once per touchAfterMs,
 * so reads do not each write). The look-up is prepared: every cookie request runs it.
 */
export async function findLiveSession(
  db: Database,
  id: string,
  idleMs: number,
): Promise<{ user: User; csrfHash: string } | undefined> {
  const [row] = await liveSession(db).execute({ id, idleMs, touchMs: touchAfterMs(idleMs) });
  if (!row) return undefined;
  if (row.stale) {
    await db
      .update(sessions)
      .set({ last_seen_at: sql`now()` })
      .where(eq(sessions.id, id));
  }
  return { user: toUser(row.user), csrfHash: row.csrfHash };
}

export async function deleteSession(db: Database, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteUserSessions(db: Database, userId: number): Promise<number> {
  const rows = await db
    .delete(sessions)
    .where(eq(sessions.user_id, userId))
    .returning({ id: sessions.id });
  return rows.length;
}

export async function deleteExpiredSessions(db: Database, idleMs: number): Promise<void> {
  await db
    .delete(sessions)
    .where(
      or(
        lt(sessions.expires_at, sql`now()`),
        lt(sessions.last_seen_at, sql`now() - ${idleMs} * interval '1 millisecond'`),
      ),
    );
}
