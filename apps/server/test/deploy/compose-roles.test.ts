import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  asList,
  dotenv,
  loadCompose,
  readRepoFile,
  repoRoot,
  roleServices,
  serviceEnvironment,
  type ComposeService,
} from './container-files.js';
import { freePort } from '../helpers/free-port.js';
import { startS3rver, type TestS3 } from '../helpers/s3rver.js';
import { startFakeCoinMarketCap, type FakeCoinMarketCap } from './fake-coinmarketcap.js';
import {
  entrypoint,
  imageEnv,
  roleAvailable,
  startOrder,
  stop,
  waitFor,
  type Running,
} from './role-processes.js';

/**
 * Without a Docker engine (docker/ci/run.sh runs the real containers, in CI after this suite):
 * each role of compose.yaml is started the way its container would be,
 * with the image's entrypoint and environment, then the service's command and environment as
 * compose interpolates them from a .env. Only addresses change: the compose service names
 * (postgres, lake, api) point at the local PostgreSQL server, s3rver and the roles started here.
 */

const compose = loadCompose();

const postgres = inject('postgres');
const serverSkip = 'skipReason' in postgres ? postgres.skipReason : undefined;

describe.skipIf(serverSkip !== undefined)('compose roles, started as their containers', () => {
  const running = new Map<string, Running>();
  let dataDir = '';
  let database = '';
  let adminUrl = '';
  let lake: TestS3 | undefined;
  let lakeAddress = '';
  let coinMarketCap: FakeCoinMarketCap | undefined;
  let vars = new Map<string, string>();

  const query = async <T>(sql: string): Promise<T[]> => {
    const url = new URL(adminUrl);
    url.pathname = `/${database}`;
    const client = new pg.Client({ connectionString: url.toString() });
    await client.connect();
    try {
      return (await client.query(sql)).rows as T[];
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    if ('skipReason' in postgres) return;
    adminUrl = postgres.url;
    dataDir = await mkdtemp(join(tmpdir(), 'cais-compose-'));
    // An empty database, as the postgres container creates it: the roles migrate it themselves.
    database = `cais_compose_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();

    coinMarketCap = await startFakeCoinMarketCap();
    // .env as a user fills it from .env.example: the secrets chosen, a CoinMarketCap key given.
    vars = dotenv(readRepoFile('.env.example'));
    vars.set('POSTGRES_PASSWORD', randomBytes(12).toString('hex'));
    vars.set('DASHBOARD_DB_PASSWORD', randomBytes(12).toString('hex'));
    vars.set('LAKE_SECRET_ACCESS_KEY', randomBytes(16).toString('hex'));
    vars.set('CMC_API_KEY', 'test-key-0123456789');
    vars.set('CMC_BASE_URL', coinMarketCap.url);

    // The lake service (s3rver, with the credentials compose gives the store and the roles); its
    // bucket exists before the etl starts, as the lake-bucket job makes sure.
    lake = await startS3rver({
      bucket: vars.get('LAKE_BUCKET') ?? 'cais-lake',
      directory: join(dataDir, 's3rver'),
      credentials: {
        accessKeyId: vars.get('LAKE_ACCESS_KEY_ID') ?? '',
        secretAccessKey: vars.get('LAKE_SECRET_ACCESS_KEY') ?? '',
      },
    });
    lakeAddress = new URL(lake.endpoint).host;
  });

  afterAll(async () => {
    for (const role of [...running.values()].reverse()) await stop(role).catch(() => undefined);
    await lake?.close();
    await coinMarketCap?.close();
    if (database) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists ${database} with (force)`);
      await admin.end();
    }
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  /** A compose address (postgres:5432, http://api:8000, ...) as seen from this machine. */
  function localize(value: string): string {
    const url = /^[a-z][a-z0-9+.-]*:\/\//.test(value) ? new URL(value) : undefined;
    if (url?.hostname === 'postgres') {
      const server = new URL(adminUrl);
      server.pathname = `/${database}`;
      // Another login than the owner (the dashboard's read-only one) keeps its name; the local
      // server trusts it without a password.
      if (url.username !== 'cais') {
        server.username = url.username;
        server.password = '';
      }
      server.search = url.search;
      return server.toString();
    }
    if (url?.hostname === 'lake')
      return `${url.protocol}//${lakeAddress}${url.pathname.replace(/\/$/, '')}`;
    const target = url ? running.get(url.hostname) : undefined;
    if (url && target) {
      const port = target.ports.get(url.port);
      return `${url.protocol}//127.0.0.1:${port}${url.pathname === '/' ? '' : url.pathname}`;
    }
    if (value.startsWith('/app/data')) return value.replace('/app/data', join(dataDir, 'data'));
    return value;
  }

  async function start(name: string, service: ComposeService): Promise<Running> {
    const ports = new Map<string, number>();
    for (const mapping of service.ports ?? []) {
      ports.set(mapping.split(':').at(-1) ?? '', await freePort());
    }
    const env: Record<string, string> = { PATH: process.env.PATH ?? '' };
    for (const [key, value] of Object.entries({
      ...imageEnv,
      ...serviceEnvironment(service, vars),
    })) {
      env[key] =
        /_PORT$/.test(key) && ports.has(value) ? String(ports.get(value)) : localize(value);
    }
    const child = spawn(process.execPath, [...entrypoint.slice(1), ...asList(service.command)], {
      cwd: repoRoot,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const role: Running = { process: child, output: [], ports };
    child.stdout.on('data', (chunk: Buffer) => role.output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => role.output.push(chunk.toString()));
    running.set(name, role);
    return role;
  }

  /** Runs the service's compose health check, its port mapped, until it passes. */
  async function healthy(service: ComposeService, role: Running): Promise<void> {
    const test = asList(service.healthcheck?.test);
    expect(test[0]).toBe('CMD');
    const args = test.slice(1).map((arg) => {
      const url = /^http:\/\/127\.0\.0\.1:(\d+)(\/.*)$/.exec(arg);
      return url ? `http://127.0.0.1:${role.ports.get(url[1] ?? '')}${url[2]}` : arg;
    });
    await waitFor('a passing health check', role, async () => {
      const result = spawnSync(
        args[0] === 'node' ? process.execPath : (args[0] ?? ''),
        args.slice(1),
        {
          cwd: repoRoot,
        },
      );
      return result.status === 0 ? true : undefined;
    });
  }

  const base = (role: Running, containerPort: string) =>
    `http://127.0.0.1:${role.ports.get(containerPort)}`;

  /** What "serves or works" means for each role, checked through its public interface. */
  const CHECKS: Record<string, (service: ComposeService, role: Running) => Promise<void>> = {
    api: async (service, role) => {
      await healthy(service, role);
      const url = base(role, '8000');
      const created = await fetch(`${url}/products/`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          name: 'Cadeira de escritório',
          description: 'Ergonômica',
          price: 899.9,
          categoria: 'Móveis',
          email_fornecedor: 'vendas@moveis.com.br',
        }),
      });
      expect(created.status).toBe(201);
      const list = await fetch(`${url}/products/`);
      expect(list.status).toBe(200);
      expect(await list.json()).toEqual([
        expect.objectContaining({ name: 'Cadeira de escritório' }),
      ]);
      expect((await fetch(`${url}/docs`)).status).toBe(200);
    },
    web: async (service, role) => {
      await healthy(service, role);
      const url = base(role, '8501');
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/text\/html/);
      // Forwarded to the api role started before it (API_URL).
      const products = await fetch(`${url}/api/products/`);
      expect(products.status).toBe(200);
      expect(await products.json()).toEqual([
        expect.objectContaining({ name: 'Cadeira de escritório' }),
      ]);
      // Served by the web role itself, from the read-only login (DATABASE_READONLY_URL).
      const markets = await fetch(`${url}/api/prices/markets`);
      expect(markets.status).toBe(200);
      expect(await markets.json()).toEqual([]);
    },
    db: async (service, role) => {
      const code = await new Promise<number | null>((resolve) => {
        if (role.process.exitCode !== null) resolve(role.process.exitCode);
        else role.process.once('exit', resolve);
      });
      expect(code, role.output.join('')).toBe(0);
      if (asList(service.command)[1] === 'migrate') {
        // The one-shot migrate job: the schema and the read-only role exist before the roles start.
        const [schema] = await query<{ products: string | null; role: boolean }>(
          `select to_regclass('products')::text as products,
                  exists (select 1 from pg_roles where rolname = 'cais_readonly') as role`,
        );
        expect(schema).toEqual({ products: 'products', role: true });
        return;
      }
      const [login] = await query<{ rolcanlogin: boolean; member: boolean }>(
        `select rolcanlogin, pg_has_role('cais_dashboard', 'cais_readonly', 'member') as member
         from pg_roles where rolname = 'cais_dashboard'`,
      );
      expect(login).toEqual({ rolcanlogin: true, member: true });
    },
    etl: async (service, role) => {
      const prefix = `${new URL(serviceEnvironment(service, vars).LAKE_URL ?? '').pathname.slice(1)}/raw/`;
      const s3 = new S3Client({
        endpoint: lake?.endpoint ?? '',
        forcePathStyle: true,
        region: 'us-east-1',
        credentials: {
          accessKeyId: vars.get('LAKE_ACCESS_KEY_ID') ?? '',
          secretAccessKey: vars.get('LAKE_SECRET_ACCESS_KEY') ?? '',
        },
      });
      const key = await waitFor('a raw file in the lake', role, async () => {
        const listed = await s3.send(
          new ListObjectsV2Command({ Bucket: lake?.bucket ?? '', Prefix: prefix }),
        );
        return listed.Contents?.map((o) => o.Key ?? '').find((k) => k.endsWith('.csv'));
      });
      s3.destroy();
      expect(key).toMatch(
        /\/raw\/bitcoin\/year=\d{4}\/month=\d{2}\/day=\d{2}\/bitcoin_[\d-]+_[\d-]+\.csv$/,
      );
      const rows = await waitFor('a price row in PostgreSQL', role, async () => {
        const found = await query<{ price: string }>('select price from bitcoin_precos');
        return found.length > 0 ? found : undefined;
      });
      expect(Number(rows[0]?.price)).toBeCloseTo(512_345.67, 2);
      expect(coinMarketCap?.requests.at(-1)?.apiKey).toBe('test-key-0123456789');
    },
  };

  for (const [name, service] of startOrder(roleServices(compose))) {
    const command = asList(service.command);
    it(`${name} (cais ${command.join(' ')}) starts from compose's command and environment, works, and stops on SIGTERM`, async (context) => {
      const check = CHECKS[command[0] ?? ''];
      expect(check, `no check for the ${command[0] ?? ''} role: add one to CHECKS`).toBeDefined();
      if (!roleAvailable(command)) {
        const reason = `cais ${command.join(' ')} is not in this branch yet; this check runs once it is merged`;
        console.warn(`skipped compose service ${name}: ${reason}`);
        context.skip(reason);
      }
      const role = await start(name, service);
      await check?.(service, role);
    }, 120_000);
  }

  it('every role exits cleanly on SIGTERM', async () => {
    for (const [name, role] of [...running.entries()].reverse()) {
      expect(await stop(role), `${name}:\n${role.output.join('')}`).toBe(0);
    }
  }, 60_000);
});
