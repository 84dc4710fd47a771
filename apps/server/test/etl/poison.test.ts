import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { query } from '../helpers/sql.js';
import { runExtraction } from '../../src/etl/extract.js';
import { loadLake } from '../../src/etl/lake.loader.js';
import type { Lake } from '../../src/lake/lake.js';
import { openLake } from '../../src/lake/open-lake.js';
import { quotesToCsv } from '../../src/lake/quotes.csv.js';
import { captureLog } from '../helpers/capture-log.js';
import { describeEachDatabase } from '../helpers/database.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { startFakeCmc, type FakeCmc } from '../helpers/fake-cmc.js';
import {
  extractionDeps,
  quote,
  resetPipeline,
  storedQuotes,
  tempLake,
  writeExtraction,
} from '../helpers/pipeline.js';
import { startS3rver, type TestS3 } from '../helpers/s3rver.js';

/**
 * Issue 10: one bad lake object blocked every later run and replay (0 rows loaded). Each poison
 * sits among good objects, on a folder lake and on S3: the good ones load, the bad one is
 * reported with its key and a short reason and remembered, the next run is green, and a replay
 * into an empty database restores exactly the good rows.
 */

interface Poison {
  name: string;
  /** Writes the bad object; returns its key (as reported). */
  write: (lake: Lake) => Promise<string>;
  reason: RegExp;
}

const at = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:07Z`;
const updated = (minute: number) => `2026-11-20T10:${String(minute).padStart(2, '0')}:00.000Z`;
const badRow = (minute: number, overrides: Parameters<typeof quote>[0]) => (lake: Lake) =>
  writeExtraction(lake, 'bitcoin', at(minute), [
    quote({ last_updated: updated(minute), ...overrides }),
  ]);

const POISONS: Poison[] = [
  {
    name: 'a year-0000 update time',
    write: badRow(30, { last_updated: '0000-01-01T00:00:00Z' }),
    reason: /line 2: last_updated "0000-01-01T00:00:00Z" is before 2009/,
  },
  {
    name: 'price 1e400',
    write: badRow(31, { price: '1e400' }),
    reason: /price "1e400" is out of range/,
  },
  {
    name: 'price 1e-400',
    write: badRow(32, { price: '1e-400' }),
    reason: /price "1e-400" is out of range/,
  },
  {
    name: 'volume 1e200000',
    write: badRow(33, { volume_24h: '1e200000' }),
    reason: /volume_24h "1e200000" is out of range/,
  },
  {
    name: 'a zero price',
    write: badRow(34, { price: '0' }),
    reason: /price "0" must be greater than 0/,
  },
  {
    name: 'a negative price',
    write: badRow(35, { price: '-3.5' }),
    reason: /price "-3.5" must be greater than 0/,
  },
  {
    name: 'a CSV under the partition day=99',
    write: async (lake) => {
      const key = 'raw/bitcoin/year=2026/month=11/day=99/bitcoin_2026-11-99_10-36-07.csv';
      await lake.put(key, quotesToCsv([quote({ last_updated: updated(36) })]), 'text/csv');
      return key;
    },
    reason: /partition day=99 is not a date/,
  },
  {
    name: 'a file that is not CSV (one long line)',
    write: async (lake) => {
      const key = 'raw/bitcoin/year=2026/month=11/day=20/bitcoin_2026-11-20_10-37-07.csv';
      await lake.put(key, `price;last_updated;symbol\n${'x'.repeat(200_000)}\n`, 'text/csv');
      return key;
    },
    reason: /not a ;-separated CSV|is not a number|is not an ISO/,
  },
];

/** Five good extractions, one per minute from 10:00. */
async function writeGood(lake: Lake): Promise<void> {
  for (let minute = 0; minute < 5; minute++) {
    await writeExtraction(lake, 'bitcoin', at(minute), [
      quote({ last_updated: updated(minute), price: String(500_000 + minute) }),
    ]);
  }
}

let s3: TestS3;
let cmc: FakeCmc;
beforeAll(async () => {
  [s3, cmc] = await Promise.all([startS3rver(), startFakeCmc()]);
});
afterAll(async () => {
  await Promise.all([s3.close(), cmc.close()]);
});

const LAKES = {
  folder: async () => {
    const { lake, remove } = await tempLake();
    return { lake, remove };
  },
  s3rver: async () => {
    const lake = await openLake(
      { url: `s3://${s3.bucket}/${randomUUID()}`, s3Endpoint: s3.endpoint, s3ForcePathStyle: true },
      s3.client,
    );
    return { lake, remove: () => lake.close() };
  },
};

