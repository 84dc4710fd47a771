import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle } from '../../src/db/client.js';
import { query } from '../helpers/sql.js';
import { loadLake } from '../../src/etl/lake.loader.js';
import { openLake } from '../../src/lake/open-lake.js';
import type { QuoteRow } from '../../src/lake/quotes.csv.js';
import { compactLake } from '../../src/lakehouse/compact.js';
import { DATABASE_KINDS, openTestDatabase, serverSkipReason } from '../helpers/database.js';
import { loadedObjects, resetPipeline, tempLake, writeExtraction } from '../helpers/pipeline.js';
import { startS3rver, type TestS3 } from '../helpers/s3rver.js';

const DAYS = ['2026-11-18', '2026-11-19'];
/**
 * Compacted on 21 November, replay reads day parts; on 5 December, November is closed and replay
 * reads its month part (in bulk, straight into an empty server database).
 */
const READS = {
  'day parts': { now: new Date('2026-11-21T12:00:00Z'), share: 1 },
  'a month part': { now: new Date('2026-12-05T12:00:00Z'), share: 0.5 },
};

/** Decimal text as CoinMarketCap and pandas write it: trailing zeros, exponents, signs, many digits. */
const decimal = fc
  .tuple(
    fc.constantFrom('', '-'),
    fc.stringMatching(/^(0|[1-9]\d{0,13})$/),
    fc.option(fc.stringMatching(/^\d{1,18}$/), { nil: undefined }),
    fc.option(fc.integer({ min: -12, max: 6 }), { nil: undefined }),
  )
  .map(
    ([sign, whole, fraction, exponent]) =>
      `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`,
  );

const row = fc.record({
  // Few series and times, so the same quote turns up in several objects.
  series: fc.constantFrom(['BTC', 1], ['ETH', 1027], ['XRP', null]),
  day: fc.constantFrom(...DAYS),
  minute: fc.integer({ min: 0, max: 3 }),
  millis: fc.constantFrom(0, 123),
  // The loader refuses a price of 0 or less (the whole object): such lakes are another test's.
  price: decimal.filter((d) => Number(d) > 0),
  volume_24h: fc.option(decimal, { nil: null }),
  percent_change_7d: fc.option(decimal, { nil: null }),
});

const extraction = fc.record({
  coin: fc.constantFrom('bitcoin', 'ethereum'),
  day: fc.constantFrom(...DAYS),
  second: fc.integer({ min: 0, max: 86_399 }),
  rows: fc.array(row, { minLength: 1, maxLength: 4 }),
});

type Generated<A> = A extends fc.Arbitrary<infer T> ? T : never;

const toQuote = (r: Generated<typeof row>): QuoteRow => ({
  symbol: r.series[0],
  convert: 'BRL',
  cmc_id: typeof r.series[1] === 'number' ? r.series[1] : null,
  last_updated: new Date(Date.parse(`${r.day}T23:5${r.minute}:00Z`) + r.millis).toISOString(),
  price: r.price,
  volume_24h: r.volume_24h,
  market_cap: null,
  percent_change_1h: '0.10',
  percent_change_24h: null,
  percent_change_7d: r.percent_change_7d,
  circulating_supply: '19950012.000',
});

/** crypto_quotes in full but for the row id and insert time, numerics as PostgreSQL prints them. */
const quotesTable = (handle: DatabaseHandle) =>
  query(
    handle.db,
    sql`select symbol, convert, cmc_id, last_updated, price::text, volume_24h::text,
               market_cap::text, percent_change_1h::text, percent_change_24h::text,
               percent_change_7d::text, circulating_supply::text, source_key
        from crypto_quotes order by symbol, convert, last_updated`,
  );

/** A fresh lake of each kind per generated case: a folder, or a new prefix of one s3rver. */
const lakeKinds = {
  folder: { runs: 25, open: async () => tempLake() },
  s3rver: {
    runs: 6,
    open: async () => {
      s3 ??= await startS3rver();
      const lake = await openLake(
        {
          url: `s3://${s3.bucket}/exact-${++prefixes}`,
          s3Endpoint: s3.endpoint,
          s3ForcePathStyle: true,
        },
        s3.client,
      );
      return { lake, remove: () => lake.close() };
    },
  },
};
let s3: TestS3 | undefined;
let prefixes = 0;
afterAll(async () => {
  await s3?.close();
});

/** The rollups a load keeps beside the quotes. */
const rollups = (handle: DatabaseHandle) =>
  query(
    handle.db,
    sql`select symbol, convert, resolution_seconds, bucket_start, open, high, low, close, count
        from quote_rollups order by 1, 2, 3, 4`,
  );

for (const kind of DATABASE_KINDS) {
  for (const [lakeKind, { runs: allRuns, open }] of Object.entries(lakeKinds)) {
    for (const [reads, { now: NOW, share }] of Object.entries(READS)) {
      const runs = Math.max(2, Math.round(allRuns * share));
      describe.skipIf(kind === 'postgres' && serverSkipReason() !== undefined)(
        `compacted days replay exactly like their raw objects, from ${reads} [${kind}, ${lakeKind} lake]`,
        () => {
          let fromRaw: DatabaseHandle;
          let fromCompacted: DatabaseHandle;
          beforeAll(async () => {
            [fromRaw, fromCompacted] = await Promise.all([
              openTestDatabase(kind),
              openTestDatabase(kind),
            ]);
          });
          afterAll(async () => {
            await Promise.all([fromRaw.close(), fromCompacted.close()]);
          });

          it('gives the same rows, types and digits, duplicates collapsed as replay collapses them', async () => {
            await fc.assert(
              fc.asyncProperty(
                fc.array(extraction, { minLength: 1, maxLength: 12 }),
                async (extractions) => {
                  const { lake, remove } = await open();
                  try {
                    await resetPipeline(fromRaw);
                    await resetPipeline(fromCompacted);
                    const written = new Set<string>();
                    for (const e of extractions) {
                      const at = new Date(
                        Date.parse(`${e.day}T00:00:00Z`) + e.second * 1000,
                      ).toISOString();
                      if (written.has(`${e.coin}${at}`)) continue;
                      written.add(`${e.coin}${at}`);
                      await writeExtraction(lake, e.coin, at, e.rows.map(toQuote));
                    }
                    await loadLake(fromRaw.db, lake, { compacted: false });
                    await compactLake(lake, { now: NOW });
                    const replay = await loadLake(fromCompacted.db, lake);

                    // Read from the parts: no raw object was read.
                    expect(replay.compacted?.daysRead).toBeGreaterThan(0);
                    expect(replay.compacted?.monthsRead ?? 0).toBe(
                      reads === 'a month part' ? new Set(extractions.map((e) => e.coin)).size : 0,
                    );
                    expect(await loadedObjects(fromCompacted)).toEqual([]);
                    const expected = await quotesTable(fromRaw);
                    expect(expected.length).toBeGreaterThan(0);
                    expect(await quotesTable(fromCompacted)).toEqual(expected);
                    expect(await rollups(fromCompacted)).toEqual(await rollups(fromRaw));
                  } finally {
                    await remove();
                  }
                },
              ),
              { seed: 1414, numRuns: runs },
            );
          }, 180_000);
        },
      );
    }
  }
}
