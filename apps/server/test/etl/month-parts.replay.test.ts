import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type DatabaseHandle } from '../../src/db/client.js';
import { loadLake } from '../../src/etl/lake.loader.js';
import { pipelineStatus } from '../../src/etl/status.js';
import { FolderLake } from '../../src/lake/lake.folder.js';
import type { Lake } from '../../src/lake/lake.js';
import { compactLake } from '../../src/lakehouse/compact.js';
import { openTestDatabase } from '../helpers/database.js';
import { LAKE_KINDS, type TestLake } from '../helpers/lakes.js';
import { quote, resetPipeline, storedQuotes, writeExtraction } from '../helpers/pipeline.js';
import { query } from '../helpers/sql.js';

// October is closed: compaction builds its month part; November is the month in progress.
const NOW = new Date('2026-11-03T12:00:00Z');
const OCTOBER = ['2026-10-01', '2026-10-02', '2026-10-31'];

/** A lake that records the raw day folders listed and the objects read. */
function watchedLake(
  lake: Lake,
): Lake & { rawDayListings: string[]; reads: string[]; walks: string[] } {
  const rawDayListings: string[] = [];
  const reads: string[] = [];
  const walks: string[] = [];
  return {
    rawDayListings,
    reads,
    walks,
    location: lake.location,
    get: (key) => {
      reads.push(key);
      return lake.get(key);
    },
    put: (key, body, type) => lake.put(key, body, type),
    listAll: (prefix) => {
      walks.push(prefix);
      return lake.listAll(prefix);
    },
    list: (prefix) => {
      if (/^raw\/[^/]+\/year=\d+\/month=\d+\/day=\d+\/$/.test(prefix)) rawDayListings.push(prefix);
      return lake.list(prefix);
    },
    close: () => lake.close(),
  };
}

const monthLedger = (handle: DatabaseHandle) =>
  query<{ coin: string; month: string; manifest_key: string; parts: string[]; rows: number }>(
    handle.db,
    sql`select coin, month, manifest_key, parts, rows from lake_months order by 1, 2`,
  );
const dayLedger = (handle: DatabaseHandle) =>
  query<{ day: string; manifest_key: string; parts: string[]; rows: number }>(
    handle.db,
    sql`select day::text as day, manifest_key, parts, rows from lake_days order by coin, day`,
  );

