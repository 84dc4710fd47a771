import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import * as alerts from '../../src/alerts/alerts.service.js';
import type { RuleInput } from '../../src/alerts/alerts.schema.js';
import { channelsFrom, type RetryPolicy } from '../../src/alerts/channels.js';
import { evaluateAlerts } from '../../src/alerts/evaluate.js';
import { loadConfig } from '../../src/config/config.js';
import { recordRun } from '../../src/etl/runs.repository.js';
import { captureLog } from '../helpers/capture-log.js';
import { describeEachDatabase } from '../helpers/database.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { resetPipeline } from '../helpers/pipeline.js';
import { loadQuotes, quoteSeries } from '../helpers/quotes.js';
import { startReceiver, type Receiver } from '../helpers/receiver.js';
import { query } from '../helpers/sql.js';

const FAST: RetryPolicy = { retries: 2, minTimeoutMs: 5, attemptTimeoutMs: 2_000 };
const HOUR = 3_600_000;

describeEachDatabase('alert evaluation', (database) => {
  let receiver: Receiver;
  const clock = fakeClock('2026-11-22T14:00:00.000Z');

  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });
  beforeEach(async () => {
    await resetPipeline(database());
    await query(database().db, sql`truncate alert_rules, alert_events restart identity cascade`);
    receiver.received.length = 0;
  });

  const evaluate = (at: string, repeatMs = 4 * HOUR) => {
    clock.set(at);
    const config = loadConfig({ ALERT_WEBHOOK_URL: `${receiver.url}/hook` });
    return evaluateAlerts({
      db: database().db,
      channels: channelsFrom(config),
      log: captureLog().log,
      clock,
      context: { defaults: { symbol: 'BTC', convert: 'BRL' }, intervalSeconds: 300 },
      dashboardUrl: 'https://cais.example.com/',
      repeatMs,
      retry: FAST,
    });
  };
  const sent = () =>
    receiver.accepted().map((r) => (r.json as { type: string; rule: { name: string } }).type);
  const rule = (input: Partial<RuleInput> & Pick<RuleInput, 'kind' | 'threshold'>) =>
    alerts.addRule(database().db, { name: `${input.kind}-rule`, ...input });
  const events = () => alerts.listEvents(database().db, {});
  const price = (at: string, value: number) =>
    loadQuotes(database().db, [{ last_updated: at, price: String(value) }]);

  it('fires once when quotes stop, stays quiet, and recovers once when they come back', async () => {
    await loadQuotes(
      database().db,
      quoteSeries('2026-11-22T14:00:00.000Z', 5, 300, (i) => 500_000 + i),
    );
    await rule({ kind: 'stale', threshold: 3 });
    await evaluate('2026-11-22T14:25:00.000Z');
    expect(sent()).toEqual([]);
    const fired = await evaluate('2026-11-22T14:40:00.000Z');
    expect(fired.sent).toEqual([{ rule: 'stale-rule', type: 'fired' }]);
    await evaluate('2026-11-22T14:45:00.000Z');
    await evaluate('2026-11-22T14:50:00.000Z');
    expect(sent()).toEqual(['fired']);
    const [event] = await events();
    // Placed at the last quote before the silence, with its price.
    expect(event).toMatchObject({
      rule_name: 'stale-rule',
      symbol: 'BTC',
      convert: 'BRL',
      trigger_at: '2026-11-22T14:20:00.000Z',
      trigger_value: 500_004,
      fired_at: '2026-11-22T14:40:00.000Z',
      resolved_at: null,
    });
    const body = receiver.accepted()[0]?.json as { dashboard_url: string; text: string };
    expect(body.dashboard_url).toBe(
      'https://cais.example.com/dashboard?symbol=BTC&convert=BRL' +
        '&from=2026-11-22T13%3A20%3A00.000Z&to=2026-11-22T15%3A20%3A00.000Z',
    );
    expect(body.text).toContain('no new BTC/BRL quote for 20 min');

    await price('2026-11-22T14:55:00.000Z', 500_100);
    // One clear evaluation is not enough (recover_after 2 by default).
    await evaluate('2026-11-22T14:56:00.000Z');
    expect(sent()).toEqual(['fired']);
    await evaluate('2026-11-22T14:57:00.000Z');
    await evaluate('2026-11-22T14:58:00.000Z');
    expect(sent()).toEqual(['fired', 'recovered']);
    expect((await events())[0]?.resolved_at).toBe('2026-11-22T14:57:00.000Z');
    expect((await alerts.listRules(database().db))[0]).toMatchObject({
      state: 'ok',
      state_since: '2026-11-22T14:57:00.000Z',
    });
  });

  it('sends no storm while a price flaps around its level', async () => {
    await rule({ kind: 'price_above', threshold: 100, recover_after: 3 });
    const t0 = Date.parse('2026-11-22T15:00:00.000Z');
    for (let i = 0; i < 12; i++) {
      const at = new Date(t0 + i * 300_000).toISOString();
      await price(at, i % 2 === 0 ? 101 : 99);
      await evaluate(at);
    }
    expect(sent()).toEqual(['fired']);
    expect(await events()).toHaveLength(1);
    for (let i = 12; i < 15; i++) {
      const at = new Date(t0 + i * 300_000).toISOString();
      await price(at, 98);
      await evaluate(at);
    }
    expect(sent()).toEqual(['fired', 'recovered']);
    expect((await events())[0]).toMatchObject({
      trigger_at: '2026-11-22T15:00:00.000Z',
      trigger_value: 101,
    });
  });

  it('reminds at most every ALERT_REPEAT while firing', async () => {
    await price('2026-11-22T15:00:00.000Z', 50);
    await rule({ kind: 'price_below', threshold: 60 });
    await evaluate('2026-11-22T15:00:00.000Z', HOUR);
    await evaluate('2026-11-22T15:30:00.000Z', HOUR);
    await evaluate('2026-11-22T16:00:00.000Z', HOUR);
    await evaluate('2026-11-22T16:30:00.000Z', HOUR);
    await evaluate('2026-11-22T17:00:00.000Z', HOUR);
    expect(sent()).toEqual(['fired', 'reminder', 'reminder']);
  });

  it('sends a firing it could not deliver again at the next evaluation', async () => {
    await price('2026-11-22T15:00:00.000Z', 50);
    await rule({ kind: 'price_below', threshold: 60 });
    receiver.queue({ status: 500 }, { status: 500 }, { status: 500 });
    await evaluate('2026-11-22T15:00:00.000Z');
    expect(sent()).toEqual([]);
    await evaluate('2026-11-22T15:05:00.000Z');
    await evaluate('2026-11-22T15:10:00.000Z');
    expect(sent()).toEqual(['reminder']);
  });

  it('fires when the last K runs failed, at the end of the newest', async () => {
    const failed = { status: 'failed', credits: 0, rowsInserted: 0, error: 'boom' } as const;
    const ok = { status: 'succeeded', credits: 1, rowsInserted: 1, error: undefined } as const;
    await rule({ kind: 'failed_runs', threshold: 2 });
    await recordRun(database().db, new Date('2026-11-22T15:00:00Z'), ['BTC'], ok);
    await recordRun(database().db, new Date('2026-11-22T15:05:00Z'), ['BTC'], failed);
    await evaluate('2026-11-22T15:06:00.000Z');
    await recordRun(database().db, new Date('2026-11-22T15:10:00Z'), ['BTC'], failed);
    await evaluate('2026-11-22T15:11:00.000Z');
    expect(sent()).toEqual(['fired']);
    const [event] = await events();
    expect(event).toMatchObject({ symbol: null, trigger_value: null });
    expect(event?.message).toBe('the last 2 extraction runs failed');
  });

  it('fires when the credits left fall below a share of the plan', async () => {
    await rule({ kind: 'credits_low', threshold: 10, plan_credits: 1000 });
    const now = new Date();
    const run = { status: 'succeeded', rowsInserted: 1, error: undefined } as const;
    await recordRun(database().db, now, ['BTC'], { ...run, credits: 850 });
    await evaluate(now.toISOString());
    expect(sent()).toEqual([]);
    await recordRun(database().db, now, ['BTC'], { ...run, credits: 60 });
    await evaluate(new Date(now.getTime() + 1000).toISOString());
    expect(sent()).toEqual(['fired']);
    expect((await events())[0]?.message).toMatch(/^90 of 1,000 CoinMarketCap credits left/);
  });

  it('fires on a move within the window, at the quote that completed it', async () => {
    await rule({ kind: 'price_move', threshold: 5, window_minutes: 30, symbol: 'btc' });
    await loadQuotes(
      database().db,
      quoteSeries('2026-11-22T15:00:00.000Z', 4, 300, () => 100),
    );
    await evaluate('2026-11-22T15:16:00.000Z');
    await price('2026-11-22T15:20:00.000Z', 106);
    await evaluate('2026-11-22T15:21:00.000Z');
    expect(sent()).toEqual(['fired']);
    expect((await events())[0]).toMatchObject({
      trigger_at: '2026-11-22T15:20:00.000Z',
      trigger_value: 106,
    });
  });

  it('sends once when two workers evaluate at the same time', async () => {
    await price('2026-11-22T15:00:00.000Z', 50);
    await rule({ kind: 'price_below', threshold: 60 });
    const [a, b] = await Promise.all([
      evaluate('2026-11-22T15:00:00.000Z'),
      evaluate('2026-11-22T15:00:00.000Z'),
    ]);
    expect(sent()).toEqual(['fired']);
    expect(a.sent.length + b.sent.length).toBe(1);
    expect(await events()).toHaveLength(1);
  });
});
