import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import * as alerts from '../../src/alerts/alerts.service.js';
import { channelsFrom } from '../../src/alerts/channels.js';
import { evaluateAlerts } from '../../src/alerts/evaluate.js';
import { createRequestCounter, type RequestCounter } from '../../src/alerts/request-counts.js';
import { sumCounts } from '../../src/alerts/request-counts.repository.js';
import { loadConfig } from '../../src/config/config.js';
import { buildApp } from '../../src/http/app.js';
import { captureLog } from '../helpers/capture-log.js';
import { describeEachDatabase } from '../helpers/database.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { startReceiver, type Receiver } from '../helpers/receiver.js';
import { query } from '../helpers/sql.js';

const silent = pino({ level: 'silent' });
const MINUTE = 60_000;

describeEachDatabase('the error_rate rule', (database) => {
  let receiver: Receiver;
  const clock = fakeClock('2026-11-22T14:00:00.000Z');
  // Two api tasks behind one load balancer: each counts its own answers.
  const tasks: { app: FastifyInstance; counter: RequestCounter }[] = [];

  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });
  beforeEach(async () => {
    await query(
      database().db,
      sql`truncate alert_rules, alert_events, api_request_counts restart identity cascade`,
    );
    receiver.received.length = 0;
    for (const task of ['api-a', 'api-b']) {
      const counter = createRequestCounter({
        db: database().db,
        clock,
        log: silent,
        task,
        flushMs: 0,
      });
      const app = await buildApp({
        config: loadConfig({ LOG_LEVEL: 'silent' }),
        database: database(),
        log: silent,
        requestCounter: counter,
      });
      // The injected failure: a handler that throws is answered 500 by the error handler.
      app.get('/test/fail', () => {
        throw new Error('injected');
      });
      app.get('/test/ok', () => ({ ok: true }));
      await app.ready();
      tasks.push({ app, counter });
    }
  });
  afterEach(async () => {
    for (const { app } of tasks.splice(0)) await app.close();
  });

  /** `ok` answered requests and `failed` 500s, spread over both tasks, then flushed. */
  const traffic = async (at: string, ok: number, failed: number) => {
    clock.set(at);
    for (let i = 0; i < ok + failed; i++) {
      const task = tasks[i % 2];
      if (!task) throw new Error('the api tasks are not started');
      const { app } = task;
      const response = await app.inject({ url: i < ok ? '/test/ok' : '/test/fail' });
      expect(response.statusCode).toBe(i < ok ? 200 : 500);
    }
    for (const { counter } of tasks) await counter.flush();
  };
  const evaluate = (at: string) => {
    clock.set(at);
    return evaluateAlerts({
      db: database().db,
      channels: channelsFrom(loadConfig({ ALERT_WEBHOOK_URL: `${receiver.url}/hook` })),
      log: captureLog().log,
      clock,
      context: { defaults: { symbol: 'BTC', convert: 'BRL' }, intervalSeconds: 300 },
      dashboardUrl: 'https://cais.example.com/',
      repeatMs: 0,
      retry: { retries: 1, minTimeoutMs: 5, attemptTimeoutMs: 2_000 },
    });
  };
  const sent = () => receiver.accepted().map((r) => (r.json as { type: string }).type);
  const rule = () =>
    alerts.addRule(database().db, {
      name: 'api-errors',
      kind: 'error_rate',
      threshold: 10,
      window_minutes: 5,
      min_requests: 20,
    });

  it('counts every task’s answers per minute, adding up flushes of the same minute', async () => {
    await traffic('2026-11-22T14:00:10.000Z', 6, 2);
    await traffic('2026-11-22T14:00:40.000Z', 4, 0);
    await traffic('2026-11-22T14:01:05.000Z', 1, 1);
    const rows = await query(
      database().db,
      sql`select task, to_char(minute at time zone 'UTC', 'HH24:MI') as minute,
                 requests::int as requests, errors::int as errors
          from api_request_counts order by minute, task`,
    );
    expect(rows).toEqual([
      { task: 'api-a', minute: '14:00', requests: 6, errors: 1 },
      { task: 'api-b', minute: '14:00', requests: 6, errors: 1 },
      { task: 'api-a', minute: '14:01', requests: 1, errors: 0 },
      { task: 'api-b', minute: '14:01', requests: 1, errors: 1 },
    ]);
    const window = await sumCounts(
      database().db,
      new Date('2026-11-22T14:00:00.000Z'),
      new Date('2026-11-22T14:02:00.000Z'),
    );
    expect(window).toEqual({ requests: 14, errors: 3 });
  });

  it('writes what an api counted when it closes, without waiting for the next flush', async () => {
    clock.set('2026-11-22T14:00:00.000Z');
    const [first] = tasks.splice(0, 1);
    if (!first) throw new Error('the api tasks are not started');
    // Probes are not counted: only the three requests.
    for (const url of ['/test/ok', '/test/fail', '/health', '/ready', '/test/ok']) {
      await first.app.inject({ url });
    }
    await first.app.close();
    const window = await sumCounts(
      database().db,
      new Date('2026-11-22T14:00:00.000Z'),
      new Date('2026-11-22T14:01:00.000Z'),
    );
    expect(window).toEqual({ requests: 3, errors: 1 });
  });

  it('counts a flush once when pruning the old minutes fails after the write', async () => {
    const db = database().db;
    await query(
      db,
      sql`create or replace function refuse_prune() returns trigger language plpgsql as
          $$ begin raise exception 'prune refused'; end $$`,
    );
    await query(
      db,
      sql`create trigger refuse_prune before delete on api_request_counts
          for each statement execute function refuse_prune()`,
    );
    try {
      // A fresh counter prunes on its first flush: the write succeeds, the prune fails.
      const counter = createRequestCounter({ db, clock, log: silent, task: 'api-c', flushMs: 0 });
      clock.set('2026-11-22T14:00:00.000Z');
      counter.record(200);
      counter.record(503);
      await counter.flush();
      await counter.flush();
      await counter.close();
      const window = await sumCounts(
        db,
        new Date('2026-11-22T14:00:00.000Z'),
        new Date('2026-11-22T14:01:00.000Z'),
      );
      expect(window).toEqual({ requests: 2, errors: 1 });
    } finally {
      await query(db, sql`drop trigger refuse_prune on api_request_counts`);
      await query(db, sql`drop function refuse_prune()`);
    }
  });

  it('stays quiet under the minimum request count, fires once, and recovers once', async () => {
    await rule();
    // One failed request of two: 50 %, but far too few requests to page anyone.
    await traffic('2026-11-22T14:00:00.000Z', 1, 1);
    await evaluate('2026-11-22T14:00:30.000Z');
    expect(sent()).toEqual([]);
    await traffic('2026-11-22T14:01:00.000Z', 20, 6);
    const fired = await evaluate('2026-11-22T14:01:30.000Z');
    expect(fired.sent).toEqual([{ rule: 'api-errors', type: 'fired' }]);
    await traffic('2026-11-22T14:02:00.000Z', 10, 2);
    await evaluate('2026-11-22T14:02:30.000Z');
    expect(sent()).toEqual(['fired']);
    const [event] = await alerts.listEvents(database().db, {});
    expect(event).toMatchObject({ kind: 'error_rate', symbol: null, resolved_at: null });
    expect(event?.message).toMatch(/7 of 28 requests with a 5xx within 5 min \(25\.0 %/);
    // Healthy traffic: once the failed minutes leave the window, two clear evaluations recover it.
    await traffic('2026-11-22T14:07:00.000Z', 40, 0);
    await evaluate('2026-11-22T14:07:30.000Z');
    await evaluate('2026-11-22T14:07:45.000Z');
    await evaluate('2026-11-22T14:07:50.000Z');
    expect(sent()).toEqual(['fired', 'recovered']);
    expect((await alerts.listEvents(database().db, {}))[0]?.resolved_at).toBe(
      '2026-11-22T14:07:45.000Z',
    );
  });

  it('sends no storm while the error rate flaps around its threshold', async () => {
    await rule();
    const t0 = Date.parse('2026-11-22T15:00:00.000Z');
    for (let i = 0; i < 10; i++) {
      // Traffic 6 minutes apart: each 5-minute window holds one minute, failing every other time.
      const at = new Date(t0 + i * 6 * MINUTE).toISOString();
      await traffic(at, 20, i % 2 === 0 ? 10 : 0);
      await evaluate(new Date(t0 + i * 6 * MINUTE + 30_000).toISOString());
    }
    expect(sent()).toEqual(['fired']);
    expect(await alerts.listEvents(database().db, {})).toHaveLength(1);
  });

  it('refuses error_rate rules without a window or with a percent above 100', async () => {
    await expect(
      alerts.addRule(database().db, { name: 'x', kind: 'error_rate', threshold: 5 }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    await expect(
      alerts.addRule(database().db, {
        name: 'x',
        kind: 'error_rate',
        threshold: 150,
        window_minutes: 5,
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });
});
