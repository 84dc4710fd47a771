import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { loadLake } from '../../src/etl/lake.loader.js';
import type { QuoteRow } from '../../src/lake/quotes.csv.js';
import { compactLake } from '../../src/lakehouse/compact.js';
import { latestManifest } from '../../src/lakehouse/manifest.js';
import { queryLake } from '../../src/lakehouse/query.js';
import { openTestDatabase } from '../helpers/database.js';
import { LAKE_KINDS, type TestLake } from '../helpers/lakes.js';
import { quote, resetPipeline, writeExtraction } from '../helpers/pipeline.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const DAY = '2026-11-20';

/** Values the loader refuses (lake/quote-values.ts), each in an object of its own. */
const REFUSED: Partial<QuoteRow>[] = [
  { price: '0' },
  { price: '-3.5' },
  { price: '1e400' },
  { volume_24h: '1e-400' },
  { market_cap: '9'.repeat(70) },
  { last_updated: '2005-01-01T00:00:00.000Z' },
  { last_updated: '2099-01-01T00:00:00.000Z' },
];

for (const [kind, open] of Object.entries(LAKE_KINDS)) {
  describe(`compaction applies the loader's value checks [${kind} lake]`, () => {
    let database: DatabaseHandle;
    let test: TestLake;

    beforeAll(async () => {
      database = await openTestDatabase('pglite');
    });
    afterAll(async () => {
      await database.close();
    });
    beforeEach(async () => {
      await resetPipeline(database);
      test = await open();
    });
    afterEach(async () => {
      await test.close();
    });

    it('leaves out every object the loader rejects, reported with the same reason', async () => {
      const { lake } = test;
      const good = await writeExtraction(lake, 'bitcoin', `${DAY}T10:00:07Z`, [
        quote({ last_updated: `${DAY}T10:00:00.000Z` }),
      ]);
      const refused: string[] = [];
      for (const [i, values] of REFUSED.entries()) {
        refused.push(
          await writeExtraction(lake, 'bitcoin', `${DAY}T11:0${i}:07Z`, [
            quote({ last_updated: `${DAY}T11:0${i}:00.000Z`, ...values }),
          ]),
        );
      }

      const loaded = await loadLake(database.db, lake, { compacted: false });
      const compacted = await compactLake(lake, { now: NOW });

      const reasons = (bad: { key: string; reason: string }[]) =>
        bad.map(({ key, reason }) => ({ key, reason })).sort((a, b) => (a.key < b.key ? -1 : 1));
      expect(loaded.bad).toHaveLength(REFUSED.length);
      expect(reasons(compacted.bad)).toEqual(reasons(loaded.bad));
      expect(compacted).toMatchObject({ objects: 1, rows: 1 });
      const manifest = await latestManifest(lake, 'bitcoin', DAY);
      expect(manifest?.parts.flatMap((p) => p.sources.map((s) => s.key))).toEqual([good]);
      expect(manifest?.skipped.map((s) => s.key).sort()).toEqual([...refused].sort());

      // Neither the quotes view nor a replay from the parts shows their rows.
      const view = await queryLake(lake, 'select source_key from quotes', {});
      expect(view.rows).toEqual([[good]]);
    });
  });
}
