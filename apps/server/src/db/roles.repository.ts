import { sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from './client.js';
import { execute, rowShape, select, selectOne } from './rows.js';

/** The SQL of database roles: the dashboard's read-only logins (migration 0007 made the role). */

export const READONLY_ROLE = 'cais_readonly';

export interface RoleInfo {
  exists: boolean;
  /** A superuser, a role that can create roles or databases, or the one connected: never demoted. */
  privileged: boolean;
}

const Privileged = rowShape('roleInfo', { privileged: Type.Boolean() });
const Statement = rowShape('upsertReadonlyLogin', { statement: Type.String() });

export async function roleInfo(db: Database, name: string): Promise<RoleInfo> {
  const row = await selectOne(
    db,
    Privileged,
    sql`select (rolsuper or rolcreaterole or rolcreatedb or rolname = current_user) as privileged
        from pg_catalog.pg_roles where rolname = ${name}`,
  );
  return { exists: row !== undefined, privileged: row?.privileged ?? false };
}

/**
 * Creates `user` as a login member of cais_readonly, or gives an existing one this password and
 * membership. Its transactions default to read-only too, a second fence behind the grants. The
 * statements are quoted by the server (format %I, %L): DDL takes no bind parameters.
 */
export async function upsertReadonlyLogin(
  db: Database,
  user: string,
  password: string,
): Promise<'created' | 'updated'> {
  const { exists: existed } = await roleInfo(db, user);
  const statements = await select(
    db,
    Statement,
    sql`select unnest(array[
          format(${existed ? 'alter role %I with login password %L' : 'create role %I with login password %L'}, ${user}::text, ${password}::text),
          format('grant %I to %I', ${READONLY_ROLE}::text, ${user}::text),
          format('alter role %I set default_transaction_read_only = on', ${user}::text)
        ]) as statement`,
  );
  await db.transaction(async (tx) => {
    for (const { statement } of statements) await execute(tx, sql.raw(statement));
  });
  return existed ? 'updated' : 'created';
}
