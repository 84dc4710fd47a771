import { and, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { preparedPer } from '../db/prepared.js';
import { apiTokens, users } from '../db/schema.js';
import { toUser, type User } from './users.repository.js';

/** All SQL of personal API tokens; only their SHA-256 is stored. */

export interface TokenInfo {
  id: number;
  name: string;
  created_at: string;
  expires_at: string;
  revoked: boolean;
}

const toInfo = (row: typeof apiTokens.$inferSelect): TokenInfo => ({
  id: row.id,
  name: row.name,
  created_at: row.created_at.toISOString(),
  expires_at: row.expires_at.toISOString(),
  revoked: row.revoked_at !== null,
});

export async function insertToken(
  db: Database,
  token: { userId: number; name: string; hash: string; expiresAt: Date },
): Promise<TokenInfo> {
  const [row] = await db
    .insert(apiTokens)
    .values({
      user_id: token.userId,
      name: token.name,
      token_hash: token.hash,
      expires_at: token.expiresAt,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return toInfo(row);
}

export async function listTokens(db: Database, userId: number): Promise<TokenInfo[]> {
  const rows = await db
    .select()
    .from(apiTokens)
    .where(eq(apiTokens.user_id, userId))
    .orderBy(desc(apiTokens.id));
  return rows.map(toInfo);
}

const tokenUser = preparedPer((db) =>
  db
    .select({ tokenName: apiTokens.name, user: users })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.user_id))
    .where(
      and(
        eq(apiTokens.token_hash, sql.placeholder('hash')),
        isNull(apiTokens.revoked_at),
        gt(apiTokens.expires_at, sql`now()`),
        isNull(users.disabled_at),
      ),
    )
    .prepare('cais_token_user'),
);

/**
 * The token's enabled user, when the token is neither revoked nor expired. Prepared: every
 * request signed in with a token runs it. Read on every request (never cached), so a revoked
 * token stops working at once on every api task.
 */
export async function findTokenUser(
  db: Database,
  hash: string,
): Promise<{ user: User; tokenName: string } | undefined> {
  const [row] = await tokenUser(db).execute({ hash });
  return row && { user: toUser(row.user), tokenName: row.tokenName };
}

/** Revokes one of the user's tokens; undefined when the user has no such token. */
export async function revokeToken(
  db: Database,
  userId: number,
  id: number,
): Promise<TokenInfo | undefined> {
  const [row] = await db
    .update(apiTokens)
    .set({ revoked_at: sql`coalesce(${apiTokens.revoked_at}, now())` })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.user_id, userId)))
    .returning();
  return row && toInfo(row);
}
