import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Lake } from '../../src/lake/lake.js';
import { compactLake } from '../../src/lakehouse/compact.js';
import { MANIFESTS_PREFIX } from '../../src/lakehouse/compacted-keys.js';
import { openDuckDb, type DuckDb } from '../../src/lakehouse/duckdb.js';
import { localPath } from '../../src/lakehouse/local-files.js';
import { latestManifest, type Manifest } from '../../src/lakehouse/manifest.js';
import { readPartQuotes } from '../../src/lakehouse/parquet.js';
import { LAKE_KINDS, snapshot, type TestLake } from '../helpers/lakes.js';
import { quote, writeExtraction } from '../helpers/pipeline.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const DAY = '2026-11-20';

/** A lake that fails the way a killed process does: after the part, before the manifest. */
function dyingBeforeManifest(lake: Lake): Lake {
  return {
    location: lake.location,
    get: (key) => lake.get(key),
    list: (prefix) => lake.list(prefix),
    listAll: (prefix) => lake.listAll(prefix),
    close: () => lake.close(),
    put: async (key, body, type) => {
      if (key.startsWith(MANIFESTS_PREFIX)) throw new Error('killed');
      await lake.put(key, body, type);
    },
  };
}

for (const [kind, open] of Object.entries(LAKE_KINDS)) {
  describe(`cais lake compact on a ${kind} lake`, () => {
    let test: TestLake;
    let lake: Lake;
    let duck: DuckDb;
    let scratch: string;

    const partRows = async (manifest: Manifest | undefined, index: number) => {
      const part = manifest?.parts[index];
      if (!part) throw new Error(`no part ${index}`);
      const connection = await duck.connect();
      try {
        return await readPartQuotes(connection, await localPath(lake, part.key, scratch));
      } finally {
        connection.closeSync();
      }
    };

    beforeAll(async () => {
      duck = await openDuckDb();
      scratch = await mkdtemp(join(tmpdir(), 'cais-compact-test-'));
    });
    afterAll(async () => {
      duck.close();
      await rm(scratch, { recursive: true, force: true });
    });
    beforeEach(async () => {
      test = await open();
      lake = test.lake;
      return () => test.close();
    });

    const writeDay = async () => [
      await writeExtraction(lake, 'bitcoin', `${DAY}T00:05:07Z`, [
        quote({ last_updated: `${DAY}T00:04:00.000Z`, price: '512345.678901000' }),
      ]),
      // The same quote again, with other digits: the earlier extraction's stays, as in replay.
      await writeExtraction(lake, 'bitcoin', `${DAY}T00:10:07Z`, [
        quote({ last_updated: `${DAY}T00:04:00.000Z`, price: '1' }),
        quote({ last_updated: `${DAY}T00:09:00.000Z`, price: '1e-8', volume_24h: null }),
      ]),
      await writeExtraction(lake, 'ethereum', `${DAY}T00:05:07Z`, [
        quote({ symbol: 'ETH', cmc_id: 1027, last_updated: `${DAY}T00:04:30.123Z`, price: '0.5' }),
      ]),
      // Today is not closed: left for tomorrow's compaction.
      await writeExtraction(lake, 'bitcoin', '2026-11-21T00:05:07Z', [quote()]),
    ];

    it('turns each closed day of each coin into one part and a manifest, leaving raw objects as they were', async () => {
      const keys = await writeDay();
      const raw = await snapshot(lake, 'raw/');

      const summary = await compactLake(lake, { now: NOW });

      expect(summary).toMatchObject({ days: 2, compacted: 2, objects: 3, rows: 3, bad: [] });
      expect(await snapshot(lake, 'raw/')).toEqual(raw);
      const bitcoin = await latestManifest(lake, 'bitcoin', DAY);
      expect(bitcoin).toMatchObject({ version: 1, coin: 'bitcoin', day: DAY, skipped: [] });
      expect(bitcoin?.parts).toHaveLength(1);
      expect(bitcoin?.parts[0]?.key).toMatch(
        /^compacted\/quotes\/coin=bitcoin\/year=2026\/month=11\/day=20\/part-[0-9a-f]{20}\.parquet$/,
      );
      expect(bitcoin?.parts[0]?.sources.map((s) => s.key)).toEqual([keys[0], keys[1]]);
      expect(bitcoin?.parts[0]?.sources[0]?.md5).toMatch(/^[0-9a-f]{32}$/);
      expect(await partRows(bitcoin, 0)).toEqual([
        {
          ...quote({ last_updated: `${DAY}T00:04:00.000Z`, price: '512345.678901000' }),
          source_key: keys[0],
          extracted_at: `${DAY}T00:05:07.000Z`,
        },
        {
          ...quote({ last_updated: `${DAY}T00:09:00.000Z`, price: '1e-8', volume_24h: null }),
          source_key: keys[1],
          extracted_at: `${DAY}T00:10:07.000Z`,
        },
      ]);
      expect(await latestManifest(lake, 'ethereum', DAY)).toMatchObject({ version: 1 });
      expect(await latestManifest(lake, 'bitcoin', '2026-11-21')).toBeUndefined();
    });

    it('changes nothing when run again with nothing new', async () => {
      await writeDay();
      await compactLake(lake, { now: NOW });
      const before = await snapshot(lake, '');

      const summary = await compactLake(lake, { now: NOW });

      expect(summary).toMatchObject({ days: 2, compacted: 0, objects: 0, rows: 0 });
      expect(await snapshot(lake, '')).toEqual(before);
    });

    it('picks up a raw object that arrives late for a compacted day: a new part, the next manifest', async () => {
      await writeDay();
      await compactLake(lake, { now: NOW });
      const late = await writeExtraction(lake, 'bitcoin', `${DAY}T23:55:07Z`, [
        quote({ last_updated: `${DAY}T00:09:00.000Z`, price: '2' }),
        quote({ last_updated: `${DAY}T23:54:00.000Z`, price: '3.10' }),
      ]);

      const summary = await compactLake(lake, { now: NOW });

      expect(summary).toMatchObject({ compacted: 1, objects: 1, rows: 1 });
      const manifest = await latestManifest(lake, 'bitcoin', DAY);
      expect(manifest?.version).toBe(2);
      expect(manifest?.parts.map((p) => p.sources.length)).toEqual([2, 1]);
      expect(manifest?.parts[1]?.sources[0]?.key).toBe(late);
      // The quote of 00:09 is in the first part already: the new part holds only what is new.
      expect((await partRows(manifest, 1)).map((r) => [r.last_updated, r.price])).toEqual([
        [`${DAY}T23:54:00.000Z`, '3.10'],
      ]);
    });

    it('keeps a file that is not quotes out, names it in the manifest and does not read it again', async () => {
      await writeDay();
      const bad = 'raw/bitcoin/year=2026/month=11/day=20/bitcoin_2026-11-20_01-00-07.csv';
      await lake.put(bad, 'price;last_updated\nabc;2026-11-20T01:00:00Z\n', 'text/csv');

      const first = await compactLake(lake, { now: NOW });
      const second = await compactLake(lake, { now: NOW });

      expect(first.bad.map((b) => b.key)).toEqual([bad]);
      expect(first.bad[0]?.reason).toContain('line 2: price');
      expect(first.objects).toBe(3);
      expect(second).toMatchObject({ compacted: 0, bad: [] });
      const manifest = await latestManifest(lake, 'bitcoin', DAY);
      expect(manifest?.skipped.map((s) => s.key)).toEqual([bad]);
    });

    it('finishes a compaction stopped between the part and the manifest, reusing the published part', async () => {
      await writeDay();
      await expect(
        compactLake(dyingBeforeManifest(lake), { now: NOW, concurrency: 1 }),
      ).rejects.toThrow('killed');
      const parts = [...(await snapshot(lake, 'compacted/quotes/')).keys()];
      expect(parts).toHaveLength(1);
      expect(await latestManifest(lake, 'bitcoin', DAY)).toBeUndefined();

      await compactLake(lake, { now: NOW });

      const manifests = await Promise.all(
        ['bitcoin', 'ethereum'].map((coin) => latestManifest(lake, coin, DAY)),
      );
      expect(manifests.map((m) => m?.version)).toEqual([1, 1]);
      const after = [...(await snapshot(lake, 'compacted/quotes/')).keys()];
      expect(after).toHaveLength(2);
      expect(after).toEqual(expect.arrayContaining(parts));
    });

    it('compacts only the days asked for', async () => {
      await writeDay();
      await writeExtraction(lake, 'bitcoin', '2026-11-19T10:00:00Z', [
        quote({ last_updated: '2026-11-19T09:59:00.000Z' }),
      ]);

      const summary = await compactLake(lake, { now: NOW, from: '2026-11-19', to: '2026-11-19' });

      expect(summary).toMatchObject({ days: 1, compacted: 1 });
      expect(await latestManifest(lake, 'bitcoin', DAY)).toBeUndefined();
    });
  });
}
