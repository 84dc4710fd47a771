import { beforeEach, describe, expect, it } from 'vitest';
import type { Lake } from '../../src/lake/lake.js';
import { compactLake } from '../../src/lakehouse/compact.js';
import { readMonthManifest } from '../../src/lakehouse/month-parts.js';
import { queryLake } from '../../src/lakehouse/query.js';
import { LAKE_KINDS, snapshot, type TestLake } from '../helpers/lakes.js';
import { quote, writeExtraction } from '../helpers/pipeline.js';

// October and November are closed on this day; December is not.
const NOW = new Date('2026-12-02T12:00:00Z');
const ALL = 'select last_updated, price, source_key from quotes order by last_updated';

for (const [kind, open] of Object.entries(LAKE_KINDS)) {
  describe(`month parts on a ${kind} lake`, () => {
    let test: TestLake;
    let lake: Lake;
    beforeEach(async () => {
      test = await open();
      lake = test.lake;
      for (const [at, price] of [
        ['2026-10-30T10:00:07Z', '1.50'],
        ['2026-10-31T23:59:07Z', '2'],
        ['2026-11-01T00:00:07Z', '3'],
        ['2026-11-30T10:00:07Z', '1e-8'],
        ['2026-12-01T10:00:07Z', '5'],
      ] as const) {
        await writeExtraction(lake, 'bitcoin', at, [
          quote({ last_updated: `${at.slice(0, 16)}:00.000Z`, price }),
        ]);
      }
      // The same quote as October's last, extracted again on November 1st: the first wins.
      await writeExtraction(lake, 'bitcoin', '2026-11-01T00:05:07Z', [
        quote({ last_updated: '2026-10-31T23:59:00.000Z', price: '99' }),
      ]);
      return () => test.close();
    });

    it('builds one part per closed month, once, and the view reads it exactly', async () => {
      const raw = await queryLake(lake, ALL, {});
      const first = await compactLake(lake, { now: NOW });
      expect(first.months).toBe(2);
      const months = [...(await snapshot(lake, 'compacted/manifests/months/')).keys()];
      expect(months).toEqual([
        'compacted/manifests/months/coin=bitcoin/year=2026/month=10/v000001-2.json',
        'compacted/manifests/months/coin=bitcoin/year=2026/month=11/v000001-2.json',
      ]);
      const october = await readMonthManifest(lake, months[0] ?? '');
      expect(october.part.rows).toBe(2);
      expect(october.dayParts).toHaveLength(2);

      const before = await snapshot(lake, 'compacted/');
      const again = await compactLake(lake, { now: NOW });
      expect(again.months).toBe(0);
      expect(await snapshot(lake, 'compacted/')).toEqual(before);

      const compacted = await queryLake(lake, ALL, {});
      expect(compacted.rows).toEqual(raw.rows);
      expect(compacted.rows).toContainEqual([
        '2026-10-31T23:59:00Z',
        '2',
        expect.stringContaining('day=31'),
      ]);
      // Two month parts and December's day part; only December's raw folder was listed.
      expect(compacted.sources).toMatchObject({ parts: 3, rawObjects: 0 });
      // A month only partly in range is read from its day parts.
      const part = await queryLake(lake, ALL, { from: '2026-10-31' });
      expect(part.rows).toEqual(raw.rows.slice(1));
    });

    it('takes a late object in a new day part, then a new month version', async () => {
      await compactLake(lake, { now: NOW });
      await writeExtraction(lake, 'bitcoin', '2026-10-30T12:00:07Z', [
        quote({ last_updated: '2026-10-30T12:00:00.000Z', price: '7' }),
        quote({ last_updated: '2026-10-30T10:00:00.000Z', price: '8' }),
      ]);
      const late = await compactLake(lake, { now: NOW });
      expect(late).toMatchObject({ compacted: 1, months: 1, objects: 1 });
      const keys = [...(await snapshot(lake, 'compacted/manifests/months/')).keys()];
      expect(keys).toContain(
        'compacted/manifests/months/coin=bitcoin/year=2026/month=10/v000002-3.json',
      );
      const result = await queryLake(
        lake,
        "select price from quotes where last_updated < '2026-10-31' order by last_updated",
        {},
      );
      expect(result.rows).toEqual([['1.5'], ['7']]);
    });
  });
}
