import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Latest } from '../../src/prices/price.schema.js';
import { buildTestApp } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';
import { resetPipeline } from '../helpers/pipeline.js';
import { loadQuotes } from '../helpers/quotes.js';

/** The read routes at the edges of doubles and of time: an answer, never a 500. */

const READ_ROUTES = [
  '/prices/markets',
  '/prices/latest',
  '/prices/series',
  '/prices/rows',
  '/prices/rows?sort=price',
  '/prices/rows.csv',
  '/pipeline/runs',
  '/pipeline/health',
];

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describeEachDatabase('read routes at numeric and time edges', (database) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await resetPipeline(database());
  });

  it('gives no change percentage when it overflows a double (previous price 5e-324)', async () => {
    await loadQuotes(database().db, [
      { last_updated: minutesAgo(6), price: '5e-324' },
      { last_updated: minutesAgo(1), price: '1000' },
    ]);
    const response = await app.inject({ url: '/prices/latest' });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json<Latest>()).toMatchObject({
      price: 1000,
      previous_price: 5e-324,
      change: 1000,
      change_percent: null,
    });
  });

  it.each([
    ['the smallest and largest doubles', '5e-324', '1.7976931348623157e308'],
    ['the largest double before the smallest', '1.7976931348623157e308', '5e-324'],
    ['tiny prices', '2.2250738585072014e-308', '4.9e-324'],
  ])('answers every read route with %s stored', async (_name, older, newer) => {
    await loadQuotes(database().db, [
      {
        last_updated: minutesAgo(6),
        price: older,
        volume_24h: '1.7976931348623157e308',
        market_cap: '5e-324',
        percent_change_24h: '-1.7976931348623157e308',
      },
      { last_updated: minutesAgo(1), price: newer, percent_change_1h: '5e-324' },
    ]);
    for (const url of READ_ROUTES) {
      const response = await app.inject({ url });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    }
    const latest = (await app.inject({ url: '/prices/latest' })).json<Latest>();
    for (const value of [latest.change, latest.change_percent]) {
      expect(value === null || Number.isFinite(value)).toBe(true);
    }
  });

  it.each([
    ['year 0', 'from=0000-01-01T00:00:00Z', 'from'],
    ['an offset that leaves year 1', 'from=0001-01-01T00:30:00%2B01:00', 'from'],
    ['an offset past year 9999', 'to=9999-12-31T23:59:59-23:59', 'to'],
    ['a leap second', 'to=2026-06-30T23:59:60Z', 'to'],
  ])('refuses a time at %s with 422 on every route that takes one', async (_name, query, field) => {
    await loadQuotes(database().db, [{ last_updated: minutesAgo(1), price: '1' }]);
    for (const route of ['/prices/series', '/prices/rows.csv', '/pipeline/health']) {
      const response = await app.inject({ url: `${route}?${query}` });
      expect(response.statusCode, `${route}?${query}: ${response.body}`).toBe(422);
      expect(response.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe(field);
    }
  });

  it('serves the widest range the format allows', async () => {
    await loadQuotes(database().db, [{ last_updated: minutesAgo(1), price: '1' }]);
    const range = 'from=0001-01-01T00:00:00Z&to=9999-12-31T23:59:59.999Z';
    for (const route of ['/prices/series', '/prices/rows.csv', '/pipeline/health']) {
      const response = await app.inject({ url: `${route}?${range}` });
      expect(response.statusCode, `${route}: ${response.body}`).toBe(200);
    }
  });
});
