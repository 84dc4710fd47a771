import { resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import pRetry from 'p-retry';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { isDatabaseUnavailable } from './errors.js';
import { lockDataDir } from './pglite-lock.js';
import * as schema from './schema.js';

/** One type for both drivers: the same queries run on PGlite and on a PostgreSQL server. */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: 'pglite' | 'postgres';
  /** Where the data lives, safe to log (no password). */
  readonly location: string;
  /** The node-postgres pool, for the few places that stream or use COPY; undefined on PGlite. */
  readonly pool: pg.Pool | undefined;
  close(): Promise<void>;
}

export class DatabaseUnavailableError extends Error {}

export function describeUrl(url: string): string {
  const u = new URL(url);
  return `PostgreSQL at ${u.hostname}:${u.port || '5432'}${u.pathname}`;
}

export const PGLITE_EXTENSIONS = { pg_trgm, unaccent };

/** Wraps an open PGlite; `release` runs after it closes. */
export function pgliteHandle(
  client: PGlite,
  location: string,
  release: () => Promise<void> = async () => undefined,
): DatabaseHandle {
  return {
    db: drizzlePglite(client, { schema }),
    kind: 'pglite',
    location,
    pool: undefined,
    close: async () => {
      await client.close();
      await release();
    },
  };
}

async function openPglite(dir: string): Promise<DatabaseHandle> {
  if (dir.startsWith('memory://')) {
    return pgliteHandle(
      await PGlite.create(dir, { extensions: PGLITE_EXTENSIONS }),
      'PGlite in memory',
    );
  }
  const dataDir = resolve(dir);
  const unlock = await lockDataDir(dataDir);
  try {
    const client = await PGlite.create(dataDir, { extensions: PGLITE_EXTENSIONS });
    return pgliteHandle(client, `PGlite in ${dataDir}`, unlock);
  } catch (error) {
    await unlock();
    throw error;
  }
}

async function openServer(
  url: string,
  poolSize: number,
  log: Logger,
  waitMs: number,
): Promise<DatabaseHandle> {
  const location = describeUrl(url);
  const pool = new pg.Pool({
    connectionString: url,
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    application_name: 'cais',
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', (error) => {
    log.warn({ err: error }, 'idle database connection lost');
  });
  try {
    // Backoff from 0.5 s doubling to 5 s, until waitMs is spent (the last wait is cut to fit).
    await pRetry(() => pool.query('select 1'), {
      retries: Number.POSITIVE_INFINITY,
      minTimeout: 500,
      maxTimeout: 5_000,
      maxRetryTime: waitMs,
      shouldRetry: ({ error, attemptNumber }) => {
        if (!isDatabaseUnavailable(error)) return false;
        log.warn({ attempt: attemptNumber }, `waiting for ${location}`);
        return true;
      },
    });
  } catch (error) {
    await pool.end();
    throw new DatabaseUnavailableError(
      `Cannot use ${location} (DATABASE_URL): ${(error as Error).message}`,
      { cause: error },
    );
  }
  return {
    db: drizzlePg(pool, { schema }) as unknown as Database,
    kind: 'postgres',
    location,
    pool,
    close: () => pool.end(),
  };
}

/**
 * Opens the configured database: a server (waiting up to `waitSeconds` while it is unreachable,
 * as it may still be booting next to us) or the embedded PGlite.
 */
export async function openDatabase(
  config: Pick<Config['database'], 'url' | 'pgliteDir' | 'poolSize' | 'waitSeconds'>,
  log: Logger,
): Promise<DatabaseHandle> {
  const handle = config.url
    ? await openServer(config.url, config.poolSize, log, config.waitSeconds * 1000)
    : await openPglite(config.pgliteDir);
  log.debug(`database: ${handle.location}`);
  return handle;
}

/** A cheap round trip, for readiness checks. */
export async function ping(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}
