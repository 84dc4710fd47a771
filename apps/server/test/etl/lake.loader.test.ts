import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { query } from '../helpers/sql.js';
import { loadLake, type LoadProgress } from '../../src/etl/lake.loader.js';
import { recordConvert } from '../../src/etl/runs.repository.js';
import type { Lake } from '../../src/lake/lake.js';
import { describeEachDatabase } from '../helpers/database.js';
import {
  loadedObjects,
  quote,
  resetPipeline,
  storedQuotes,
  tempLake,
  writeExtraction,
} from '../helpers/pipeline.js';

describeEachDatabase('loading the lake', (database) => {
  let lake: Lake;
  let remove: () => Promise<void>;

  beforeEach(async () => {
    await resetPipeline(database());
    ({ lake, remove } = await tempLake());
  });
  afterEach(async () => {
    await remove();
  });

  it('loads every row of every object, and records each object with its hash', async () => {
    const first = await writeExtraction(lake, 'bitcoin', '2026-11-22T14:05:07Z', [quote()]);
    const second = await writeExtraction(lake, 'ethereum', '2026-11-22T14:05:07Z', [
      quote({ symbol: 'ETH', cmc_id: 1027, price: '21000.5', volume_24h: null }),
    ]);
    const summary = await loadLake(database().db, lake);
    expect(summary).toEqual({
      listed: 2,
      alreadyLoaded: 0,
      skippedRejected: 0,
      loaded: 2,
      rowsInserted: 2,
      duplicates: 0,
      repeatingObjects: 0,
      bad: [],
    });
    expect(await storedQuotes(database())).toEqual([
      {
        symbol: 'BTC',
        convert: 'BRL',
        cmc_id: 1,
        last_updated: '2026-11-22T14:04:00.000Z',
        price: '512345.678901',
        volume_24h: '201234567890.12',
        source_key: first,
      },
      {
        symbol: 'ETH',
        convert: 'BRL',
        cmc_id: 1027,
        last_updated: '2026-11-22T14:04:00.000Z',
        price: '21000.5',
        volume_24h: null,
        source_key: second,
      },
    ]);
    const md5 = async (key: string) =>
      createHash('md5')
        .update(await lake.get(key))
        .digest('hex');
    expect(await loadedObjects(database())).toEqual([
      { key: first, etag_or_hash: await md5(first), rows: 1 },
      { key: second, etag_or_hash: await md5(second), rows: 1 },
    ]);
  });

  it('never loads an object twice: a second load reads nothing', async () => {
    await writeExtraction(lake, 'bitcoin', '2026-11-22T14:05:07Z', [quote()]);
    await loadLake(database().db, lake);
    await writeExtraction(lake, 'bitcoin', '2026-11-22T14:10:07Z', [
      quote({ last_updated: '2026-11-22T14:09:00.000Z' }),
    ]);
    const summary = await loadLake(database().db, lake);
    expect(summary).toMatchObject({ listed: 2, alreadyLoaded: 1, loaded: 1, rowsInserted: 1 });
    const again = await loadLake(database().db, lake);
    expect(again).toMatchObject({ listed: 2, alreadyLoaded: 2, loaded: 0, rowsInserted: 0 });
    expect(await storedQuotes(database())).toHaveLength(2);
  });

  it('counts a row with an update time already stored as a duplicate, and still records its object', async () => {
    // Two polls within one minute: CoinMarketCap answers the same last_updated.
    const a = await writeExtraction(lake, 'bitcoin', '2026-11-22T14:05:01Z', [quote()]);
    const b = await writeExtraction(lake, 'bitcoin', '2026-11-22T14:05:31Z', [quote()]);
    const summary = await loadLake(database().db, lake);
    expect(summary).toMatchObject({
      loaded: 2,
      rowsInserted: 1,
      duplicates: 1,
      repeatingObjects: 1,
    });
    expect((await storedQuotes(database())).map((q) => q.source_key)).toEqual([a]);
    expect((await loadedObjects(database())).map((o) => o.key)).toEqual([a, b]);
  });

  it('replays files of the original pipeline, which bitcoin_precos shows as the original table did', async () => {
    const key = 'raw/bitcoin/year=2025/month=06/day=01/bitcoin_2025-06-01_12-00-03.csv';
    await lake.put(
      key,
      'price;volume_24h;market_cap;last_updated\n350123.45;98765432100.5;6.9e12;2025-06-01 12:00:00+00:00\n',
      'text/csv',
    );
    await writeExtraction(lake, 'bitcoin', '2026-11-22T14:05:07Z', [quote()]);
    await writeExtraction(lake, 'bitcoin', '2026-11-22T14:05:07Z', [
      quote({ convert: 'USD', price: '98765.4321' }),
    ]).catch(() => undefined); // same key: refused, the lake keeps the first
    await writeExtraction(lake, 'bitcoin', '2026-11-22T14:06:07Z', [
      quote({ convert: 'USD', price: '98765.4321' }),
    ]);
    expect(await loadLake(database().db, lake)).toMatchObject({
      loaded: 3,
      rowsInserted: 3,
      bad: [],
    });

    const precos = () =>
      query<{ price: string; market_cap: string; last_updated: string }>(
        database().db,
        sql`select price::text, market_cap::text, to_char(last_updated at time zone 'UTC', 'YYYY-MM-DD HH24:MI') as last_updated
            from bitcoin_precos order by last_updated desc limit 100`,
      );
    expect(await precos()).toEqual([
      {
        price: '512345.678901',
        market_cap: '10221234567890.1',
        last_updated: '2026-11-22 14:04',
      },
      { price: '350123.45', market_cap: '6900000000000', last_updated: '2025-06-01 12:00' },
    ]);
    const columns = await query<{ column_name: string }>(
      database().db,
      sql`select column_name from information_schema.columns where table_name = 'bitcoin_precos' order by ordinal_position`,
    );
    expect(columns.map((c) => c.column_name)).toEqual([
      'id',
      'price',
      'volume_24h',
      'market_cap',
      'last_updated',
      'inserted_at',
    ]);
    await recordConvert(database().db, 'USD');
    expect((await precos()).map((p) => p.price)).toEqual(['98765.4321']);
  });

  it('reports a bad file with its key and the reason, loads the others, and remembers it', async () => {
    const good = await writeExtraction(lake, 'bitcoin', '2026-11-22T14:05:07Z', [quote()]);
    const bad = 'raw/bitcoin/year=2026/month=11/day=22/bitcoin_2026-11-22_14-10-07.csv';
    await lake.put(bad, 'price;last_updated\nabc;2026-11-22T14:09:00Z\n', 'text/csv');
    const alsoBad = 'raw/ethereum/year=2026/month=11/day=22/ethereum_2026-11-22_14-10-07.csv';
    await lake.put(alsoBad, 'price;last_updated\n1;2026-11-22T14:09:00Z\n', 'text/csv');

    const summary = await loadLake(database().db, lake);
    expect(summary).toMatchObject({ listed: 3, loaded: 1, rowsInserted: 1 });
    expect(summary.bad).toEqual([
      { key: bad, reason: 'line 2: price "abc" is not a number', rejected: true },
      {
        key: alsoBad,
        reason: "no symbol column, and only the original pipeline's raw/bitcoin files may omit it",
        rejected: true,
      },
    ]);
    expect((await loadedObjects(database())).map((o) => o.key)).toEqual([good]);
    // Remembered: the next load neither reads nor reports them; a retry reads them again.
    expect(await loadLake(database().db, lake)).toMatchObject({ bad: [], skippedRejected: 2 });
    const retry = await loadLake(database().db, lake, { retryRejected: true });
    expect(retry.bad.map((b) => b.key)).toEqual([bad, alsoBad]);
  });

  it('refreshes the statistics (ANALYZE) after a bulk load, not after a small one', async () => {
    const analyzed = async () =>
      (
        await query<{ n: number }>(
          database().db,
          sql`select (analyze_count + autoanalyze_count)::integer as n
              from pg_stat_user_tables where relname = 'crypto_quotes'`,
        )
      )[0]?.n ?? 0;
    await writeExtraction(lake, 'bitcoin', '2026-11-22T14:05:07Z', [quote()]);
    const before = await analyzed();
    await loadLake(database().db, lake);
    expect(await analyzed()).toBe(before);
    await writeExtraction(lake, 'bitcoin', '2026-11-22T14:10:07Z', [
      quote({ last_updated: '2026-11-22T14:09:00.000Z' }),
    ]);
    await loadLake(database().db, lake, { analyze: true });
    expect(await analyzed()).toBe(before + 1);
  });

  it('loads only the days asked for', async () => {
    for (const day of ['2026-01-01', '2026-01-02', '2026-01-03']) {
      await writeExtraction(lake, 'bitcoin', `${day}T10:00:00Z`, [
        quote({ last_updated: `${day}T09:59:00.000Z` }),
      ]);
    }
    const summary = await loadLake(database().db, lake, { from: '2026-01-02', to: '2026-01-02' });
    expect(summary).toMatchObject({ listed: 1, loaded: 1 });
    expect((await storedQuotes(database())).map((q) => q.last_updated)).toEqual([
      '2026-01-02T09:59:00.000Z',
    ]);
    expect(await loadLake(database().db, lake, { from: '2026-01-02' })).toMatchObject({
      listed: 2,
      alreadyLoaded: 1,
      loaded: 1,
    });
  });

  it('works in batches, reporting progress after each', async () => {
    for (let minute = 0; minute < 5; minute++) {
      await writeExtraction(lake, 'bitcoin', `2026-11-22T14:0${minute}:30Z`, [
        quote({ last_updated: `2026-11-22T14:0${minute}:00.000Z` }),
      ]);
    }
    const progress: LoadProgress[] = [];
    let listed = 0;
    const summary = await loadLake(database().db, lake, {
      batchSize: 2,
      onListed: (total) => {
        listed = total;
      },
      onProgress: (p) => progress.push(p),
    });
    expect(listed).toBe(5);
    expect(progress).toEqual([
      { done: 2, total: 5, rowsInserted: 2 },
      { done: 4, total: 5, rowsInserted: 4 },
      { done: 5, total: 5, rowsInserted: 5 },
    ]);
    expect(summary.rowsInserted).toBe(5);
  });

  it('stops between batches when asked, keeping what it loaded', async () => {
    for (let minute = 0; minute < 4; minute++) {
      await writeExtraction(lake, 'bitcoin', `2026-11-22T14:0${minute}:30Z`, [
        quote({ last_updated: `2026-11-22T14:0${minute}:00.000Z` }),
      ]);
    }
    const controller = new AbortController();
    await expect(
      loadLake(database().db, lake, {
        batchSize: 1,
        signal: controller.signal,
        onProgress: (p) => {
          if (p.done === 2) controller.abort();
        },
      }),
    ).rejects.toThrow(/aborted/);
    expect(await storedQuotes(database())).toHaveLength(2);
    expect(await loadLake(database().db, lake)).toMatchObject({ alreadyLoaded: 2, loaded: 2 });
  });
});
