import type { FastifyInstance } from 'fastify';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, expect, it } from 'vitest';
import type { Latest, Market, QuoteRowOut } from '../../src/prices/price.schema.js';
import { exportCsv, type Prices } from '../../src/prices/prices.service.js';
import { buildTestApp } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';
import { resetPipeline } from '../helpers/pipeline.js';
import { loadQuotes, quoteSeries } from '../helpers/quotes.js';

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString();

describeEachDatabase('price routes', (database) => {
  let app: FastifyInstance;

  beforeAll(async () => {
    app = await buildTestApp(database(), { ETL_SYMBOLS: 'BTC,ETH', ETL_CONVERT: 'BRL' });
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await resetPipeline(database());
  });

  it('lists no market when there is no quote, then every series with its size and span', async () => {
    expect((await app.inject({ url: '/prices/markets' })).json()).toEqual([]);
    await loadQuotes(database().db, [
      ...quoteSeries('2026-05-01T10:00:00Z', 3, 300, () => 1),
      ...quoteSeries('2026-05-02T10:00:00Z', 2, 300, () => 1, { symbol: 'ETH', cmc_id: 1027 }),
      ...quoteSeries('2026-05-03T10:00:00Z', 1, 300, () => 1, { convert: 'USD' }),
    ]);
    expect((await app.inject({ url: '/prices/markets' })).json<Market[]>()).toEqual([
      {
        symbol: 'BTC',
        convert: 'BRL',
        rows: 3,
        first: '2026-05-01T10:00:00.000Z',
        last: '2026-05-01T10:10:00.000Z',
      },
      {
        symbol: 'BTC',
        convert: 'USD',
        rows: 1,
        first: '2026-05-03T10:00:00.000Z',
        last: '2026-05-03T10:00:00.000Z',
      },
      {
        symbol: 'ETH',
        convert: 'BRL',
        rows: 2,
        first: '2026-05-02T10:00:00.000Z',
        last: '2026-05-02T10:05:00.000Z',
      },
    ]);
  });

  it('gives the newest price with its change since the previous reading and its freshness', async () => {
    await loadQuotes(database().db, [
      { last_updated: minutesAgo(10), price: '400000' },
      { last_updated: minutesAgo(5), price: '410000' },
      { last_updated: minutesAgo(1), price: '405000.5', volume_24h: '123.25', market_cap: null },
    ]);
    const response = await app.inject({ url: '/prices/latest' });
    expect(response.statusCode).toBe(200);
    const latest = response.json<Latest>();
    expect(latest).toMatchObject({
      symbol: 'BTC',
      convert: 'BRL',
      price: 405000.5,
      previous_price: 410000,
      change: -4999.5,
      percent_change_24h: -1.05,
      volume_24h: 123.25,
      market_cap: null,
      interval_seconds: 300,
      stale: false,
    });
    expect(latest.change_percent).toBeCloseTo(-1.2194, 4);
    expect(latest.age_seconds).toBeGreaterThanOrEqual(59);
    expect(latest.age_seconds).toBeLessThan(120);
    expect(Date.parse(latest.last_updated) - Date.parse(latest.previous_updated ?? '')).toBe(
      240_000,
    );
  });

  it('marks a quote older than two schedule intervals stale, after the schedule', async () => {
    await loadQuotes(database().db, [{ last_updated: minutesAgo(11), price: '1' }]);
    const latest = (await app.inject({ url: '/prices/latest' })).json<Latest>();
    expect(latest).toMatchObject({
      stale: true,
      previous_price: null,
      change: null,
      change_percent: null,
    });
    const hourly = await buildTestApp(database(), { ETL_SCHEDULE: '0 * * * *' });
    const relaxed = (await hourly.inject({ url: '/prices/latest' })).json<Latest>();
    expect(relaxed).toMatchObject({ interval_seconds: 3600, stale: false });
    await hourly.close();
  });

  it('answers 404 saying how to start the pipeline when the series has no quote', async () => {
    const response = await app.inject({ url: '/prices/latest?symbol=eth' });
    expect(response.statusCode).toBe(404);
    expect(response.json<{ detail: string }>().detail).toMatch(
      /^No ETH quote in BRL yet: start the pipeline.*CMC_API_KEY.*cais db seed --quotes/,
    );
  });

  it('pages the rows, newest first by default, with the total in X-Total-Count', async () => {
    await loadQuotes(
      database().db,
      quoteSeries('2026-05-01T10:00:00Z', 7, 300, (i) => [5, 3, 9, 1, 7, 2, 8][i] ?? 0),
    );
    await loadQuotes(
      database().db,
      quoteSeries('2026-05-01T10:00:00Z', 4, 300, () => 1, { symbol: 'ETH' }),
    );
    const first = await app.inject({ url: '/prices/rows?limit=3' });
    expect(first.statusCode).toBe(200);
    expect(first.headers['x-total-count']).toBe('7');
    expect(first.headers['content-range']).toBe('items 0-2/7');
    expect(first.headers.link).toContain('rel="next"');
    const rows = first.json<QuoteRowOut[]>();
    expect(rows.map((r) => r.last_updated)).toEqual([
      '2026-05-01T10:30:00.000Z',
      '2026-05-01T10:25:00.000Z',
      '2026-05-01T10:20:00.000Z',
    ]);
    expect(rows[0]).toEqual({
      symbol: 'BTC',
      convert: 'BRL',
      last_updated: '2026-05-01T10:30:00.000Z',
      price: 8,
      volume_24h: 201234567890.12,
      market_cap: 10221234567890.1,
      percent_change_1h: 0.12,
      percent_change_24h: -1.05,
      percent_change_7d: 4.2,
      inserted_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) as string,
    });
    const byPrice = await app.inject({ url: '/prices/rows?sort=price&offset=2&limit=3' });
    expect(byPrice.json<QuoteRowOut[]>().map((r) => r.price)).toEqual([3, 5, 7]);
    const eth = await app.inject({ url: '/prices/rows?symbol=ETH&sort=-last_updated' });
    expect(eth.headers['x-total-count']).toBe('4');
    const none = await app.inject({ url: '/prices/rows?symbol=DOGE' });
    expect(none.json()).toEqual([]);
    expect(none.headers['x-total-count']).toBe('0');
  });

  it('refuses unknown sorts and out-of-range pages with 422 naming the field', async () => {
    for (const [query, field] of [
      ['sort=name', 'sort'],
      ['limit=0', 'limit'],
      ['limit=1001', 'limit'],
      ['offset=-1', 'offset'],
    ] as const) {
      const response = await app.inject({ url: `/prices/rows?${query}` });
      expect(response.statusCode, query).toBe(422);
      expect(response.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe(field);
    }
  });

  it('downloads a series as CSV, oldest first, decimals exactly as stored', async () => {
    await loadQuotes(database().db, [
      { last_updated: '2026-05-01T10:05:00.000Z', price: '512345.678901234567', market_cap: null },
      { last_updated: '2026-05-01T10:00:00.000Z', price: '0.000000123456789' },
      { last_updated: '2026-05-01T10:10:00.000Z', price: '3', symbol: 'ETH' },
    ]);
    const response = await app.inject({ url: '/prices/rows.csv?symbol=btc' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="cais-BTC-BRL.csv"');
    const lines = response.body.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'symbol,convert,last_updated,price,volume_24h,market_cap,percent_change_1h,percent_change_24h,percent_change_7d,circulating_supply,inserted_at',
    );
    const records: Record<string, string>[] = parse(response.body, { columns: true });
    expect(records.map((r) => [r.last_updated, r.price, r.market_cap])).toEqual([
      ['2026-05-01T10:00:00.000Z', '0.000000123456789', '10221234567890.1'],
      ['2026-05-01T10:05:00.000Z', '512345.678901234567', ''],
    ]);
    const ranged = await app.inject({
      url: '/prices/rows.csv?from=2026-05-01T10:01:00Z&to=2026-05-01T10:05:00Z',
    });
    expect(ranged.body.trimEnd().split('\n')).toHaveLength(2);
    expect((await app.inject({ url: '/prices/rows.csv?symbol=DOGE' })).statusCode).toBe(404);
    expect(
      (
        await app.inject({
          url: '/prices/rows.csv?from=2026-05-02T00:00:00Z&to=2026-05-01T00:00:00Z',
        })
      ).statusCode,
    ).toBe(422);
  });

  it('exports in keyset batches that together give every row once, in order', async () => {
    await loadQuotes(
      database().db,
      // Sub-second times: the cursor must not lose or repeat a row between batches.
      Array.from({ length: 10 }, (_, i) => ({
        last_updated: new Date(Date.UTC(2026, 4, 1, 10, 0, 0) + i * 1500 + (i % 3)).toISOString(),
        price: String(i),
      })),
    );
    const prices: Prices = {
      db: database().db,
      defaults: { symbol: 'BTC', convert: 'BRL' },
      intervalSeconds: 300,
      now: () => new Date(),
    };
    const read = async (batch: number) => {
      const { lines } = await exportCsv(prices, {}, batch);
      let text = '';
      for await (const chunk of lines) text += chunk;
      return text;
    };
    const whole = await read(5_000);
    expect(whole.trimEnd().split('\n')).toHaveLength(11);
    expect(await read(3)).toBe(whole);
    expect(await read(5)).toBe(whole);
  });
});
