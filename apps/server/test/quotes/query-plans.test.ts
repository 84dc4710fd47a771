import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import * as runs from '../../src/etl/runs.repository.js';
import { planBuckets } from '../../src/prices/buckets.js';
import { seedQuotes } from '../../src/prices/demo-quotes.js';
import * as reads from '../../src/quotes/reads.repository.js';
import * as rows from '../../src/quotes/rows.repository.js';
import { DATABASE_KINDS, serverSkipReason } from '../helpers/database.js';
import { openCapturing, type Capturing } from '../sql/capture.js';

/**
 * The plans of the dashboard's hot queries: each must read through its index. Sequential scans
 * are priced out (enable_seqscan = off), so the planner takes a scan of the whole table only when
 * no index serves the query: a dropped or reordered index fails here, not in production.
 */

const END = new Date('2026-01-01T00:00:00Z');
const key = { symbol: 'BTC', convert: 'BRL' };

interface HotQuery {
  name: string;
  call: (db: Database) => Promise<unknown>;
  /** Indexes the plan must use. */
  uses: string[];
  /** Tables the plan must never scan whole. */
  neverScans: string[];
}

const HOT_QUERIES: HotQuery[] = [
  {
    name: 'latest prices (newestQuotes)',
    call: (db) => reads.newestQuotes(db, key),
    uses: ['crypto_quotes_series_idx'],
    neverScans: ['crypto_quotes'],
  },
  {
    name: 'chart series from the quotes (seriesBuckets)',
    call: (db) =>
      reads.seriesBuckets(db, key, planBuckets(new Date(END.getTime() - 3600_000), END, 100)),
    uses: ['crypto_quotes_series_idx'],
    neverScans: ['crypto_quotes'],
  },
  {
    name: 'chart series over a rollup (seriesBuckets)',
    call: (db) =>
      reads.seriesBuckets(db, key, planBuckets(new Date(END.getTime() - 30 * 86400_000), END, 50)),
    uses: ['crypto_quotes_series_idx', 'quote_rollups_pkey'],
    neverScans: ['crypto_quotes', 'quote_rollups'],
  },
  {
    name: 'series bounds (seriesBounds)',
    call: (db) => reads.seriesBounds(db, key),
    uses: ['crypto_quotes_series_idx'],
    neverScans: ['crypto_quotes'],
  },
  {
    name: 'the rows table (quotePage)',
    call: (db) =>
      rows.quotePage(
        db,
        key,
        { field: 'last_updated', descending: true },
        { limit: 50, offset: 0 },
      ),
    uses: ['crypto_quotes_series_idx'],
    neverScans: ['crypto_quotes'],
  },
  {
    name: 'pipeline health gaps (findGaps)',
    call: (db) =>
      rows.findGaps(db, key, { from: new Date(END.getTime() - 86400_000), to: END }, 300, 100),
    uses: ['crypto_quotes_series_idx'],
    neverScans: ['crypto_quotes'],
  },
  {
    name: 'pipeline health runs (recentRuns)',
    call: (db) => runs.recentRuns(db, 20),
    uses: ['etl_runs_pkey'],
    neverScans: ['etl_runs'],
  },
  {
    name: 'pipeline health credits (creditsUsed)',
    call: (db) => runs.creditsUsed(db),
    uses: ['etl_runs_started_at_idx'],
    neverScans: ['etl_runs'],
  },
  {
    name: 'pipeline health history (runHistory)',
    call: (db) => runs.runHistory(db),
    uses: ['etl_runs_pkey'],
    neverScans: ['etl_runs'],
  },
];

for (const kind of DATABASE_KINDS) {
  describe.skipIf(kind === 'postgres' && serverSkipReason() !== undefined)(
    `plans of the dashboard's hot queries [${kind}]`,
    () => {
      let capturing: Capturing;
      beforeAll(async () => {
        capturing = await openCapturing(kind);
        // Three days of 5-minute quotes and their rollups, and a few runs.
        await seedQuotes(capturing.db, {
          symbols: ['BTC', 'ETH'],
          convert: 'BRL',
          count: 3 * 288,
          intervalSeconds: 300,
          end: END,
        });
        for (let i = 0; i < 5; i++) await runs.startRun(capturing.db, ['BTC']);
        await capturing.raw('analyze');
        await capturing.raw('set enable_seqscan = off');
      });
      afterAll(async () => {
        await capturing.close();
      });

      for (const hot of HOT_QUERIES) {
        it(`reads ${hot.name} through ${hot.uses.join(' and ')}`, async () => {
          const statements = await capturing.capture(hot.call);
          expect(statements.length).toBeGreaterThan(0);
          const plans: string[] = [];
          for (const { text, params } of statements) {
            const rows = await capturing.raw(`explain ${text}`, params);
            plans.push(rows.map((r) => String(r['QUERY PLAN'])).join('\n'));
          }
          const plan = plans.join('\n');
          for (const index of hot.uses) expect(plan, plan).toContain(index);
          for (const table of hot.neverScans)
            expect(plan, plan).not.toMatch(`Seq Scan on ${table}`);
        });
      }
    },
  );
}
