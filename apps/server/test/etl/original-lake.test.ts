import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { query } from '../helpers/sql.js';
import { loadLake } from '../../src/etl/lake.loader.js';
import type { Lake } from '../../src/lake/lake.js';
import { openLake } from '../../src/lake/open-lake.js';
import { parseQuotesCsv } from '../../src/lake/quotes.csv.js';
import { describeEachDatabase } from '../helpers/database.js';
import { resetPipeline, tempLake } from '../helpers/pipeline.js';
import { startS3rver, type TestS3 } from '../helpers/s3rver.js';

/**
 * A lake as the original pipeline left it: `bitcoin_<UTC fetch time>.csv` under the fetch day's
 * partition, `;`-separated, its four columns with raw float digits; an early version uploaded its
 * whole growing local CSV each run, so early objects repeat every row before them.
 */

interface OriginalRow {
  price: string;
  last_updated: string;
}

const two = (n: number) => String(n).padStart(2, '0');

/** The original's key: f"bitcoin_{agora.strftime('%Y-%m-%d_%H-%M-%S')}.csv" under year=/month=/day=. */
function originalKey(fetchedAt: Date): string {
  const d = fetchedAt;
  const day = `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}`;
  const time = `${two(d.getUTCHours())}-${two(d.getUTCMinutes())}-${two(d.getUTCSeconds())}`;
  return (
    `raw/bitcoin/year=${d.getUTCFullYear()}/month=${two(d.getUTCMonth() + 1)}/day=${two(d.getUTCDate())}/` +
    `bitcoin_${day}_${time}.csv`
  );
}

/** pandas' to_csv(sep=';', index=False) of the original's DataFrame. */
const originalCsv = (rows: readonly OriginalRow[]) =>
  'price;volume_24h;market_cap;last_updated\n' +
  rows.map((r) => `${r.price};237513109628.23135;9656048707877.713;${r.last_updated}`).join('\n') +
  '\n';

// The fetch five minutes apart, 7 s past; CoinMarketCap's last_updated a minute before it. The
// first fetches are just before midnight, so fetch days and update days differ at the turn.
const START = Date.UTC(2025, 11, 26, 23, 45, 7);
const fetchTime = (i: number) => new Date(START + i * 300_000);
const updateTime = (i: number) => new Date(START - 67_000 + i * 300_000).toISOString();
const price = (i: number, retry = 0) => String(483588.2663266665 + i * 13.37 + retry * 0.5);

interface Fetch {
  /** New quote of this fetch: its update index, and a retry number for another price. */
  update: number;
  retry: number;
  /** The early version: the object repeats every row before it. */
  growing: boolean;
}

/** Writes the objects; returns what the database must hold (the first row loaded wins). */
async function writeOriginalLake(lake: Lake, fetches: readonly Fetch[]) {
  const expected = new Map<string, string>();
  const history: OriginalRow[] = [];
  let rows = 0;
  let repeating = 0;
  for (const [i, fetch] of fetches.entries()) {
    const row = { price: price(fetch.update, fetch.retry), last_updated: updateTime(fetch.update) };
    history.push(row);
    const content = fetch.growing ? [...history] : [row];
    const seen = new Set<string>();
    let repeats = false;
    for (const r of content) {
      if (expected.has(r.last_updated) || seen.has(r.last_updated)) repeats = true;
      seen.add(r.last_updated);
    }
    for (const r of content)
      if (!expected.has(r.last_updated)) expected.set(r.last_updated, r.price);
    if (repeats) repeating++;
    rows += content.length;
    await lake.put(originalKey(fetchTime(i)), originalCsv(content), 'text/csv');
  }
  return { expected, rows, repeating };
}

/** The realistic history: four growing objects, then one quote each, one update fetched twice. */
const HISTORY: Fetch[] = [
  { update: 0, retry: 0, growing: true },
  { update: 1, retry: 0, growing: true },
  { update: 2, retry: 0, growing: true },
  { update: 3, retry: 0, growing: true },
  { update: 4, retry: 0, growing: false },
  // CoinMarketCap had not updated: the same last_updated, another price.
  { update: 4, retry: 1, growing: false },
  { update: 5, retry: 0, growing: false },
];