for (const [kind, open] of Object.entries(LAKE_KINDS)) {
  describe(`replay of a closed month from its month part [${kind} lake]`, () => {
    let fromRaw: DatabaseHandle;
    let database: DatabaseHandle;
    let test: TestLake;
    let lake: ReturnType<typeof watchedLake>;

    beforeAll(async () => {
      [fromRaw, database] = await Promise.all([
        openTestDatabase('pglite'),
        openTestDatabase('pglite'),
      ]);
    });
    afterAll(async () => {
      await Promise.all([fromRaw.close(), database.close()]);
    });
    beforeEach(async () => {
      await Promise.all([resetPipeline(database), resetPipeline(fromRaw)]);
      test = await open();
      lake = watchedLake(test.lake);
      for (const [i, day] of OCTOBER.entries()) {
        for (const minute of ['00', '05']) {
          await writeExtraction(lake, 'bitcoin', `${day}T10:${minute}:07Z`, [
            quote({ last_updated: `${day}T10:${minute}:00.000Z`, price: `10${i}.50` }),
          ]);
        }
      }
      // Yesterday's object: compacted as a day, in a month without a month part.
      await writeExtraction(lake, 'bitcoin', '2026-11-02T09:00:07Z', [
        quote({ last_updated: '2026-11-02T09:00:00.000Z' }),
      ]);
      const compacted = await compactLake(lake, { now: NOW });
      expect(compacted.months).toBe(1);
      lake.rawDayListings.length = 0;
      lake.reads.length = 0;
    });
    afterEach(async () => {
      await test.close();
    });

    it('reads the month in one read, lists none of its raw folders and records it', async () => {
      const summary = await loadLake(database.db, lake);
      expect(summary).toMatchObject({
        listed: 7,
        loaded: 7,
        alreadyLoaded: 0,
        rowsInserted: 7,
        bad: [],
        compacted: { monthsRead: 1, daysRead: 4, parts: 2, daysLoadedBefore: 0 },
      });
      // November's compacted day is listed the first time, for raw objects its manifest misses.
      expect(lake.rawDayListings).toEqual(['raw/bitcoin/year=2026/month=11/day=02/']);
      const parquet = lake.reads.filter((key) => key.endsWith('.parquet'));
      if (kind === 's3rver') expect(parquet.filter((k) => k.includes('/months/'))).toHaveLength(1);
      expect(parquet.filter((k) => k.includes('month=10/day='))).toEqual([]);

      await loadLake(fromRaw.db, lake, { compacted: false });
      expect(await storedQuotes(database)).toEqual(await storedQuotes(fromRaw));
      const [month] = await monthLedger(database);
      expect(month).toMatchObject({ coin: 'bitcoin', month: '2026-10', rows: 6 });
      expect(month?.manifest_key).toMatch(
        /months\/coin=bitcoin\/year=2026\/month=10\/v000001-3\.json$/,
      );
      expect((await dayLedger(database)).map((d) => [d.day, d.parts.length, d.rows])).toEqual([
        ['2026-10-01', 1, 0],
        ['2026-10-02', 1, 0],
        ['2026-10-31', 1, 0],
        ['2026-11-02', 1, 1],
      ]);
      const status = await pipelineStatus(database.db, lake, { runs: 1 });
      expect(status.lake).toMatchObject({ objects: 7, notLoaded: [] });
    });

    it('a second replay with nothing new opens no object and lists no raw folder', async () => {
      await loadLake(database.db, lake);
      lake.reads.length = 0;
      lake.rawDayListings.length = 0;
      lake.walks.length = 0;
      const again = await loadLake(database.db, lake);
      expect(again).toMatchObject({
        listed: 7,
        alreadyLoaded: 7,
        loaded: 0,
        rowsInserted: 0,
        compacted: { monthsRead: 0, daysRead: 0, daysLoadedBefore: 4 },
      });
      expect(lake.reads).toEqual([]);
      expect(lake.rawDayListings).toEqual([]);
      // October's month manifest is the one loaded: its day manifests are not listed either.
      expect(lake.walks.filter((prefix) => prefix.includes('month=10'))).toEqual([]);
      expect(lake.walks).toContain('compacted/manifests/quotes/coin=bitcoin/year=2026/month=11/');
    });

    it('reads only the late day part when a raw object arrives after the month was loaded', async () => {
      await loadLake(database.db, lake);
      await writeExtraction(lake, 'bitcoin', '2026-10-02T11:00:07Z', [
        quote({ last_updated: '2026-10-02T11:00:00.000Z', price: '102' }),
      ]);
      // Compaction gives the day a second part and the month a second version.
      expect((await compactLake(lake, { now: NOW })).months).toBe(1);
      lake.reads.length = 0;
      const second = await loadLake(database.db, lake);
      expect(second).toMatchObject({
        rowsInserted: 1,
        compacted: { monthsRead: 1, parts: 1 },
      });
      expect(
        lake.reads.filter((key) => key.includes('/months/') && key.endsWith('.parquet')),
      ).toEqual([]);
      const [month] = await monthLedger(database);
      expect(month?.manifest_key).toMatch(/v000002-4\.json$/);
      const day2 = (await dayLedger(database)).find((d) => d.day === '2026-10-02');
      expect(day2?.parts).toHaveLength(2);
      expect(day2?.manifest_key).toMatch(/v000002-3\.json$/);
      await loadLake(fromRaw.db, lake, { compacted: false });
      expect(await storedQuotes(database)).toEqual(await storedQuotes(fromRaw));
      expect((await loadLake(database.db, lake)).compacted).toMatchObject({ monthsRead: 0 });
    });

    it.skipIf(kind !== 'folder')(
      'loads a day part newer than its month part beside it',
      async () => {
        await writeExtraction(lake, 'bitcoin', '2026-10-31T11:00:07Z', [
          quote({ last_updated: '2026-10-31T11:00:00.000Z', price: '103' }),
        ]);
        await compactLake(lake, { now: NOW });
        // As if the compaction stopped before rebuilding the month: its second version is gone.
        const root = test.lake instanceof FolderLake ? test.lake.root : '';
        await rm(
          join(root, 'compacted/manifests/months/coin=bitcoin/year=2026/month=10/v000002-4.json'),
        );
        const summary = await loadLake(database.db, lake);
        expect(summary).toMatchObject({
          rowsInserted: 8,
          compacted: { monthsRead: 1, parts: 3 },
        });
        await loadLake(fromRaw.db, lake, { compacted: false });
        expect(await storedQuotes(database)).toEqual(await storedQuotes(fromRaw));
        const day31 = (await dayLedger(database)).find((d) => d.day === '2026-10-31');
        expect(day31?.parts).toHaveLength(2);
      },
    );
  });
}
