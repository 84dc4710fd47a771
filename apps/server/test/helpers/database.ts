import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, inject } from 'vitest';
import { PGLITE_EXTENSIONS, pgliteHandle, type DatabaseHandle } from '../../src/db/client.js';
import { query } from './sql.js';
import { openServerHandle, urlFor } from './postgres.js';

export const DATABASE_KINDS = ['pglite', 'postgres'] as const;
export type DatabaseKind = (typeof DATABASE_KINDS)[number];

/** A migrated database of its own: PGlite loaded from the dump, or a server database cloned from the template. */
export async function openTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle> {
  if (kind === 'pglite') {
    const dump = new Blob([await readFile(inject('pgliteDump'))]);
    const client = await PGlite.create('memory://', {
      extensions: PGLITE_EXTENSIONS,
      loadDataDir: dump,
    });
    return pgliteHandle(client, 'PGlite in memory');
  }
  const server = inject('postgres');
  if ('skipReason' in server) throw new Error(server.skipReason);
  const name = `cais_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await admin(server.url, `create database ${name} template ${server.template}`);
  const handle = await openServerHandle(server.url, name);
  return {
    ...handle,
    close: async () => {
      await handle.close();
      await admin(server.url, `drop database if exists ${name} with (force)`);
    },
  };
}

/**
 * A migrated database of its own on the PostgreSQL server, by URL, for a process the test starts
 * (the cais command). Throws when no server is reachable.
 */
export async function createServerDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const server = inject('postgres');
  if ('skipReason' in server) throw new Error(server.skipReason);
  const name = `cais_test_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
  await admin(server.url, `create database ${name} template ${server.template}`);
  return {
    url: urlFor(server.url, name),
    drop: () => admin(server.url, `drop database if exists ${name} with (force)`),
  };
}

/** For each test of the calling describe block, a new server database (dropped after it): its URL. */
export function eachServerDatabaseUrl(): () => string {
  let database: { url: string; drop: () => Promise<void> } | undefined;
  beforeEach(async () => {
    database = await createServerDatabase();
  });
  afterEach(async () => {
    await database?.drop();
  });
  return () => {
    if (!database) throw new Error('the server database exists only inside a test');
    return database.url;
  };
}

async function admin(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export const serverSkipReason = (): string | undefined => {
  const server = inject('postgres');
  return 'skipReason' in server ? server.skipReason : undefined;
};

/**
 * Declares `suite` once per database kind, each with a database of its own. Server suites are
 * skipped (the reason printed by the global setup) only when no server is reachable.
 */
export function describeEachDatabase(
  name: string,
  suite: (database: () => DatabaseHandle, kind: DatabaseKind) => void,
): void {
  for (const kind of DATABASE_KINDS) {
    describe.skipIf(kind === 'postgres' && serverSkipReason() !== undefined)(
      `${name} [${kind}]`,
      () => {
        let handle: DatabaseHandle | undefined;
        beforeAll(async () => {
          handle = await openTestDatabase(kind);
        });
        afterAll(async () => {
          await handle?.close();
        });
        suite(() => {
          if (!handle) throw new Error('database not open yet');
          return handle;
        }, kind);
      },
    );
  }
}

/** Empties the catalog, keeping the categories. */
export async function resetCatalog(handle: DatabaseHandle): Promise<void> {
  await query(
    handle.db,
    sql`truncate products, idempotency_keys, product_history restart identity`,
  );
}

/** Every row the catalog holds, to prove that a rejected request changed nothing. */
export async function catalogSnapshot(handle: DatabaseHandle): Promise<unknown> {
  return {
    products: await query(handle.db, sql`select * from products order by id`),
    keys: await query(
      handle.db,
      sql`select key, request_hash, status, body from idempotency_keys order by key`,
    ),
    categories: await query(handle.db, sql`select * from categories order by id`),
    nextId: await query(handle.db, sql`select last_value, is_called from products_id_seq`),
  };
}
