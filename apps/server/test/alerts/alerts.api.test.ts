import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { AlertEvent, Rule, TestResult } from '../../src/alerts/alerts.schema.js';
import { createToken } from '../../src/team/tokens.service.js';
import { addUser } from '../../src/team/users.service.js';
import { buildTestApp } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';
import { resetPipeline } from '../helpers/pipeline.js';
import { loadQuotes } from '../helpers/quotes.js';
import { startReceiver, type Receiver } from '../helpers/receiver.js';
import { query } from '../helpers/sql.js';

const PASSWORD = 'correct horse battery';
const SLACK_PATH = '/services/T000/B000/very-secret-path';

describeEachDatabase('alert routes', (database) => {
  let app: FastifyInstance;
  let receiver: Receiver;
  const as: Record<'viewer' | 'editor', { authorization: string }> = {
    viewer: { authorization: '' },
    editor: { authorization: '' },
  };

  beforeAll(async () => {
    receiver = await startReceiver();
    app = await buildTestApp(database(), {
      ALERT_SLACK_WEBHOOK_URL: `${receiver.url}${SLACK_PATH}`,
      DASHBOARD_URL: 'https://cais.example.com',
    });
    await query(database().db, sql`truncate users restart identity cascade`);
    for (const role of ['viewer', 'editor'] as const) {
      const user = await addUser(database().db, { username: role, password: PASSWORD, role });
      const { token } = await createToken(database().db, user.id, { name: 'test', days: 1 });
      as[role] = { authorization: `Bearer ${token}` };
    }
  });
  afterAll(async () => {
    await app.close();
    await receiver.close();
  });
  beforeEach(async () => {
    await resetPipeline(database());
    await query(database().db, sql`truncate alert_rules, alert_events restart identity cascade`);
    receiver.received.length = 0;
  });

  const add = (payload: unknown, headers = as.editor) =>
    app.inject({ method: 'POST', url: '/alerts/rules', payload: payload as object, headers });
  const stale = { name: 'btc-stale', kind: 'stale', threshold: 3 };

  it('adds, lists and removes rules', async () => {
    const created = await add({ ...stale, symbol: 'btc', recover_after: 3 });
    expect(created.statusCode).toBe(201);
    expect(created.json<Rule>()).toMatchObject({
      id: 1,
      name: 'btc-stale',
      kind: 'stale',
      symbol: 'BTC',
      convert: null,
      threshold: 3,
      fire_after: 1,
      recover_after: 3,
      enabled: true,
      state: 'ok',
      evaluated_at: null,
    });
    const list = await app.inject({ url: '/alerts/rules', headers: as.viewer });
    expect(list.json<Rule[]>().map((r) => r.name)).toEqual(['btc-stale']);
    const removed = await app.inject({
      method: 'DELETE',
      url: '/alerts/rules/1',
      headers: as.editor,
    });
    expect(removed.statusCode).toBe(204);
    expect((await app.inject({ url: '/alerts/rules', headers: as.viewer })).json()).toEqual([]);
    const again = await app.inject({
      method: 'DELETE',
      url: '/alerts/rules/1',
      headers: as.editor,
    });
    expect(again.statusCode).toBe(404);
  });

  it('needs an editor to change rules and someone signed in to read them', async () => {
    expect((await add(stale, as.viewer)).statusCode).toBe(403);
    expect((await add(stale, { authorization: '' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/alerts/rules' })).statusCode).toBe(401);
    expect((await app.inject({ url: '/alerts/rules', headers: as.viewer })).json()).toEqual([]);
  });

  it.each([
    [{ ...stale, threshold: 0 }, 'threshold'],
    [{ ...stale, kind: 'failed_runs', threshold: 2.5 }, 'threshold'],
    [{ ...stale, kind: 'credits_low', threshold: 10 }, 'plan_credits'],
    [{ ...stale, kind: 'credits_low', threshold: 120, plan_credits: 10_000 }, 'threshold'],
    [{ ...stale, kind: 'price_move', threshold: 5 }, 'window_minutes'],
    [{ ...stale, window_minutes: 30 }, 'window_minutes'],
    [{ ...stale, kind: 'failed_runs', threshold: 2, symbol: 'BTC' }, 'symbol'],
    [{ ...stale, kind: 'error_rate' }, 'window_minutes'],
    [{ ...stale, kind: 'error_rate', threshold: 101, window_minutes: 5 }, 'threshold'],
    [{ ...stale, min_requests: 20 }, 'min_requests'],
    [{ ...stale, kind: 'error_rates' }, 'kind'],
    [{ ...stale, symbol: 'BTC USD' }, 'symbol'],
    [{ ...stale, name: '' }, 'name'],
    [{ ...stale, webhook: 'https://x' }, 'they have: name, kind, symbol'],
  ])('refuses %j, naming %s, and stores nothing', async (payload, field) => {
    const response = await add(payload);
    expect(response.statusCode).toBe(422);
    expect(JSON.stringify(response.json())).toContain(field);
    expect((await app.inject({ url: '/alerts/rules', headers: as.viewer })).json()).toEqual([]);
  });

  it('refuses a second rule of the same name with 409', async () => {
    expect((await add(stale)).statusCode).toBe(201);
    const second = await add({ ...stale, threshold: 5 });
    expect(second.statusCode).toBe(409);
    expect(second.json<{ detail: string }>().detail).toContain('btc-stale');
  });

  it('replaces a rule, refusing a taken name, and closes the event of a rule disabled while firing', async () => {
    await add(stale);
    await add({ name: 'api-errors', kind: 'error_rate', threshold: 5, window_minutes: 15 });
    const put = (id: number, payload: object, headers = as.editor) =>
      app.inject({ method: 'PUT', url: `/alerts/rules/${id}`, payload, headers });
    const edited = await put(2, {
      name: 'api-errors',
      kind: 'error_rate',
      threshold: 2,
      window_minutes: 30,
      min_requests: 100,
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<Rule>()).toMatchObject({
      id: 2,
      threshold: 2,
      window_minutes: 30,
      min_requests: 100,
      enabled: true,
    });
    expect((await put(2, { ...stale, name: 'btc-stale' })).statusCode).toBe(409);
    expect((await put(9, stale)).statusCode).toBe(404);
    expect((await put(1, stale, as.viewer)).statusCode).toBe(403);
    expect((await put(1, { ...stale, threshold: -1 })).statusCode).toBe(422);

    await query(database().db, sql`update alert_rules set state = 'firing' where id = 1`);
    await query(
      database().db,
      sql`insert into alert_events (rule_id, fired_at, trigger_at, message)
          values (1, now(), now(), 'stale')`,
    );
    const disabled = await put(1, { ...stale, enabled: false });
    expect(disabled.json<Rule>()).toMatchObject({ enabled: false, state: 'ok' });
    const open = await app.inject({ url: '/alerts/events?open=true' });
    expect(open.json()).toEqual([]);
  });

  it('sends a sample to the configured channel, never showing its URL', async () => {
    await loadQuotes(database().db, [{ last_updated: '2026-11-22T14:00:00.000Z', price: '100' }]);
    await add({ name: 'btc-high', kind: 'price_above', threshold: 90 });
    const response = await app.inject({
      method: 'POST',
      url: '/alerts/rules/1/test',
      headers: as.editor,
    });
    expect(response.json<TestResult>()).toEqual({
      channels: [{ channel: 'slack', ok: true, error: null }],
    });
    const text = (receiver.received[0]?.json as { text: string }).text;
    expect(text).toContain('*[cais] TEST: btc-high*');
    expect(text).toContain('BTC/BRL at 100');
    expect(text).toContain('https://cais.example.com/dashboard?symbol=BTC&convert=BRL&from=');
    const rules = await app.inject({ url: '/alerts/rules', headers: as.viewer });
    expect(rules.body).not.toContain(SLACK_PATH);
    expect(rules.json<Rule[]>()[0]?.state).toBe('ok');
    expect((await app.inject({ url: '/openapi.json' })).body).not.toContain(SLACK_PATH);
  });

  it('lists events for the chart by time and coin, and the open ones', async () => {
    await add(stale);
    await add({ name: 'runs', kind: 'failed_runs', threshold: 2 });
    const insert = (rule: number, symbol: string | null, at: string, resolved: string | null) =>
      query(
        database().db,
        sql`insert into alert_events (rule_id, symbol, convert, fired_at, trigger_at, trigger_value, message, resolved_at)
            values (${rule}, ${symbol}, ${symbol && 'BRL'}, ${at}::timestamptz, ${at}::timestamptz, 1, 'x', ${resolved}::timestamptz)`,
      );
    await insert(1, 'BTC', '2026-11-22T10:00:00Z', '2026-11-22T11:00:00Z');
    await insert(1, 'ETH', '2026-11-22T12:00:00Z', null);
    await insert(2, null, '2026-11-22T13:00:00Z', null);
    const events = async (q: string) =>
      (await app.inject({ url: `/alerts/events${q}` })).json<AlertEvent[]>().map((e) => e.id);
    expect(await events('')).toEqual([3, 2, 1]);
    expect(await events('?symbol=btc&convert=BRL')).toEqual([3, 1]);
    expect(await events('?open=true')).toEqual([3, 2]);
    expect(await events('?from=2026-11-22T11:00:00Z&to=2026-11-22T12:30:00Z')).toEqual([2]);
    const bad = await app.inject({
      url: '/alerts/events?from=2026-11-23T00:00:00Z&to=2026-11-22T00:00:00Z',
    });
    expect(bad.statusCode).toBe(422);
    expect((await app.inject({ url: '/alerts/events?limit=0' })).statusCode).toBe(422);
  });
});