describeEachDatabase('replaying an original lake', (database) => {
  const stored = () =>
    query<{ last_updated: string; price: string; symbol: string; convert: string }>(
      database().db,
      sql`select to_char(last_updated at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_updated,
                 price::text as price, symbol, convert
          from crypto_quotes order by last_updated`,
    );

  describe('in S3, at the root of the bucket as the original wrote it', () => {
    let s3: TestS3;
    let lake: Lake;
    beforeAll(async () => {
      s3 = await startS3rver({ bucket: 'bitcoin-raw-original' });
      lake = await openLake(
        { url: `s3://${s3.bucket}`, s3Endpoint: s3.endpoint, s3ForcePathStyle: true },
        s3.client,
      );
    });
    afterAll(async () => {
      await lake.close();
      await s3.close();
    });

    it('loads every distinct quote once, repeated rows as duplicates, not errors', async () => {
      await resetPipeline(database());
      const { expected } = await writeOriginalLake(lake, HISTORY);
      const summary = await loadLake(database().db, lake);
      expect(summary).toEqual({
        listed: 7,
        alreadyLoaded: 0,
        skippedRejected: 0,
        loaded: 7,
        rowsInserted: 6,
        // 1 + 2 + 3 rows of the growing objects, and the second fetch of update 4.
        duplicates: 7,
        repeatingObjects: 4,
        bad: [],
      });
      const rows = await stored();
      expect(rows.map((r) => [r.last_updated, r.price])).toEqual([...expected]);
      // Raw float digits kept as they were written; BTC in BRL, as the original collected.
      expect(rows[0]).toMatchObject({ price: '483588.2663266665', symbol: 'BTC', convert: 'BRL' });
      // The first fetch of update 4 won, as ON CONFLICT DO NOTHING let it in the original table.
      expect(rows[4]?.price).toBe(price(4, 0));
      // A second replay has nothing to do.
      expect(await loadLake(database().db, lake)).toMatchObject({ alreadyLoaded: 7, loaded: 0 });
    });
  });

  describe('in a folder copy', () => {
    let lake: Lake;
    let remove: () => Promise<void>;
    beforeEach(async () => {
      await resetPipeline(database());
      ({ lake, remove } = await tempLake());
      return remove;
    });

    it('counts duplicates and repeating objects for any history of fetches', async () => {
      const histories = fc.array(
        fc.record({
          update: fc.nat({ max: 12 }),
          retry: fc.nat({ max: 2 }),
          growing: fc.boolean(),
        }),
        { minLength: 1, maxLength: 14 },
      );
      await fc.assert(
        fc.asyncProperty(histories, async (fetches) => {
          await resetPipeline(database());
          ({ lake, remove } = await tempLake());
          try {
            const { expected, rows, repeating } = await writeOriginalLake(lake, fetches);
            const summary = await loadLake(database().db, lake, { batchSize: 3 });
            expect(summary.rowsInserted).toBe(expected.size);
            expect(summary.duplicates).toBe(rows - expected.size);
            expect(summary.repeatingObjects).toBe(repeating);
            expect(summary.bad).toEqual([]);
            const stored2 = await stored();
            expect(new Map(stored2.map((r) => [r.last_updated, r.price]))).toEqual(expected);
          } finally {
            await remove();
          }
        }),
        { seed: 11, numRuns: 15 },
      );
    });
  });
});

describe("the original's CSV", () => {
  it('reads a file grown by appending, its header repeated where each append began', () => {
    const text =
      'price;volume_24h;market_cap;last_updated\n1.5;2;3;2025-12-26T18:41:00.000Z\n' +
      'price;volume_24h;market_cap;last_updated\n1.6;2;3;2025-12-26T18:46:00.000Z\n';
    expect(parseQuotesCsv(text, 'bitcoin').map((r) => r.price)).toEqual(['1.5', '1.6']);
  });

  it('still names the line of a bad row after a repeated header', () => {
    const text =
      'price;volume_24h;market_cap;last_updated\nprice;volume_24h;market_cap;last_updated\n' +
      'abc;2;3;2025-12-26T18:41:00.000Z\n';
    expect(() => parseQuotesCsv(text, 'bitcoin')).toThrow(/^line 3: price "abc" is not a number/);
  });
});
