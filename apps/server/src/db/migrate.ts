import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { assertNoOriginals } from './adopt/originals.js';
import Type from 'typebox';
import type { Database, DatabaseHandle } from './client.js';
import { execute, nullable, rowShape, selectOne } from './rows.js';

// The same folder from src/db and from dist/db.
const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

// Any fixed number: every cais process takes this lock before migrating, so several roles
// starting together against one server apply each migration once.
const MIGRATION_LOCK = 7_402_118_391;

/**
 * Applies the committed SQL migrations that the database does not have yet. A database that
 * holds an original's tables is refused with a message that says how to move in.
 */
export async function migrate(handle: DatabaseHandle): Promise<void> {
  await assertNoOriginals(handle.db);
  if (!handle.pool) {
    await migratePglite(handle.db as unknown as PgliteDatabase, { migrationsFolder });
    return;
  }
  const client = await handle.pool.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

/**
 * Applies the pending migrations inside the caller's transaction, as drizzle's migrator does
 * (same bookkeeping table, so later starts see them applied), for `cais db adopt`, whose moving
 * aside, migrating and copying commit together or not at all. drizzle's own migrator opens a
 * transaction of its own, which would commit ours half-way.
 */
const LastMigration = rowShape('lastMigration', { created_at: nullable(Type.String()) });

export async function migrateWithin(tx: Database): Promise<number> {
  // The lock every migrating cais process takes; released at commit or rollback.
  await execute(tx, sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
  await execute(tx, sql`create schema if not exists drizzle`);
  await execute(
    tx,
    sql`create table if not exists drizzle.__drizzle_migrations (
          id serial primary key, hash text not null, created_at bigint)`,
  );
  const last = await selectOne(
    tx,
    LastMigration,
    sql`select max(created_at)::text as created_at from drizzle.__drizzle_migrations`,
  );
  const applied = Number(last?.created_at ?? 0);
  let count = 0;
  for (const migration of readMigrationFiles({ migrationsFolder })) {
    if (migration.folderMillis <= applied) continue;
    for (const statement of migration.sql) await execute(tx, sql.raw(statement));
    await execute(
      tx,
      sql`insert into drizzle.__drizzle_migrations (hash, created_at)
          values (${migration.hash}, ${migration.folderMillis})`,
    );
    count++;
  }
  return count;
}

let latestMigration: number | undefined;

/** True when every committed migration has been applied. */
export async function isMigrated(db: Database): Promise<boolean> {
  latestMigration ??= Math.max(
    0,
    ...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis),
  );
  const last = await selectOne(
    db,
    LastMigration,
    sql`select max(created_at)::text as created_at from drizzle.__drizzle_migrations`,
  ).catch(() => undefined);
  return Number(last?.created_at ?? 0) >= latestMigration;
}
