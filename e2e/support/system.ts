import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import type { DatabaseHandle } from '../../apps/server/src/db/client.js';
import { SPA_DIR } from '../../apps/server/src/web/spa-files.js';
import { buildWebServer } from '../../apps/server/src/web/web-server.js';
import { buildTestApp } from '../../apps/server/test/helpers/app.js';
import { openTestDatabase } from '../../apps/server/test/helpers/database.js';
import { freePort } from '../../apps/server/test/helpers/free-port.js';

/** What `cais start` runs, in this process: the api and the web server on a fresh database. */
export interface System {
  webUrl: string;
  /** The api itself, for a test acting as another client (behind the browser's back). */
  apiUrl: string;
  database: DatabaseHandle;
  /** With `apiDown`: starts the api where the web server expects it. */
  startApi(): Promise<void>;
  close(): Promise<void>;
}

export async function startSystem(
  options: { apiToken?: string; apiDown?: boolean; env?: Record<string, string> } = {},
): Promise<System> {
  const database = await openTestDatabase('pglite');
  const env = { ...options.env, ...(options.apiToken ? { API_TOKEN: options.apiToken } : {}) };
  const apiPort = options.apiDown ? await freePort() : 0;
  let api: FastifyInstance | undefined;
  const startApi = async () => {
    api = await buildTestApp(database, env);
    return api.listen({ host: '127.0.0.1', port: apiPort });
  };
  const apiUrl = options.apiDown ? `http://127.0.0.1:${apiPort}` : await startApi();
  const web = await buildWebServer({ apiUrl, spaDir: SPA_DIR, log: pino({ level: 'silent' }) });
  const webUrl = await web.listen({ host: '127.0.0.1', port: 0 });
  return {
    webUrl,
    apiUrl,
    database,
    startApi: async () => {
      await startApi();
    },
    close: async () => {
      await web.close();
      await api?.close();
      await database.close();
    },
  };
}

/** A client of the api other than the browser: seeds data, changes a product meanwhile. */
// The caller names the body it expects back, as it would from any JSON api.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
export async function apiRequest<T>(
  system: System,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T; etag: string | null }> {
  const response = await fetch(`${system.apiUrl}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: response.status,
    body: (await response.json()) as T,
    etag: response.headers.get('etag'),
  };
}
