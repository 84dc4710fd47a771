import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tracingRequested } from '../../src/tracing/requested.js';
import { createServerDatabase, serverSkipReason } from '../helpers/database.js';
import { API_KEY, startFakeCmc, type FakeCmc } from '../helpers/fake-cmc.js';
import { tempLake } from '../helpers/pipeline.js';

const run = promisify(execFile);
const MAIN = fileURLToPath(new URL('../helpers/trace-main.mjs', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/cais.js', import.meta.url));
const SERVER = 1;
const CLIENT = 2;

interface Span {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  attributes: Record<string, unknown>;
}

/** Runs the built code with traces captured in memory (helpers/trace-main.mjs); its spans. */
async function traced(args: string[], env: Record<string, string>): Promise<Span[]> {
  const { stdout } = await run(process.execPath, [MAIN, ...args], {
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'silent', ...env },
    timeout: 60_000,
  });
  return stdout
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Span);
}

/** Whether `span` descends from `ancestor` through its parents. */
function descends(spans: Span[], span: Span, ancestor: Span): boolean {
  const byId = new Map(spans.map((s) => [s.spanId, s]));
  for (let at = span.parentSpanId; at !== undefined; at = byId.get(at)?.parentSpanId) {
    if (at === ancestor.spanId) return true;
  }
  return false;
}

describe('tracingRequested: the standard OTEL_* variables', () => {
  it.each([
    [{}, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, true],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }, true],
    [{ OTEL_TRACES_EXPORTER: 'console' }, true],
    [{ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' }, false],
    [{ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://c:4318' }, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: '  ' }, false],
    [{ OTEL_SERVICE_NAME: 'cais' }, false],
  ])('%j: %s', (env, expected) => {
    expect(tracingRequested(env)).toBe(expected);
  });

  it(
    'without them, the cais command never loads the OpenTelemetry SDK',
    { timeout: 120_000 },
    async () => {
      const probe = `
      import { createRequire } from 'node:module';
      const cache = createRequire(import.meta.url).cache;
      process.on('exit', () => {
        const loaded = Object.keys(cache).filter((path) => path.includes('@opentelemetry/sdk-'));
        process.stderr.write('SDK:' + loaded.length + '\\n');
      });
      process.argv = [process.argv[0], ${JSON.stringify(BIN)}, 'etl', 'run', '--help'];
      await import(${JSON.stringify(BIN)});`;
      const child = await run(process.execPath, ['--input-type=module', '-e', probe], {
        env: { PATH: process.env.PATH ?? '' },
      });
      expect(child.stderr).toContain('SDK:0');
      const withSdk = await run(process.execPath, ['--input-type=module', '-e', probe], {
        env: { PATH: process.env.PATH ?? '', OTEL_TRACES_EXPORTER: 'console' },
      });
      expect(withSdk.stderr).not.toContain('SDK:0');
    },
  );
});

describe.skipIf(serverSkipReason() !== undefined)('traces [postgres]', () => {
  let database: Awaited<ReturnType<typeof createServerDatabase>>;
  let cmc: FakeCmc;
  beforeAll(async () => {
    [database, cmc] = await Promise.all([createServerDatabase(), startFakeCmc()]);
  });
  afterAll(async () => {
    await Promise.all([database.drop(), cmc.close()]);
  });

  it(
    'one trace per HTTP request, from the server span to its SQL',
    { timeout: 120_000 },
    async () => {
      const paths = ['/products/1', '/products?limit=5', '/ready'];
      const spans = await traced(['api', ...paths], { DATABASE_URL: database.url });
      const servers = spans.filter((s) => s.kind === SERVER);
      expect(servers.map((s) => s.name).sort()).toEqual([
        'GET /products',
        'GET /products/:id',
        'GET /ready',
      ]);
      expect(new Set(servers.map((s) => s.traceId)).size).toBe(3);
      for (const server of servers) {
        expect(server.parentSpanId).toBeUndefined();
        const trace = spans.filter((s) => s.traceId === server.traceId);
        const sql = trace.filter((s) => s.name.startsWith('pg.query'));
        expect(sql.length, server.name).toBeGreaterThan(0);
        for (const query of sql) expect(descends(trace, query, server)).toBe(true);
        // The Fastify request span sits between them, named by route pattern.
        expect(trace.some((s) => s.name === 'request' && descends(trace, s, server))).toBe(true);
      }
      const byId = servers.find((s) => s.name === 'GET /products/:id');
      const sqlText = spans
        .filter((s) => s.traceId === byId?.traceId && s.name.startsWith('pg.query'))
        .map((s) => String(s.attributes['db.query.text']));
      expect(sqlText.some((text) => /from "?products"?/i.test(text))).toBe(true);
    },
  );

  it(
    'one trace per ETL run: the CoinMarketCap call, the lake write and the load',
    { timeout: 120_000 },
    async () => {
      const lake = await tempLake();
      try {
        const spans = await traced(['etl'], {
          DATABASE_URL: database.url,
          LAKE_URL: lake.dir,
          CMC_API_KEY: API_KEY,
          CMC_BASE_URL: cmc.url,
        });
        const runs = spans.filter((s) => s.name === 'etl run');
        expect(runs).toHaveLength(1);
        const [root] = runs;
        if (!root) throw new Error('no run span');
        expect(root.parentSpanId).toBeUndefined();
        expect(root.attributes['cais.outcome']).toBe('succeeded');
        const trace = spans.filter((s) => s.traceId === root.traceId);
        const step = (name: string) => {
          const found = trace.find((s) => s.name === name);
          expect(found, name).toBeDefined();
          expect(found && descends(trace, found, root)).toBe(true);
          return found as Span;
        };
        const fetch = step('cmc latest quotes');
        step('lake write');
        const load = step('etl load');
        const call = trace.find((s) => s.kind === CLIENT && descends(trace, s, fetch));
        expect(String(call?.attributes['url.full'])).toContain('/v2/cryptocurrency/quotes/latest');
        // The key never reaches a span: it travels in a header, which is not recorded.
        expect(JSON.stringify(spans)).not.toContain(API_KEY);
        const loadSql = trace.filter(
          (s) => s.name.startsWith('pg.query') && descends(trace, s, load),
        );
        expect(loadSql.length).toBeGreaterThan(0);
      } finally {
        await lake.remove();
      }
    },
  );
});
