import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/metrics/registry.js';
import { buildWebServer } from '../../src/web/web-server.js';
import { freePort, startCais } from '../helpers/cli.js';
import { API_KEY, startFakeCmc, type FakeCmc } from '../helpers/fake-cmc.js';
import { parseExposition } from '../helpers/prometheus.js';

const TOKEN = 'worker-metrics-token-0123';

let cmc: FakeCmc;
let dir: string;
beforeAll(async () => {
  cmc = await startFakeCmc();
});
afterAll(async () => {
  await cmc.close();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cais-metrics-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const env = (extra: Record<string, string>): Record<string, string> => ({
  LAKE_URL: join(dir, 'lake'),
  PGLITE_DIR: join(dir, 'pglite'),
  CMC_BASE_URL: cmc.url,
  CMC_API_KEY: API_KEY,
  LOG_LEVEL: 'info',
  ...extra,
});

describe('the etl worker on METRICS_PORT', () => {
  it(
    'serves its runs, credits and quote age to a scraper with the token',
    { timeout: 240_000 },
    async () => {
      const port = await freePort();
      const worker = startCais(
        ['etl', 'schedule'],
        env({ METRICS_PORT: String(port), METRICS_TOKEN: TOKEN }),
      );
      try {
        await worker.waitFor(/loaded 1 new row/, 180_000);
        const url = `http://127.0.0.1:${port}/metrics`;
        expect(worker.output()).toContain(`etl metrics on ${url}`);
        const refused = await fetch(url);
        expect(refused.status).toBe(401);
        expect(await refused.text()).toMatch(/METRICS_TOKEN/);
        expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);

        const scraped = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
        expect(scraped.status).toBe(200);
        const m = parseExposition(await scraped.text());
        expect(m.value('cais_etl_runs_total', { outcome: 'succeeded' })).toBe(1);
        expect(m.value('cais_etl_rows_loaded_total')).toBe(1);
        expect(m.value('cais_cmc_credits_used_total')).toBe(1);
        expect(m.value('cais_cmc_credits_left')).toBe(10_000 - 340 - 1);
        expect(m.value('cais_lake_objects_pending')).toBe(0);
        expect(
          m.value('cais_quote_age_seconds', { symbol: 'BTC', convert: 'BRL' }),
        ).toBeGreaterThan(0);
        // No HTTP server of its own beyond the metrics: no request series.
        expect(m.families.has('cais_http_requests_total')).toBe(true);
        expect(m.samples('cais_http_requests_total')).toEqual([]);
      } finally {
        worker.child.kill('SIGTERM');
        await worker.exited;
      }
    },
  );

  it(
    'a METRICS_PORT in use stops the worker before any run, naming the variable',
    { timeout: 60_000 },
    async () => {
      const taken = createServer();
      await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
      const address = taken.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const before = cmc.quoteRequests().length;
      try {
        const worker = startCais(['etl', 'schedule'], env({ METRICS_PORT: String(port) }));
        expect(await worker.exited).toBe(1);
        expect(worker.output()).toMatch(/already in use.*METRICS_PORT/);
        expect(cmc.quoteRequests()).toHaveLength(before);
      } finally {
        await new Promise((resolve) => taken.close(resolve));
      }
    },
  );
});

describe('/metrics on the web server', () => {
  let web: FastifyInstance;
  beforeEach(async () => {
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>cais</title>');
    web = await buildWebServer({
      apiUrl: 'http://127.0.0.1:9',
      spaDir: dir,
      log: pino({ level: 'silent' }),
      metrics: { metrics: createMetrics(), token: undefined },
    });
    await web.ready();
  });
  afterEach(async () => {
    await web.close();
  });

  it('counts its pages, files and forwarded calls by route pattern', async () => {
    expect((await web.inject('/products?page=3')).statusCode).toBe(200);
    expect((await web.inject('/index.html')).statusCode).toBe(200);
    expect((await web.inject('/api/products/7')).statusCode).toBe(502);
    const response = await web.inject('/metrics');
    expect(response.statusCode).toBe(200);
    const m = parseExposition(response.body);
    const requests = m.samples('cais_http_requests_total', { server: 'web' });
    // A client route is answered with index.html by the not-found handler: no route of its own.
    expect(requests.map((s) => s.labels?.route).sort()).toEqual(['/*', '/api/*', 'unmatched']);
    expect(m.value('cais_http_request_errors_total', { server: 'web', route: '/api/*' })).toBe(1);
    expect(JSON.stringify(requests)).not.toMatch(/page=3|products\/7/);
  });
});