describeEachDatabase('one bad lake object', (database) => {
  for (const [lakeKind, open] of Object.entries(LAKES)) {
    describe(`on a ${lakeKind} lake`, () => {
      let lake: Lake;
      let remove: () => Promise<void>;
      beforeEach(async () => {
        await resetPipeline(database());
        ({ lake, remove } = await open());
      });
      afterEach(async () => {
        await remove();
      });

      for (const poison of POISONS) {
        it(`${poison.name}: the others load, it is reported and remembered, the next run is green`, async () => {
          await writeGood(lake);
          const badKey = await poison.write(lake);
          const first = await loadLake(database().db, lake);
          expect(first.rowsInserted).toBe(5);
          expect(first.bad).toEqual([
            { key: badKey, reason: expect.stringMatching(poison.reason) as string, rejected: true },
          ]);
          expect(first.bad[0]?.reason.length).toBeLessThan(300);
          const rejects = await query<{ key: string; reason: string }>(
            database().db,
            sql`select key, reason from lake_rejects`,
          );
          expect(rejects).toEqual([{ key: badKey, reason: first.bad[0]?.reason }]);

          // Remembered: not read again, not reported as new.
          const second = await loadLake(database().db, lake);
          expect(second).toMatchObject({ bad: [], skippedRejected: 1, rowsInserted: 0 });

          // The next run loads its own quote and is green.
          const logs = captureLog();
          const clock = fakeClock('2026-11-20T10:45:07.000Z');
          cmc.market = { lastUpdated: '2026-11-20T10:44:00.000Z', prices: { BTC: 512_000 } };
          const run = await runExtraction(
            extractionDeps({ cmcUrl: cmc.url, lake, database, log: logs.log, clock }),
          );
          expect(run).toMatchObject({ status: 'succeeded', error: undefined });
          expect(logs.text()).not.toContain('x'.repeat(100));

          // A replay into an empty database restores exactly the good rows.
          await resetPipeline(database());
          const replay = await loadLake(database().db, lake);
          expect(replay.bad.map((b) => b.key)).toEqual([badKey]);
          expect((await storedQuotes(database())).map((q) => q.last_updated)).toEqual([
            ...[0, 1, 2, 3, 4].map(updated),
            '2026-11-20T10:44:00.000Z',
          ]);
        });
      }

      it('a value the checks let through but the database refuses is isolated to its object', async () => {
        await writeGood(lake);
        const badKey = await writeExtraction(lake, 'bitcoin', at(40), [
          quote({ last_updated: updated(40), price: '666' }),
        ]);
        await query(
          database().db,
          sql`alter table crypto_quotes add constraint test_refuse_666 check (price <> 666)`,
        );
        try {
          const summary = await loadLake(database().db, lake);
          expect(summary.rowsInserted).toBe(5);
          expect(summary.bad).toEqual([
            {
              key: badKey,
              reason: expect.stringMatching(
                /^the database refused it: .*test_refuse_666/,
              ) as string,
              rejected: true,
            },
          ]);
          expect(summary.bad[0]?.reason).not.toMatch(/insert into|params/i);
        } finally {
          await query(
            database().db,
            sql`alter table crypto_quotes drop constraint test_refuse_666`,
          );
        }
        // Retried after the cause is gone, it loads and leaves the ledger.
        const retried = await loadLake(database().db, lake, { retryRejected: true });
        expect(retried).toMatchObject({ bad: [], rowsInserted: 1 });
        expect(await query(database().db, sql`select key from lake_rejects`)).toEqual([]);
      });
    });
  }
});
