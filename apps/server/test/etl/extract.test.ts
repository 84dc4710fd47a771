import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { CmcClient } from '../../src/cmc/cmc.client.js';
import { CmcKeyError } from '../../src/cmc/cmc.errors.js';
import { DatabaseUnavailableError, type Database } from '../../src/db/client.js';
import { query } from '../helpers/sql.js';
import { runExtraction, type ExtractionDeps } from '../../src/etl/extract.js';
import { recentRuns } from '../../src/etl/runs.repository.js';
import type { FolderLake } from '../../src/lake/lake.folder.js';
import type { Lake } from '../../src/lake/lake.js';
import { listObjects } from '../../src/lake/listing.js';
import { openLake } from '../../src/lake/open-lake.js';
import { captureLog } from '../helpers/capture-log.js';
import { describeEachDatabase } from '../helpers/database.js';
import { fakeClock, type FakeClock } from '../helpers/fake-clock.js';
import { errorBody, quotesBody, startFakeCmc, type FakeCmc } from '../helpers/fake-cmc.js';
import {
  extractionDeps,
  loadedObjects,
  resetPipeline,
  storedQuotes,
  tempLake,
} from '../helpers/pipeline.js';
import { startS3rver } from '../helpers/s3rver.js';

let cmc: FakeCmc;
beforeAll(async () => {
  cmc = await startFakeCmc();
});
afterAll(async () => {
  await cmc.close();
});

