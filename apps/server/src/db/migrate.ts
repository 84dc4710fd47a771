import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgliteDatabase } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { query, type Database, type DatabaseHandle } from './client.js';

// The same folder from src/db and from dist/db.
const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

// Any fixed number: every cais process takes this lock before migrating, so several roles
// starting together against one server apply each migration once.
const MIGRATION_LOCK = 7_402_118_391;

/** Applies the committed SQL migrations that the database does not have yet. */
export async function migrate(handle: DatabaseHandle): Promise<void> {
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

let latestMigration: number | undefined;

/** True when every committed migration has been applied. */
export async function isMigrated(db: Database): Promise<boolean> {
  latestMigration ??= Math.max(
    0,
    ...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis),
  );
  const rows = await query<{ latest: string | null }>(
    db,
    sql`select max(created_at)::text as latest from drizzle.__drizzle_migrations`,
  ).catch(() => []);
  return Number(rows[0]?.latest ?? 0) >= latestMigration;
}
