import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { users } from '../db/schema.js';
import type { Role } from './roles.js';

/** All SQL of users. The password hash never leaves this module except to be verified. */

export interface User {
  id: number;
  username: string;
  role: Role;
  disabled: boolean;
  created_at: string;
}

type Row = typeof users.$inferSelect;

export const toUser = (
  row: Pick<Row, 'id' | 'username' | 'role' | 'disabled_at' | 'created_at'>,
): User => ({
  id: row.id,
  username: row.username,
  role: row.role as Role,
  disabled: row.disabled_at !== null,
  created_at: row.created_at.toISOString(),
});

/** Undefined when the name is taken. */
export async function insertUser(
  db: Database,
  user: { username: string; passwordHash: string; role: Role },
): Promise<User | undefined> {
  const [row] = await db
    .insert(users)
    .values({ username: user.username, password_hash: user.passwordHash, role: user.role })
    .onConflictDoNothing()
    .returning();
  return row && toUser(row);
}

export async function listUsers(db: Database): Promise<User[]> {
  return (await db.select().from(users).orderBy(asc(users.id))).map(toUser);
}

export async function findByName(
  db: Database,
  username: string,
): Promise<(User & { passwordHash: string }) | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row && { ...toUser(row), passwordHash: row.password_hash };
}

export async function findUser(db: Database, id: number): Promise<User | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row && toUser(row);
}

export async function updateUser(
  db: Database,
  username: string,
  changes: { role?: Role; passwordHash?: string; disabled?: boolean },
): Promise<User | undefined> {
  const [row] = await db
    .update(users)
    .set({
      role: changes.role,
      password_hash: changes.passwordHash,
      disabled_at:
        changes.disabled === undefined ? undefined : changes.disabled ? sql`now()` : null,
    })
    .where(eq(users.username, username))
    .returning();
  return row && toUser(row);
}

export async function anyUser(db: Database): Promise<boolean> {
  const rows = await db.select({ id: users.id }).from(users).limit(1);
  return rows.length > 0;
}
