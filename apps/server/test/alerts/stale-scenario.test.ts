import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import * as alerts from '../../src/alerts/alerts.service.js';
import { loadConfig } from '../../src/config/config.js';
import { openPipeline, type Pipeline } from '../../src/etl/pipeline.js';
import { captureLog } from '../helpers/capture-log.js';
import { describeEachDatabase } from '../helpers/database.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { API_KEY, startFakeCmc, type FakeCmc } from '../helpers/fake-cmc.js';
import { resetPipeline, tempLake } from '../helpers/pipeline.js';
import { startReceiver, type Receiver } from '../helpers/receiver.js';
import { query } from '../helpers/sql.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';

/**
 * The "done when": a Slack or Telegram webhook is set, the CoinMarketCap source stops,
 * and the person gets one "stale" message; it comes back, and they get one "recovered".
 */
describeEachDatabase('a stopped source, end to end', (database) => {
  let cmc: FakeCmc;
  let proxy: TcpProxy;
  let receiver: Receiver;
  let lake: Awaited<ReturnType<typeof tempLake>>;

  beforeAll(async () => {
    cmc = await startFakeCmc();
    const port = Number(new URL(cmc.url).port);
    proxy = new TcpProxy('127.0.0.1', port);
    await proxy.start();
    receiver = await startReceiver();
    lake = await tempLake();
  });
  afterAll(async () => {
    await proxy.cut();
    await cmc.close();
    await receiver.close();
    await lake.remove();
  });
  beforeEach(async () => {
    await resetPipeline(database());
    await query(database().db, sql`truncate alert_rules, alert_events restart identity cascade`);
    receiver.received.length = 0;
  });

  async function scenario(env: Record<string, string>) {
    const clock = fakeClock('2026-11-22T14:00:00.000Z');
    const config = loadConfig({
      CMC_API_KEY: API_KEY,
      CMC_BASE_URL: `http://127.0.0.1:${proxy.port}`,
      LAKE_URL: lake.dir,
      DASHBOARD_URL: 'https://cais.example.com',
      ...env,
    });
    const pipeline: Pipeline = await openPipeline({
      config,
      log: captureLog().log,
      database: database(),
      clock,
    });
    // What each tick of the schedule does: a run, then the rules.
    const tick = async (at: string) => {
      clock.set(at);
      cmc.market = {
        lastUpdated: new Date(Date.parse(at) - 60_000).toISOString(),
        prices: { BTC: 500_000 },
      };
      await pipeline.run();
      clock.set(at);
      return pipeline.evaluateAlerts();
    };
    let down = false;
    try {
      await alerts.addRule(database().db, { name: 'btc-stale', kind: 'stale', threshold: 2 });
      await tick('2026-11-22T14:05:00.000Z');
      await tick('2026-11-22T14:10:00.000Z');
      await proxy.cut();
      down = true;
      for (const at of ['14:15', '14:20', '14:25', '14:30']) await tick(`2026-11-22T${at}:00.000Z`);
      const whileDown = receiver.accepted().length;
      await proxy.start();
      down = false;
      await tick('2026-11-22T14:35:00.000Z');
      await tick('2026-11-22T14:40:00.000Z');
      await tick('2026-11-22T14:45:00.000Z');
      return { whileDown, events: await alerts.listEvents(database().db, {}) };
    } finally {
      if (down) await proxy.start();
      await pipeline.close();
    }
  }

  // Eight runs and evaluations on a loaded machine.
  const SLOW = 120_000;

  it('sends one "stale" and one "recovered" message to Slack', { timeout: SLOW }, async () => {
    const { whileDown, events } = await scenario({
      ALERT_SLACK_WEBHOOK_URL: `${receiver.url}/services/T0/B0/x`,
    });
    const texts = receiver.accepted().map((r) => (r.json as { text: string }).text);
    expect(whileDown).toBe(1);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toMatch(/^\*\[cais\] FIRING: btc-stale\*\nno new BTC\/BRL quote for 11 min/);
    expect(texts[0]).toContain('<https://cais.example.com/dashboard?symbol=BTC&convert=BRL&from=');
    expect(texts[1]).toMatch(/^\*\[cais\] RECOVERED: btc-stale\*/);
    expect(events).toMatchObject([
      {
        trigger_at: '2026-11-22T14:09:00.000Z',
        fired_at: '2026-11-22T14:20:00.000Z',
        resolved_at: '2026-11-22T14:40:00.000Z',
      },
    ]);
  });

  it('sends one "stale" and one "recovered" message to Telegram', { timeout: SLOW }, async () => {
    await scenario({
      ALERT_TELEGRAM_BOT_TOKEN: '123456:test-token',
      ALERT_TELEGRAM_CHAT_ID: '-100200300',
      ALERT_TELEGRAM_API_URL: receiver.url,
    });
    const sent = receiver.accepted().map((r) => r.json as { chat_id: string; text: string });
    expect(sent.map((m) => m.text.split('\n')[0])).toEqual([
      '[cais] FIRING: btc-stale',
      '[cais] RECOVERED: btc-stale (fired at 2026-11-22T14:20:00.000Z)',
    ]);
    expect(sent.every((m) => m.chat_id === '-100200300')).toBe(true);
  });
});
