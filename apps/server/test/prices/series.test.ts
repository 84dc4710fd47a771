import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { planBuckets } from '../../src/prices/buckets.js';
import type { Series } from '../../src/prices/price.schema.js';
import { buildTestApp } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';
import { resetPipeline } from '../helpers/pipeline.js';
import { loadQuotes, quoteSeries } from '../helpers/quotes.js';

describe('bucket plan', () => {
  const at = (iso: string) => new Date(iso);

  it('gives buckets of whole seconds, at least one, never more than points', () => {
    expect(
      planBuckets(at('2026-01-01T00:00:00Z'), at('2026-01-01T00:00:10Z'), 3).widthSeconds,
    ).toBe(4);
    expect(
      planBuckets(at('2026-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z'), 1000).widthSeconds,
    ).toBe(1);
    expect(
      planBuckets(at('2026-01-01T00:00:00Z'), at('2026-01-01T00:00:00.500Z'), 1).widthSeconds,
    ).toBe(1);
  });

  it('reads the coarsest rollup no wider than a bucket, and the quotes for short ranges', () => {
    const year = planBuckets(at('2025-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z'), 1000);
    expect(year.widthSeconds).toBe(31_536);
    expect(year.source).toBe('rollup_3h');
    expect(planBuckets(at('2021-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z'), 1000).source).toBe(
      'rollup_1d',
    );
    expect(planBuckets(at('2026-01-01T00:00:00Z'), at('2026-01-08T00:00:00Z'), 1000).source).toBe(
      'quotes',
    );
    expect(planBuckets(at('2026-01-01T00:00:00Z'), at('2026-02-15T00:00:00Z'), 1000).source).toBe(
      'rollup_1h',
    );
  });

  it('keeps the partial rollup buckets at the edges for the quotes', () => {
    const plan = planBuckets(at('2026-01-01T00:30:00Z'), at('2026-03-01T05:10:00Z'), 100);
    expect(plan.source).toBe('rollup_3h');
    expect(plan.rollup?.start.toISOString()).toBe('2026-01-01T03:00:00.000Z');
    expect(plan.rollup?.end.toISOString()).toBe('2026-03-01T03:00:00.000Z');
    // One bucket an hour wide but not one whole rollup hour inside: the quotes answer.
    expect(planBuckets(at('2026-01-01T00:30:00Z'), at('2026-01-01T01:20:00Z'), 1).source).toBe(
      'quotes',
    );
  });
});

