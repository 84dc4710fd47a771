import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle } from '../../src/db/client.js';
import { query } from '../helpers/sql.js';
import { loadLake } from '../../src/etl/lake.loader.js';
import { pipelineStatus } from '../../src/etl/status.js';
import type { Lake } from '../../src/lake/lake.js';
import { compactLake } from '../../src/lakehouse/compact.js';
import { openTestDatabase } from '../helpers/database.js';
import { LAKE_KINDS, type TestLake } from '../helpers/lakes.js';
import {
  loadedObjects,
  quote,
  resetPipeline,
  storedQuotes,
  writeExtraction,
} from '../helpers/pipeline.js';

const NOW = new Date('2026-11-21T12:00:00Z');

/** A lake that counts the raw folders listed, to prove which days a replay did not look at. */
function countingLake(lake: Lake): Lake & { rawDayListings: string[] } {
  const rawDayListings: string[] = [];
  return {
    rawDayListings,
    location: lake.location,
    get: (key) => lake.get(key),
    put: (key, body, type) => lake.put(key, body, type),
    listAll: (prefix) => lake.listAll(prefix),
    list: (prefix) => {
      if (/^raw\/[^/]+\/year=\d+\/month=\d+\/day=\d+\/$/.test(prefix)) rawDayListings.push(prefix);
      return lake.list(prefix);
    },
    close: () => lake.close(),
  };
}

const ledger = (handle: DatabaseHandle) =>
  query<{ coin: string; day: string; manifest_key: string; parts: string[]; rows: number }>(
    handle.db,
    sql`select coin, day::text as day, manifest_key, parts, rows from lake_days order by 1, 2`,
  );

for (const [kind, open] of Object.entries(LAKE_KINDS)) {
  describe(`replay of a compacted ${kind} lake`, () => {
    let database: DatabaseHandle;
    let test: TestLake;
    let lake: ReturnType<typeof countingLake>;

    beforeAll(async () => {
      database = await openTestDatabase('pglite');
    });
    afterAll(async () => {
      await database.close();
    });
    beforeEach(async () => {
      await resetPipeline(database);
      test = await open();
      lake = countingLake(test.lake);
      for (const [day, price] of [
        ['2026-11-19', '100.5'],
        ['2026-11-20', '101.50'],
      ] as const) {
        await writeExtraction(lake, 'bitcoin', `${day}T10:00:07Z`, [
          quote({ last_updated: `${day}T10:00:00.000Z`, price }),
        ]);
        await writeExtraction(lake, 'bitcoin', `${day}T10:05:07Z`, [
          quote({ last_updated: `${day}T10:05:00.000Z`, price }),
        ]);
      }
      // Today's object: no compaction covers it yet.
      await writeExtraction(lake, 'bitcoin', '2026-11-21T09:00:07Z', [
        quote({ last_updated: '2026-11-21T09:00:00.000Z' }),
      ]);
      await compactLake(lake, { now: NOW });
    });
    afterEach(async () => {
      await test.close();
    });

    it('reads each compacted day in one part, the rest raw, and records the days', async () => {
      const summary = await loadLake(database.db, lake);
      expect(summary).toMatchObject({
        listed: 5,
        loaded: 5,
        rowsInserted: 5,
        alreadyLoaded: 0,
        bad: [],
        compacted: { daysRead: 2, parts: 2, daysLoadedBefore: 0 },
      });
      expect((await storedQuotes(database)).map((q) => q.price)).toEqual([
        '100.5',
        '100.5',
        '101.50',
        '101.50',
        '512345.678901',
      ]);
      // Only today's object is in the per-object ledger; the days are in lake_days.
      expect((await loadedObjects(database)).map((o) => o.key)).toEqual([
        'raw/bitcoin/year=2026/month=11/day=21/bitcoin_2026-11-21_09-00-07.csv',
      ]);
      expect(await ledger(database)).toMatchObject([
        { coin: 'bitcoin', day: '2026-11-19', rows: 2 },
        { coin: 'bitcoin', day: '2026-11-20', rows: 2 },
      ]);
    });

    it('a second replay with nothing new lists no raw folder of a loaded day', async () => {
      await loadLake(database.db, lake);
      lake.rawDayListings.length = 0;
      const again = await loadLake(database.db, lake);
      expect(again).toMatchObject({
        listed: 5,
        alreadyLoaded: 5,
        loaded: 0,
        rowsInserted: 0,
        compacted: { daysRead: 0, parts: 0, daysLoadedBefore: 2 },
      });
      expect(lake.rawDayListings).toEqual(['raw/bitcoin/year=2026/month=11/day=21/']);
    });

    it('loads a raw object that arrived after its day was compacted, then its part once compacted', async () => {
      // Arrives late: its day is compacted and not yet loaded, so replay lists the day.
      await writeExtraction(lake, 'bitcoin', '2026-11-20T11:00:07Z', [
        quote({ last_updated: '2026-11-20T11:00:00.000Z', price: '102' }),
      ]);
      const first = await loadLake(database.db, lake);
      expect(first).toMatchObject({ loaded: 6, rowsInserted: 6 });
      expect((await loadedObjects(database)).map((o) => o.key)).toContain(
        'raw/bitcoin/year=2026/month=11/day=20/bitcoin_2026-11-20_11-00-07.csv',
      );

      // The next compaction gives the day a second part; replay reads that part only.
      await compactLake(lake, { now: NOW });
      const second = await loadLake(database.db, lake);
      expect(second).toMatchObject({
        rowsInserted: 0,
        duplicates: 1,
        compacted: { daysRead: 1, parts: 1, daysLoadedBefore: 1 },
      });
      const [, day20] = await ledger(database);
      expect(day20?.parts).toHaveLength(2);
      expect(day20?.manifest_key).toMatch(/v000002-3\.json$/);
      expect(await storedQuotes(database)).toHaveLength(6);
    });

    it('counts the objects of days loaded from parts as loaded in the status', async () => {
      await loadLake(database.db, lake);
      const status = await pipelineStatus(database.db, lake, { runs: 1 });
      expect(status.lake).toMatchObject({ objects: 5, notLoaded: [] });
    });

    it('reads every raw object one by one when asked (the per-object path)', async () => {
      const summary = await loadLake(database.db, lake, { compacted: false });
      expect(summary).toMatchObject({ listed: 5, loaded: 5, rowsInserted: 5 });
      expect(summary.compacted).toBeUndefined();
      expect(await loadedObjects(database)).toHaveLength(5);
      expect(await ledger(database)).toEqual([]);
    });
  });
}
