import { pino } from 'pino';
import { loadConfig } from '../config/config.js';
import type { Database, DatabaseHandle } from '../db/client.js';
import { buildApp } from './app.js';

/**
 * A handle for building the app only to read its routes: declaring routes never queries, so any
 * use of this database is a bug and says so.
 */
const unusedDatabase: DatabaseHandle = {
  db: new Proxy(Object.create(null) as Database, {
    get: () => {
      throw new Error('the OpenAPI document is built without a database');
    },
  }),
  kind: 'pglite',
  location: 'none',
  pool: undefined,
  close: async () => undefined,
};

/** The api's OpenAPI document, as served at /openapi.json, without a database or a port. */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const app = await buildApp({
    config: loadConfig({}),
    database: unusedDatabase,
    log: pino({ level: 'silent' }),
  });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
  }
}