describeEachDatabase('GET /prices/series', (database) => {
  let app: FastifyInstance;
  const series = async (params: Record<string, string | number>) => {
    const search = new URLSearchParams(
      Object.entries(params).map(([k, v]): [string, string] => [k, String(v)]),
    ).toString();
    return app.inject({ url: `/prices/series?${search}` });
  };

  beforeAll(async () => {
    app = await buildTestApp(database(), { ETL_SYMBOLS: 'BTC,ETH', ETL_CONVERT: 'BRL' });
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await resetPipeline(database());
  });

  it('puts a quote at exactly from in the first bucket and one at exactly to in the last', async () => {
    // Ten quotes a minute apart, prices 100..109.
    await loadQuotes(
      database().db,
      quoteSeries('2026-05-01T10:00:00Z', 10, 60, (i) => 100 + i),
    );
    const response = await series({
      from: '2026-05-01T10:00:00Z',
      to: '2026-05-01T10:09:00Z',
      points: 3,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<Series>();
    // 540 s / 3 = 180 s: [0,3) [3,6) [6,9) minutes, and 10:09 (exactly to) joins the last.
    expect(body).toMatchObject({
      symbol: 'BTC',
      convert: 'BRL',
      from: '2026-05-01T10:00:00.000Z',
      to: '2026-05-01T10:09:00.000Z',
      bucket_seconds: 180,
      source: 'quotes',
    });
    expect(body.buckets).toEqual([
      { time: '2026-05-01T10:00:00.000Z', open: 100, high: 102, low: 100, close: 102, count: 3 },
      { time: '2026-05-01T10:03:00.000Z', open: 103, high: 105, low: 103, close: 105, count: 3 },
      { time: '2026-05-01T10:06:00.000Z', open: 106, high: 109, low: 106, close: 109, count: 4 },
    ]);
  });

  it('with points=1 returns one bucket summing the whole range', async () => {
    await loadQuotes(
      database().db,
      quoteSeries('2026-05-01T10:00:00Z', 10, 60, (i) => [5, 9, 1, 7][i % 4] ?? 0),
    );
    const body = (await series({ points: 1 })).json<Series>();
    expect(body.bucket_seconds).toBe(540);
    expect(body.buckets).toEqual([
      { time: '2026-05-01T10:00:00.000Z', open: 5, high: 9, low: 1, close: 9, count: 10 },
    ]);
  });

  it('with a range shorter than points gives one-second buckets, only the non-empty ones', async () => {
    await loadQuotes(
      database().db,
      quoteSeries('2026-05-01T10:00:00Z', 3, 2, (i) => 10 + i),
    );
    const body = (
      await series({ from: '2026-05-01T10:00:00Z', to: '2026-05-01T10:00:05Z', points: 1000 })
    ).json<Series>();
    expect(body.bucket_seconds).toBe(1);
    expect(body.buckets.map((b) => [b.time, b.close])).toEqual([
      ['2026-05-01T10:00:00.000Z', 10],
      ['2026-05-01T10:00:02.000Z', 11],
      ['2026-05-01T10:00:04.000Z', 12],
    ]);
  });

  it('defaults to the whole series; one row gives one bucket', async () => {
    await loadQuotes(database().db, [{ last_updated: '2026-05-01T10:00:00.000Z', price: '42.5' }]);
    const body = (await series({})).json<Series>();
    expect(body).toMatchObject({
      from: '2026-05-01T10:00:00.000Z',
      to: '2026-05-01T10:00:00.000Z',
      bucket_seconds: 1,
      buckets: [
        {
          time: '2026-05-01T10:00:00.000Z',
          open: 42.5,
          high: 42.5,
          low: 42.5,
          close: 42.5,
          count: 1,
        },
      ],
    });
  });

  it('leaves gaps out: only buckets with quotes come back', async () => {
    await loadQuotes(database().db, [
      ...quoteSeries('2026-05-01T10:00:00Z', 3, 300, () => 1),
      ...quoteSeries('2026-05-01T12:00:00Z', 3, 300, () => 2),
    ]);
    const body = (await series({ points: 100 })).json<Series>();
    expect(body.bucket_seconds).toBe(78); // 7,800 s / 100
    expect(body.buckets).toHaveLength(6);
    expect(body.buckets.every((b) => b.count === 1)).toBe(true);
  });

  it('reads from and to with offsets, answering in UTC', async () => {
    await loadQuotes(
      database().db,
      quoteSeries('2026-05-01T10:00:00Z', 10, 60, (i) => 100 + i),
    );
    const body = (
      await series({
        from: '2026-05-01T13:02:00+03:00',
        to: '2026-05-01T07:05:00-03:00',
        points: 10,
      })
    ).json<Series>();
    expect(body.from).toBe('2026-05-01T10:02:00.000Z');
    expect(body.to).toBe('2026-05-01T10:05:00.000Z');
    expect(body.buckets.map((b) => b.open)).toEqual([102, 103, 104, 105]);
  });

  it('answers an empty range with no buckets, and a range with a bound past the data too', async () => {
    await loadQuotes(
      database().db,
      quoteSeries('2026-05-01T10:00:00Z', 10, 60, (i) => 100 + i),
    );
    const empty = (
      await series({ from: '2026-04-01T00:00:00Z', to: '2026-04-02T00:00:00Z' })
    ).json<Series>();
    expect(empty.buckets).toEqual([]);
    const after = await series({ from: '2026-06-01T00:00:00Z' });
    expect(after.statusCode).toBe(200);
    expect(after.json<Series>()).toMatchObject({ to: '2026-06-01T00:00:00.000Z', buckets: [] });
  });

  it('upper-cases symbol and currency and answers 404 for a series without quotes', async () => {
    await loadQuotes(
      database().db,
      quoteSeries('2026-05-01T10:00:00Z', 2, 60, () => 1),
    );
    expect((await series({ symbol: 'btc', convert: 'brl' })).statusCode).toBe(200);
    const unknown = await series({ symbol: 'DOGE' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(unknown.json<{ detail: string }>().detail).toMatch(/No DOGE quote in BRL.*cais etl/);
  });

  it('refuses a reversed range and bad points with 422 naming the field', async () => {
    const reversed = await series({ from: '2026-05-02T00:00:00Z', to: '2026-05-01T00:00:00Z' });
    expect(reversed.statusCode).toBe(422);
    expect(reversed.json<{ errors: { field: string }[] }>().errors).toEqual([
      { field: 'from', message: 'must not be after to' },
    ]);
    for (const points of [0, 5001, 'many', 1.5]) {
      const bad = await series({ points });
      expect(bad.statusCode, String(points)).toBe(422);
      expect(bad.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('points');
    }
    const badTime = await series({ from: 'yesterday' });
    expect(badTime.json<{ errors: { field: string }[] }>().errors[0]?.field).toBe('from');
    const badSymbol = await series({ symbol: 'BT C' });
    expect(badSymbol.statusCode).toBe(422);
  });

  it('answers from a rollup with the same extremes, counts and ends as the quotes', async () => {
    // Two weeks of 5-minute quotes, a wave with a spike, from a time off the rollup grid.
    const prices = (i: number) =>
      Math.round((1000 + 200 * Math.sin(i / 50) + (i === 1234 ? 900 : 0)) * 100) / 100;
    await loadQuotes(database().db, quoteSeries('2026-05-01T10:07:00Z', 4032, 300, prices));
    const range = { from: '2026-05-01T10:07:00Z', to: '2026-05-15T10:02:00Z' };
    const rolled = (await series({ ...range, points: 50 })).json<Series>();
    expect(rolled.source).toBe('rollup_3h');
    const raw = (await series({ ...range, points: 5000 })).json<Series>();
    expect(raw.source).toBe('quotes');
    const all = Array.from({ length: 4032 }, (_, i) => prices(i));
    for (const body of [rolled, raw]) {
      expect(Math.max(...body.buckets.map((b) => b.high))).toBe(Math.max(...all));
      expect(Math.min(...body.buckets.map((b) => b.low))).toBe(Math.min(...all));
      expect(body.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(4032);
      expect(body.buckets[0]?.open).toBe(all[0]);
      expect(body.buckets.at(-1)?.close).toBe(all.at(-1));
    }
    expect(rolled.buckets.length).toBeLessThanOrEqual(50);
  });
});
