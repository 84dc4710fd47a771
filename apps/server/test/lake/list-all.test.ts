import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LAKE_KINDS, type TestLake } from '../helpers/lakes.js';

for (const [kind, open] of Object.entries(LAKE_KINDS)) {
  describe(`listAll on a ${kind} lake`, () => {
    let test: TestLake;
    beforeEach(async () => {
      test = await open();
    });
    afterEach(async () => {
      await test.close();
    });

    it('gives every key under a prefix at any depth, sorted, and nothing outside it', async () => {
      const keys = [
        'compacted/manifests/quotes/coin=bitcoin/year=2026/month=11/day=20/v000001-3.json',
        'compacted/manifests/quotes/coin=bitcoin/year=2026/month=11/day=19/v000002-4.json',
        'compacted/manifests/quotes/coin=tether/year=2025/month=01/day=01/v000001-1.json',
        'compacted/manifests/top.json',
        'compacted/quotes/coin=bitcoin/year=2026/month=11/day=20/part-a.parquet',
      ];
      for (const key of keys) await test.lake.put(key, '{}', 'application/json');

      expect(await test.lake.listAll('compacted/manifests/')).toEqual(
        keys.filter((k) => k.startsWith('compacted/manifests/')).sort(),
      );
      expect(await test.lake.listAll('compacted/manifests/quotes/coin=tether/')).toEqual([keys[2]]);
      expect(await test.lake.listAll('nothing/here/')).toEqual([]);
    });
  });
}
