import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { pino } from 'pino';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { query } from '../helpers/sql.js';
import { READONLY_ROLE, upsertReadonlyLogin } from '../../src/db/roles.repository.js';
import type { Latest } from '../../src/prices/price.schema.js';
import { buildWebServer } from '../../src/web/web-server.js';
import { describeEachDatabase } from '../helpers/database.js';
import { loadQuotes } from '../helpers/quotes.js';

const silent = pino({ level: 'silent' });
// Nothing listens there: whatever the web server forwards fails with 502.
const DEAD_API = 'http://127.0.0.1:9';

describeEachDatabase('web server with a dashboard database', (database, kind) => {
  let web: FastifyInstance;
  let spaDir: string;
  let reader: DatabaseHandle | undefined;
  const login = `cais_test_web_${randomUUID().replace(/-/g, '').slice(0, 8)}`;
  const password = 'web-reader-password';

  beforeAll(async () => {
    spaDir = await mkdtemp(join(tmpdir(), 'cais-spa-'));
    await writeFile(join(spaDir, 'index.html'), '<!doctype html><title>cais</title>');
    await loadQuotes(database().db, [
      { last_updated: new Date(Date.now() - 60_000).toISOString(), price: '321.5' },
    ]);
    let dashboard = database();
    if (kind === 'postgres') {
      // A real read-only login on the same database, as DATABASE_READONLY_URL would name it.
      await upsertReadonlyLogin(database().db, login, password);
      const [row] = await query<{ name: string }>(
        database().db,
        sql`select current_database() as name`,
      );
      const url = new URL(
        process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      );
      url.pathname = `/${row?.name ?? ''}`;
      url.username = login;
      url.password = password;
      reader = await openDatabase(
        { url: url.toString(), pgliteDir: '', poolSize: 2, waitSeconds: 0 },
        silent,
      );
      dashboard = reader;
    }
    web = await buildWebServer({
      apiUrl: DEAD_API,
      spaDir,
      log: silent,
      dashboard: { db: dashboard.db, config: loadConfig({ LOG_LEVEL: 'silent' }) },
    });
    await web.ready();
  });

  afterAll(async () => {
    await web.close();
    await reader?.close();
    await rm(spaDir, { recursive: true, force: true });
    if (kind === 'postgres') {
      const admin = new pg.Client({
        connectionString:
          process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      });
      await admin.connect();
      await admin.query(`drop owned by ${login}`).catch(() => undefined);
      await admin.query(`drop role if exists ${login}`);
      await admin.end();
    }
  });

  it('serves the price and pipeline routes itself under /api', async () => {
    const latest = await web.inject({ url: '/api/prices/latest?symbol=btc' });
    expect(latest.statusCode).toBe(200);
    expect(latest.json<Latest>()).toMatchObject({ symbol: 'BTC', price: 321.5, stale: false });
    const series = await web.inject({ url: '/api/prices/series?points=10' });
    expect(series.json<{ buckets: unknown[] }>().buckets).toHaveLength(1);
    const health = await web.inject({ url: '/api/pipeline/health' });
    expect(health.json<{ status: string; etl_enabled: boolean }>()).toMatchObject({
      status: 'ok',
      etl_enabled: false,
    });
    const csv = await web.inject({ url: '/api/prices/rows.csv' });
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const invalid = await web.inject({ url: '/api/prices/series?points=0' });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('points');
  });

  it('still forwards everything else under /api to the api', async () => {
    const products = await web.inject({ url: '/api/products' });
    expect(products.statusCode).toBe(502);
    expect(products.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it.runIf(kind === 'postgres')('reads through a login that cannot write', async () => {
    if (!reader) throw new Error('no reader');
    const [who] = await query<{ user: string; member: boolean }>(
      reader.db,
      sql`select current_user as user, pg_has_role(current_user, ${READONLY_ROLE}, 'member') as member`,
    );
    expect(who).toEqual({ user: login, member: true });
    const failure = await query(
      reader.db,
      sql`insert into etl_settings (name, value) values ('x', 'y')`,
    ).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    // Drizzle wraps the driver's error; the server's reason is its cause.
    expect(String((failure?.cause as Error | undefined)?.message)).toMatch(/read-only transaction/);
  });
});
