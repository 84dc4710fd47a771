import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import { recordRejects } from '../../src/quotes/ledger.repository.js';
import { finishRun, recordRun, startRun } from '../../src/etl/runs.repository.js';
import type { Health, Run } from '../../src/pipeline-health/pipeline.schema.js';
import { buildTestApp } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';
import { resetPipeline } from '../helpers/pipeline.js';
import { loadQuotes, quoteSeries } from '../helpers/quotes.js';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

describeEachDatabase('pipeline routes', (database) => {
  let app: FastifyInstance;
  const health = async (query = '') =>
    (await app.inject({ url: `/pipeline/health${query}` })).json<Health>();
  const succeeded = { status: 'succeeded', credits: 1, rowsInserted: 1, error: undefined } as const;

  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await resetPipeline(database());
  });

  it('lists the last runs newest first, running ones without an end', async () => {
    const db = database().db;
    await recordRun(db, minutesAgo(10), ['BTC'], succeeded);
    await recordRun(db, minutesAgo(5), ['BTC', 'ETH'], {
      status: 'failed',
      credits: 0,
      rowsInserted: 0,
      error: 'CoinMarketCap answered 401',
    });
    await startRun(db, ['BTC']);
    const runs = (await app.inject({ url: '/pipeline/runs' })).json<Run[]>();
    expect(runs.map((r) => [r.id, r.status, r.error])).toEqual([
      [3, 'running', null],
      [2, 'failed', 'CoinMarketCap answered 401'],
      [1, 'succeeded', null],
    ]);
    expect(runs[0]?.finished_at).toBeNull();
    expect(runs[1]).toMatchObject({ symbols: ['BTC', 'ETH'], credits_used: 0, rows_inserted: 0 });
    expect((await app.inject({ url: '/pipeline/runs?limit=1' })).json<Run[]>()).toHaveLength(1);
    expect((await app.inject({ url: '/pipeline/runs?limit=201' })).statusCode).toBe(422);
  });

  it('is empty without quotes, and says the ETL is idle without a key', async () => {
    expect(await health()).toMatchObject({
      status: 'empty',
      schedule: '*/5 * * * *',
      interval_seconds: 300,
      etl_enabled: false,
      newest_quote_at: null,
      age_seconds: null,
      stale: true,
      last_run: null,
      last_success_at: null,
      last_failure: null,
      failures_24h: 0,
      credits: { today: 0, month: 0 },
      gaps: { expected_slots: 288, missing_slots: 0, ranges: [] },
    });
  });

  it('is ok with fresh quotes and a successful run, stale when they age', async () => {
    const db = database().db;
    await recordRun(db, minutesAgo(2), ['BTC'], { ...succeeded, credits: 3 });
    await loadQuotes(db, [{ last_updated: minutesAgo(2).toISOString() }]);
    const ok = await health();
    expect(ok).toMatchObject({ status: 'ok', stale: false, credits: { today: 3, month: 3 } });
    expect(ok.last_success_at).not.toBeNull();
    expect(ok.last_run?.status).toBe('succeeded');

    await resetPipeline(database());
    await loadQuotes(db, [{ last_updated: minutesAgo(30).toISOString() }]);
    expect(await health()).toMatchObject({ status: 'stale', stale: true });
  });

  it('is failing when the last finished run failed, with its message, until a run succeeds', async () => {
    const db = database().db;
    await loadQuotes(db, [{ last_updated: minutesAgo(1).toISOString() }]);
    await recordRun(db, minutesAgo(6), ['BTC'], succeeded);
    await recordRun(db, minutesAgo(1), ['BTC'], {
      status: 'failed',
      credits: 0,
      rowsInserted: 0,
      error: 'timeout after 10 s',
    });
    // A run still going does not hide the failure before it.
    await startRun(db, ['BTC']);
    const failing = await health();
    expect(failing).toMatchObject({
      status: 'failing',
      failures_24h: 1,
      last_failure: { error: 'timeout after 10 s' },
      last_run: { status: 'running' },
    });
    const id = failing.last_run?.id ?? 0;
    await finishRun(db, id, succeeded);
    expect((await health()).status).toBe('ok');
  });

  it('reports gaps of missing 5-minute slots in the range, largest first', async () => {
    const db = database().db;
    await loadQuotes(db, [
      ...quoteSeries('2026-05-01T10:00:00Z', 3, 300, () => 1), // 10:00 10:05 10:10
      ...quoteSeries('2026-05-01T10:25:00Z', 2, 300, () => 1), // misses 10:15 10:20
      ...quoteSeries('2026-05-01T11:00:00Z', 1, 300, () => 1), // misses 10:35 .. 10:55
      // 7 minutes late: not a gap (under 1.5 intervals).
      ...quoteSeries('2026-05-01T11:07:00Z', 1, 300, () => 1),
    ]);
    const body = await health('?from=2026-05-01T10:00:00Z&to=2026-05-01T13:10:00%2B02:00');
    expect(body.gaps).toEqual({
      from: '2026-05-01T10:00:00.000Z',
      to: '2026-05-01T11:10:00.000Z',
      expected_slots: 14,
      missing_slots: 7,
      ranges: [
        { from: '2026-05-01T10:30:00.000Z', to: '2026-05-01T11:00:00.000Z', missing: 5 },
        { from: '2026-05-01T10:10:00.000Z', to: '2026-05-01T10:25:00.000Z', missing: 2 },
      ],
    });
    const narrow = await health('?from=2026-05-01T10:00:00Z&to=2026-05-01T10:20:00Z');
    expect(narrow.gaps.missing_slots).toBe(0);
    const reversed = await app.inject({
      url: '/pipeline/health?from=2026-05-02T00:00:00Z&to=2026-05-01T00:00:00Z',
    });
    expect(reversed.statusCode).toBe(422);
  });

  it('says the ETL is enabled where this process has a key', async () => {
    const withKey = await buildTestApp(database(), { CMC_API_KEY: 'test-key' });
    const body = (await withKey.inject({ url: '/pipeline/health' })).json<Health>();
    expect(body.etl_enabled).toBe(true);
    await withKey.close();
  });

  it('shows the rejected lake objects with their reasons, and serves short run errors only', async () => {
    const db = database().db;
    const key = 'raw/bitcoin/year=2026/month=11/day=20/bitcoin_2026-11-20_10-30-07.csv';
    await recordRejects(db, [{ key, reason: 'line 2: price "1e400" is out of range' }]);
    // A row stored by an earlier version, with the whole driver message.
    await recordRun(db, minutesAgo(3), ['BTC'], {
      status: 'failed',
      credits: 1,
      rowsInserted: 0,
      error: `load failed: ${'x'.repeat(9_000)}`,
    });
    const body = await health();
    expect(body.rejected_objects).toEqual({
      count: 1,
      recent: [
        {
          key,
          reason: 'line 2: price "1e400" is out of range',
          rejected_at: expect.any(String) as string,
        },
      ],
    });
    expect(body.last_failure?.error.length).toBeLessThanOrEqual(300);
    expect(body.last_run?.error?.length).toBeLessThanOrEqual(300);
    const runs = (await app.inject({ url: '/pipeline/runs' })).json<Run[]>();
    expect(runs[0]?.error?.length).toBeLessThanOrEqual(300);
  });
});
