import { beforeEach, describe, expect, it } from 'vitest';
import type { Lake } from '../../src/lake/lake.js';
import { compactLake } from '../../src/lakehouse/compact.js';
import { LakeQueryError, queryLake } from '../../src/lakehouse/query.js';
import { LAKE_KINDS, type TestLake } from '../helpers/lakes.js';
import { quote, writeExtraction } from '../helpers/pipeline.js';

const NOW = new Date('2026-11-21T12:00:00Z');

for (const [kind, open] of Object.entries(LAKE_KINDS)) {
  describe(`cais lake query on a ${kind} lake`, () => {
    let test: TestLake;
    let lake: Lake;
    beforeEach(async () => {
      test = await open();
      lake = test.lake;
      await writeExtraction(lake, 'bitcoin', '2026-11-20T00:05:07Z', [
        quote({ last_updated: '2026-11-20T00:04:00.000Z', price: '512345.678901000' }),
      ]);
      await writeExtraction(lake, 'ethereum', '2026-11-20T00:05:07Z', [
        quote({
          symbol: 'ETH',
          cmc_id: 1027,
          last_updated: '2026-11-20T00:04:00.000Z',
          price: '0.5',
        }),
      ]);
      await compactLake(lake, { now: NOW });
      // After compaction: a late object for the compacted day, and today's, not compacted yet.
      await writeExtraction(lake, 'bitcoin', '2026-11-20T23:55:07Z', [
        quote({ last_updated: '2026-11-20T00:04:00.000Z', price: '9' }),
        quote({ last_updated: '2026-11-20T23:54:00.000Z', price: '1e-8' }),
      ]);
      await writeExtraction(lake, 'bitcoin', '2026-11-21T11:55:07Z', [
        quote({ last_updated: '2026-11-21T11:54:00.000Z', price: '513000.1' }),
      ]);
      return () => test.close();
    });

    it('sees compacted days and the raw objects not compacted yet, each quote once', async () => {
      const result = await queryLake(
        lake,
        'select coin, symbol, last_updated, price from quotes order by symbol, last_updated',
        {},
      );

      expect(result.columns).toEqual(['coin', 'symbol', 'last_updated', 'price']);
      expect(result.rows).toEqual([
        ['bitcoin', 'BTC', '2026-11-20T00:04:00Z', '512345.678901'],
        ['bitcoin', 'BTC', '2026-11-20T23:54:00Z', '0.00000001'],
        ['bitcoin', 'BTC', '2026-11-21T11:54:00Z', '513000.1'],
        ['ethereum', 'ETH', '2026-11-20T00:04:00Z', '0.5'],
      ]);
      expect(result.sources).toMatchObject({ days: 3, parts: 2, rawObjects: 2, skipped: [] });
    });

    it('types the columns for arithmetic: instants and decimals', async () => {
      const result = await queryLake(
        lake,
        `select typeof(last_updated), typeof(price), typeof(cmc_id), sum(price) from quotes
         where symbol = 'BTC' group by all`,
        {},
      );
      expect(result.rows).toEqual([
        ['TIMESTAMP WITH TIME ZONE', 'DECIMAL(38,18)', 'INTEGER', '1025345.77890101'],
      ]);
    });

    it('reads only the coins and days asked for', async () => {
      const result = await queryLake(lake, 'select coin, count(*) as n from quotes group by coin', {
        coins: ['bitcoin'],
        from: '2026-11-21',
      });
      expect(result.rows).toEqual([['bitcoin', 1]]);
      expect(result.sources).toMatchObject({ days: 1, parts: 0, rawObjects: 1 });
    });

    it('says why DuckDB refused the SQL', async () => {
      const error = await queryLake(lake, 'select nope from quotes', {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LakeQueryError);
      expect((error as Error).message).toMatch(/nope/);
    });

    it('never downloads an extension', async () => {
      const error = await queryLake(
        lake,
        "select * from read_csv('https://example.com/x.csv')",
        {},
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LakeQueryError);
      expect((error as Error).message).toMatch(/httpfs|extension/i);
    });
  });
}
