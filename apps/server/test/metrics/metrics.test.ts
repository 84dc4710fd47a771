import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { openPipeline } from '../../src/etl/pipeline.js';
import { watchDatabase } from '../../src/metrics/database.js';
import { createMetrics, type Metrics } from '../../src/metrics/registry.js';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';
import { API_KEY, startFakeCmc, type FakeCmc } from '../helpers/fake-cmc.js';
import { quote, resetPipeline, tempLake, writeExtraction } from '../helpers/pipeline.js';
import { parseExposition, type Exposition } from '../helpers/prometheus.js';

const silent = pino({ level: 'silent' });
const TOKEN = 'metrics-token-0123456789';

let cmc: FakeCmc;
beforeAll(async () => {
  cmc = await startFakeCmc();
});
afterAll(async () => {
  await cmc.close();
});

describeEachDatabase('/metrics on the api', (database, kind) => {
  let app: FastifyInstance;
  let metrics: Metrics;
  let lake: Awaited<ReturnType<typeof tempLake>>;

  beforeEach(async () => {
    await resetPipeline(database());
    lake = await tempLake();
    metrics = createMetrics();
    app = await buildTestApp(database(), { METRICS_TOKEN: TOKEN }, silent, metrics);
    watchDatabase(metrics, {
      handle: database,
      pooled: kind === 'postgres',
      quotes: true,
      log: silent,
    });
  });
  afterEach(async () => {
    await app.close();
    await lake.remove();
  });

  const scrape = async (): Promise<Exposition> => {
    const response = await app.inject({
      url: '/metrics',
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return parseExposition(response.body);
  };

  it('counts and times requests by route pattern, never by raw URL', async () => {
    const created = await app.inject({ method: 'POST', url: '/products/', payload: validProduct });
    expect(created.statusCode).toBe(201);
    const { id } = created.json<{ id: number }>();
    for (let i = 0; i < 2; i++) expect((await app.inject(`/products/${id}`)).statusCode).toBe(200);
    expect((await app.inject('/products/987654')).statusCode).toBe(404);
    expect((await app.inject('/no/such/page-4242')).statusCode).toBe(404);

    const m = await scrape();
    const byId = { server: 'api', method: 'GET', route: '/products/:id' };
    expect(m.value('cais_http_requests_total', { ...byId, status_code: '200' })).toBe(2);
    expect(m.value('cais_http_requests_total', { ...byId, status_code: '404' })).toBe(1);
    expect(
      m.value('cais_http_requests_total', {
        method: 'POST',
        route: '/products',
        status_code: '201',
      }),
    ).toBe(1);
    expect(m.value('cais_http_requests_total', { route: 'unmatched', status_code: '404' })).toBe(1);
    const latency = m.families.get('cais_http_request_duration_seconds');
    expect(latency?.type).toBe('HISTOGRAM');
    expect(m.value('cais_http_request_duration_seconds_count', byId)).toBe(3);
    expect(m.value('cais_http_request_duration_seconds_bucket', { ...byId, le: '+Inf' })).toBe(3);
    expect(m.value('cais_http_request_duration_seconds_sum', byId)).toBeGreaterThan(0);
    expect(m.samples('cais_http_request_duration_seconds_bucket', byId).length).toBeGreaterThan(5);
    expect(m.samples('cais_http_request_errors_total')).toHaveLength(0);

    // No raw path, id, or query in any label.
    const labels = [...m.families.values()].flatMap((f) =>
      f.metrics.flatMap((s) => Object.values(s.labels ?? {})),
    );
    for (const forbidden of ['987654', 'page-4242', '/no/such']) {
      expect(labels.filter((value) => value.includes(forbidden))).toEqual([]);
    }
    const routes = m.samples('cais_http_requests_total').map((s) => s.labels?.route ?? '');
    expect(routes.filter((route) => route !== 'unmatched' && /\d/.test(route))).toEqual([]);
    for (const family of m.families.values()) {
      expect(family.name).toMatch(/^cais_[a-z0-9_]+$/);
      if (family.type === 'COUNTER') expect(family.name).toMatch(/_total$/);
    }
    expect(m.families.has('cais_process_cpu_user_seconds_total')).toBe(true);
  });

  it('shows a real ETL run: outcome, rows, rejects, credits, lake pending and quote age', async () => {
    // An object no load accepts, left in the lake before the run.
    await writeExtraction(lake.lake, 'bitcoin', '2026-11-20T10:30:07Z', [
      quote({ last_updated: '0000-01-01T00:00:00Z' }),
    ]);
    const config = loadConfig({
      LOG_LEVEL: 'silent',
      CMC_API_KEY: API_KEY,
      CMC_BASE_URL: cmc.url,
      LAKE_URL: lake.dir,
    });
    const pipeline = await openPipeline({ config, log: silent, database: database(), metrics });
    try {
      await pipeline.checkPlan();
      expect((await pipeline.run()).status).toBe('succeeded');
    } finally {
      await pipeline.close();
    }

    const m = await scrape();
    expect(m.value('cais_etl_runs_total', { outcome: 'succeeded' })).toBe(1);
    expect(m.value('cais_etl_rows_loaded_total')).toBe(1);
    expect(m.value('cais_etl_rejected_objects_total')).toBe(1);
    expect(m.value('cais_cmc_credits_used_total')).toBe(1);
    // The fake key's plan: 10,000 a month, 340 used before this run's one.
    expect(m.value('cais_cmc_credits_left')).toBe(10_000 - 340 - 1);
    expect(m.value('cais_lake_objects_pending')).toBe(0);
    expect(m.value('cais_etl_run_duration_seconds_count', { outcome: 'succeeded' })).toBe(1);
    expect(m.value('cais_etl_last_run_timestamp_seconds', { outcome: 'succeeded' })).toBeCloseTo(
      Date.now() / 1000,
      -2,
    );
    const age = m.value('cais_quote_age_seconds', { symbol: 'BTC', convert: 'BRL' });
    const expected = Date.now() / 1000 - Date.parse(cmc.market.lastUpdated) / 1000;
    expect(Math.abs(age - expected)).toBeLessThan(60);
    if (kind === 'postgres') {
      expect(m.value('cais_db_pool_max_connections')).toBeGreaterThan(0);
      expect(m.value('cais_db_pool_waiting_requests')).toBe(0);
    } else {
      expect(m.families.has('cais_db_pool_connections')).toBe(false);
    }
  });

  it('with METRICS_TOKEN, a scrape without it is a 401 problem that counts nothing', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789', TOKEN]) {
      const response = await app.inject({
        url: '/metrics',
        headers: authorization === undefined ? {} : { authorization },
      });
      expect(response.statusCode).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['www-authenticate']).toMatch(/^Bearer /);
      expect(response.json<{ detail: string }>().detail).toMatch(/METRICS_TOKEN/);
    }
    const m = await scrape();
    expect(m.value('cais_http_requests_total', { route: '/metrics', status_code: '401' })).toBe(3);
  });
});