describeEachDatabase('an extraction run', (database) => {
  let lake: FolderLake;
  let dir: string;
  let remove: () => Promise<void>;
  let clock: FakeClock;
  let logs: ReturnType<typeof captureLog>;

  beforeEach(async () => {
    await resetPipeline(database());
    ({ lake, dir, remove } = await tempLake());
    clock = fakeClock('2026-11-22T14:05:07.512Z');
    logs = captureLog();
    cmc.market = { lastUpdated: '2026-11-22T14:04:00.000Z', prices: { BTC: 512345.678901 } };
  });
  afterEach(async () => {
    await remove();
  });

  const deps = (overrides: Partial<ExtractionDeps> = {}): ExtractionDeps =>
    extractionDeps({ cmcUrl: cmc.url, lake, database, log: logs.log, clock }, overrides);

  const csvKey = 'raw/bitcoin/year=2026/month=11/day=22/bitcoin_2026-11-22_14-05-07.csv';

  it('writes the raw response and the CSV to the lake, then loads the rows, and records the run', async () => {
    const report = await runExtraction(deps());
    expect(report).toMatchObject({
      status: 'succeeded',
      keys: [csvKey],
      credits: 1,
      error: undefined,
    });
    const json = await readFile(join(dir, csvKey.replace(/\.csv$/, '.json')), 'utf8');
    expect(JSON.parse(json)).toEqual(quotesBody(['BTC'], 'BRL', cmc.market));
    const csv = await readFile(join(dir, csvKey), 'utf8');
    expect(csv.split('\n')[1]).toBe(
      '512345.678901;201234567890.12;10221234567890.1;2026-11-22T14:04:00.000Z;BTC;BRL;1;0.12;-1.05;4.2;19950012',
    );
    expect(await storedQuotes(database())).toEqual([
      {
        symbol: 'BTC',
        convert: 'BRL',
        cmc_id: 1,
        last_updated: '2026-11-22T14:04:00.000Z',
        price: '512345.678901',
        volume_24h: '201234567890.12',
        source_key: csvKey,
      },
    ]);
    const [run] = await recentRuns(database().db, 5);
    expect(run).toMatchObject({
      id: report.runId,
      status: 'succeeded',
      symbols: ['BTC'],
      credits_used: 1,
      rows_inserted: 1,
      error: null,
    });
    expect(run?.finished_at).toBeInstanceOf(Date);
  });

  it('fetches several symbols in one request, one lake object per coin', async () => {
    cmc.market = { ...cmc.market, prices: { BTC: 512345.67, ETH: 21000.5 } };
    const report = await runExtraction(deps({ symbols: ['BTC', 'ETH'] }));
    expect(report.status).toBe('succeeded');
    expect(cmc.quoteRequests().at(-1)?.query.get('symbol')).toBe('BTC,ETH');
    expect(report.keys).toEqual([
      csvKey,
      'raw/ethereum/year=2026/month=11/day=22/ethereum_2026-11-22_14-05-07.csv',
    ]);
    expect((await storedQuotes(database())).map((q) => [q.symbol, q.price])).toEqual([
      ['BTC', '512345.67'],
      ['ETH', '21000.5'],
    ]);
  });

  it('stores a second poll within the same minute in the lake, and counts its row as a duplicate', async () => {
    await runExtraction(deps());
    clock.set('2026-11-22T14:05:37.000Z');
    const second = await runExtraction(deps());
    expect(second.status).toBe('succeeded');
    expect(second.load).toMatchObject({ loaded: 1, rowsInserted: 0, duplicates: 1 });
    expect(await storedQuotes(database())).toHaveLength(1);
    expect((await loadedObjects(database())).map((o) => o.key)).toEqual([
      csvKey,
      'raw/bitcoin/year=2026/month=11/day=22/bitcoin_2026-11-22_14-05-37.csv',
    ]);
    expect(logs.text()).toMatch(/loaded 0 new rows, 1 already present \(same update time\)/);
  });

  it('fails on a malformed body with the path of the bad field, and stores nothing anywhere', async () => {
    const body = quotesBody(['BTC'], 'BRL', cmc.market) as {
      data: { BTC: { quote: { BRL: Record<string, unknown> } }[] };
    };
    delete body.data.BTC[1]?.quote.BRL.price;
    cmc.queue({ status: 200, body });
    const report = await runExtraction(deps());
    expect(report.status).toBe('failed');
    expect(report.error?.message).toBe(
      'unexpected quotes response: /data/BTC/1/quote/BRL/price is missing',
    );
    expect(await listObjects(lake)).toEqual([]);
    expect(await lake.list('raw/')).toEqual({ keys: [], prefixes: [] });
    expect(await storedQuotes(database())).toEqual([]);
    const [run] = await recentRuns(database().db, 1);
    // The call cost its credit all the same: it is counted.
    expect(run).toMatchObject({
      status: 'failed',
      rows_inserted: 0,
      credits_used: 1,
      error: 'unexpected quotes response: /data/BTC/1/quote/BRL/price is missing',
    });
  });

  it('fails at once on a refused key, writing nothing', async () => {
    const report = await runExtraction(
      deps({
        cmc: new CmcClient({ baseUrl: cmc.url, apiKey: 'not-the-key', log: logs.log, clock }),
      }),
    );
    expect(report.status).toBe('failed');
    expect(report.error).toBeInstanceOf(CmcKeyError);
    expect(await listObjects(lake)).toEqual([]);
    expect(clock.sleeps).toEqual([]);
  });

  it('keeps the objects in the lake when the database is down, and the next run loads them', async () => {
    const down = async (): Promise<Database> => {
      throw new DatabaseUnavailableError(
        'Cannot use PostgreSQL at db:5432/cais (DATABASE_URL): connect ECONNREFUSED',
      );
    };
    const first = await runExtraction(deps({ database: down }));
    expect(first.status).toBe('pending');
    expect(first.error?.message).toBe(
      'database unavailable: Cannot use PostgreSQL at db:5432/cais (DATABASE_URL): connect ECONNREFUSED',
    );
    expect((await listObjects(lake)).map((r) => r.key)).toEqual([csvKey]);
    expect(logs.text()).toMatch(
      /into the lake; load pending \(database unavailable: .*\): the next run, or cais etl replay, loads it/,
    );
    expect(await storedQuotes(database())).toEqual([]);

    // Five minutes later the database is back.
    clock.set('2026-11-22T14:10:07.000Z');
    cmc.market = { lastUpdated: '2026-11-22T14:09:00.000Z', prices: { BTC: 512400 } };
    const second = await runExtraction(deps());
    expect(second.status).toBe('succeeded');
    expect(second.load).toMatchObject({ loaded: 2, rowsInserted: 2, duplicates: 0 });
    expect((await storedQuotes(database())).map((q) => [q.last_updated, q.price])).toEqual([
      ['2026-11-22T14:04:00.000Z', '512345.678901'],
      ['2026-11-22T14:09:00.000Z', '512400'],
    ]);
    // The first run, made while the database was down, is recorded too (with its credit).
    const runs = await recentRuns(database().db, 5);
    expect(runs.map((r) => [r.status, r.rows_inserted, r.credits_used])).toEqual([
      ['succeeded', 2, 1],
      ['pending', 0, 1],
    ]);
    expect(logs.text()).toMatch(/including 1 object left pending by earlier runs/);
  });

  it('loads what earlier runs left pending even when its own fetch fails', async () => {
    const down = async (): Promise<Database> => {
      throw new DatabaseUnavailableError('database down');
    };
    expect((await runExtraction(deps({ database: down }))).status).toBe('pending');
    clock.set('2026-11-22T14:10:07.000Z');
    cmc.queue(...Array.from({ length: 4 }, () => ({ status: 500, body: errorBody(500, 'boom') })));
    const report = await runExtraction(deps());
    expect(report.status).toBe('failed');
    expect(report.load).toMatchObject({ loaded: 1, rowsInserted: 1 });
    expect((await storedQuotes(database())).map((q) => q.source_key)).toEqual([csvKey]);
    expect(logs.text()).toMatch(/loaded 1 object left pending by earlier runs: 1 new row/);
    const [run] = await recentRuns(database().db, 1);
    expect(run).toMatchObject({ status: 'failed', rows_inserted: 1 });
  });

  it('keeps the objects in the lake when the load itself fails, then recovers', async () => {
    // The database answers the run's bookkeeping, then dies in the middle of the load.
    let calls = 0;
    const dying = async (): Promise<Database> => {
      calls += 1;
      return new Proxy(database().db, {
        get(target, property, receiver) {
          if (property === 'transaction') {
            return () => Promise.reject(new Error('Connection terminated unexpectedly'));
          }
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
    };
    const first = await runExtraction(deps({ database: dying }));
    expect(calls).toBe(1);
    expect(first.status).toBe('pending');
    expect(first.error?.message).toBe('load failed: Connection terminated unexpectedly');
    expect(await storedQuotes(database())).toEqual([]);
    expect(await loadedObjects(database())).toEqual([]);
    const [recorded] = await recentRuns(database().db, 1);
    expect(recorded).toMatchObject({
      status: 'pending',
      error: 'load failed: Connection terminated unexpectedly',
    });

    clock.set('2026-11-22T14:10:07.000Z');
    cmc.market = { lastUpdated: '2026-11-22T14:09:00.000Z', prices: { BTC: 512400 } };
    const second = await runExtraction(deps());
    expect(second.load).toMatchObject({ loaded: 2, rowsInserted: 2 });
    expect(await loadedObjects(database())).toHaveLength(2);
  });

  it('writes and loads through an S3 lake (s3rver)', async () => {
    const s3 = await startS3rver();
    let s3Lake: Lake | undefined;
    try {
      s3Lake = await openLake(
        { url: `s3://${s3.bucket}/prices`, s3Endpoint: s3.endpoint, s3ForcePathStyle: true },
        s3.client,
      );
      const report = await runExtraction(deps({ lake: s3Lake }));
      expect(report.status).toBe('succeeded');
      expect(await s3Lake.list('raw/bitcoin/year=2026/month=11/day=22/')).toEqual({
        keys: [csvKey.replace(/\.csv$/, '.json'), csvKey].sort(),
        prefixes: [],
      });
      const rows = await query<{ n: number }>(
        database().db,
        sql`select count(*)::int as n from crypto_quotes`,
      );
      expect(rows[0]?.n).toBe(1);
    } finally {
      await s3Lake?.close();
      await s3.close();
    }
  });

  it('fails when the server keeps failing, with what it tried', async () => {
    cmc.queue(...Array.from({ length: 4 }, () => ({ status: 500, body: errorBody(500, 'boom') })));
    const report = await runExtraction(deps());
    expect(report.status).toBe('failed');
    expect(report.error?.message).toBe(
      'CoinMarketCap answered 500: boom; gave up after 4 attempts',
    );
    expect(clock.sleeps).toHaveLength(3);
  });
});
