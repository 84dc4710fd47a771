import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withCopySession } from '../../src/db/copy-session.js';
import * as idempotency from '../../src/catalog/idempotency.repository.js';
import * as productList from '../../src/catalog/product-list.repository.js';
import * as products from '../../src/catalog/products.repository.js';
import * as runs from '../../src/etl/runs.repository.js';
import { planBuckets } from '../../src/prices/buckets.js';
import * as demo from '../../src/quotes/demo-quotes.repository.js';
import * as ledger from '../../src/quotes/ledger.repository.js';
import * as quotes from '../../src/quotes/quotes.repository.js';
import * as reads from '../../src/quotes/reads.repository.js';
import * as rows from '../../src/quotes/rows.repository.js';
import * as lakeDays from '../../src/quotes/lake-days.repository.js';
import * as bulkLoad from '../../src/quotes/bulk-load.repository.js';
import * as rollups from '../../src/quotes/rollups.repository.js';
import { expect } from 'vitest';
import { describeSnapshots, type Calls } from './capture.js';

/**
 * Every statement each repository function sends, as checked-in SQL files (apps/server/sql): a
 * query that changes shows in review, and fails here until `npm run sql:snapshots` rewrites them.
 * Arguments are fixed, so the files change only when the SQL does.
 */

const key = { symbol: 'BTC', convert: 'BRL' };
const at = (iso: string) => new Date(iso);
const quote = (last_updated: string, price: string) => ({
  symbol: 'BTC',
  convert: 'BRL',
  cmc_id: 1,
  last_updated,
  price,
  volume_24h: '1000.5',
  market_cap: null,
  percent_change_1h: null,
  percent_change_24h: '1.5',
  percent_change_7d: null,
  circulating_supply: null,
});
const outcome = { status: 'succeeded' as const, credits: 1, rowsInserted: 2, error: undefined };
const longPlan = planBuckets(at('2024-01-01T00:00:00Z'), at('2026-01-01T00:00:00Z'), 500);
const shortPlan = planBuckets(at('2026-01-01T00:00:00Z'), at('2026-01-01T01:00:00Z'), 10);

const MODULES: Record<string, Calls> = {
  'quotes/quotes.repository': {
    insertObjects: (db) =>
      quotes.insertObjects(db, [
        {
          key: 'quotes/BTC/2026/01/01/a.csv',
          hash: 'aa',
          rows: [
            quote('2026-01-01T00:00:00Z', '500000.5'),
            quote('2026-01-01T00:05:00Z', '500001'),
          ],
        },
      ]),
    analyzeQuotes: (db) => quotes.analyzeQuotes(db),
    commonNewestQuote: (db) => quotes.commonNewestQuote(db, ['BTC', 'ETH'], 'BRL'),
  },
  'quotes/ledger.repository': {
    loadedKeys: (db) => ledger.loadedKeys(db, ['a.csv', 'b.csv']),
    recordLoaded: (db) => ledger.recordLoaded(db, [{ key: 'c.csv', hash: 'cc', rows: 3 }]),
    rejectedKeys: (db) => ledger.rejectedKeys(db, ['a.csv', 'b.csv']),
    recordRejects: (db) => ledger.recordRejects(db, [{ key: 'd.csv', reason: 'not a CSV' }]),
    recentRejects: (db) => ledger.recentRejects(db, 20),
  },
  'quotes/reads.repository': {
    listMarkets: (db) => reads.listMarkets(db),
    newestQuotes: (db) => reads.newestQuotes(db, key),
    newestPerSeries: (db) => reads.newestPerSeries(db),
    seriesBounds: (db) => reads.seriesBounds(db, key),
    'seriesBuckets (from the quotes)': (db) => reads.seriesBuckets(db, key, shortPlan),
    'seriesBuckets (with a rollup)': (db) => reads.seriesBuckets(db, key, longPlan),
  },
  'quotes/rows.repository': {
    'quotePage (by time)': (db) =>
      rows.quotePage(
        db,
        key,
        { field: 'last_updated', descending: true },
        { limit: 50, offset: 0 },
      ),
    'quotePage (by price)': (db) =>
      rows.quotePage(db, key, { field: 'price', descending: false }, { limit: 50, offset: 50 }),
    countQuotes: (db) => rows.countQuotes(db, key),
    'exportBatch (first)': (db) =>
      rows.exportBatch(
        db,
        key,
        { from: at('2026-01-01T00:00:00Z'), to: at('2026-01-02T00:00:00Z'), after: undefined },
        1000,
      ),
    'exportBatch (next)': (db) =>
      rows.exportBatch(
        db,
        key,
        {
          from: at('2026-01-01T00:00:00Z'),
          to: at('2026-01-02T00:00:00Z'),
          after: '2026-01-01 00:05:00.000000+00',
        },
        1000,
      ),
    findGaps: (db) =>
      rows.findGaps(
        db,
        key,
        { from: at('2026-01-01T00:00:00Z'), to: at('2026-01-02T00:00:00Z') },
        300,
        100,
      ),
  },
  'quotes/lake-days.repository': {
    loadedDays: (db) => lakeDays.loadedDays(db, { from: '2026-01-01', to: '2026-01-31' }),
    loadedMonths: (db) => lakeDays.loadedMonths(db, { from: '2026-01', to: '2026-12' }),
    recordLoaded: (db) =>
      lakeDays.recordLoaded(
        db,
        [
          {
            coin: 'bitcoin',
            day: '2026-01-01',
            manifestKey: 'm.json',
            parts: ['p.parquet'],
            rows: 0,
          },
        ],
        [
          {
            coin: 'bitcoin',
            month: '2026-01',
            manifestKey: 'months/m.json',
            parts: ['month.parquet', 'p.parquet'],
            rows: 1,
          },
        ],
      ),
  },
  'quotes/bulk-load.repository': {
    prepareStaging: (db) => bulkLoad.prepareStaging(db),
    rangesHoldNoQuote: (db) =>
      bulkLoad.rangesHoldNoQuote(db, [
        { ...key, first: '2026-01-01T00:00:00Z', last: '2026-01-01T23:55:00Z' },
      ]),
    insertBatch: async (db) => {
      const dir = await mkdtemp(join(tmpdir(), 'cais-sql-'));
      const csv = join(dir, 'batch.csv');
      await writeFile(csv, 'BTC,BRL,1,2026-01-01T00:00:00.000Z,1.5,,,,,,,raw/bitcoin/a.csv\n');
      try {
        return await withCopySession(db, async (session) => {
          await bulkLoad.prepareStaging(session.db);
          return bulkLoad.insertBatch(session, {
            csv,
            ranges: [{ ...key, first: '2026-01-01T00:00:00Z', last: '2026-01-01T00:00:00Z' }],
            days: [],
            months: [],
          });
        });
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
    insertStagedDays: async (db) => {
      await bulkLoad.prepareStaging(db);
      return bulkLoad.insertStagedDays(db, [
        {
          coin: 'bitcoin',
          day: '2026-01-01',
          manifestKey: 'm.json',
          parts: ['p.parquet'],
          rows: 1,
        },
      ]);
    },
  },
  'quotes/rollups.repository': {
    refreshBuckets: (db) =>
      rollups.refreshBuckets(db, [{ ...key, last_updated: '2026-01-01T00:00:00Z' }]),
    refreshRanges: (db) =>
      rollups.refreshRanges(db, [
        { ...key, first: '2026-01-01T00:00:00Z', last: '2026-01-01T23:55:00Z' },
      ]),
    quoteSeries: (db) => rollups.quoteSeries(db),
    rebuildWindow: (db) =>
      rollups.rebuildWindow(db, key, {
        from: at('2026-01-01T00:00:00Z'),
        to: at('2026-01-02T00:00:00Z'),
      }),
    dropOrphanRollups: (db) => rollups.dropOrphanRollups(db),
  },
  'quotes/demo-quotes.repository': {
    insertDemoSeries: (db) =>
      demo.insertDemoSeries(db, {
        symbol: 'ETH',
        convert: 'BRL',
        cmcId: 1027,
        count: 3,
        intervalSeconds: 300,
        end: at('2026-01-01T00:00:00Z'),
        startPrice: 20000,
        volatility: 0.001,
        circulatingSupply: 120_000_000,
      }),
  },
  'etl/runs.repository': {
    startRun: (db) => runs.startRun(db, ['BTC']),
    finishRun: (db) => runs.finishRun(db, 1, outcome),
    recordRun: (db) => runs.recordRun(db, at('2026-01-01T00:00:00Z'), ['BTC'], outcome),
    closeInterruptedRuns: (db) => runs.closeInterruptedRuns(db),
    recordedRunKeys: (db) => runs.recordedRunKeys(db, ['runs/unrecorded/a.json']),
    recordUnrecordedRun: (db) =>
      runs.recordUnrecordedRun(db, 'runs/unrecorded/a.json', {
        ...outcome,
        runId: 1,
        startedAt: '2026-01-01T00:00:00Z',
        finishedAt: '2026-01-01T00:00:02Z',
        symbols: ['BTC'],
      }),
    recentRuns: (db) => runs.recentRuns(db, 10),
    creditsUsed: (db) => runs.creditsUsed(db),
    recordConvert: (db) => runs.recordConvert(db, 'BRL'),
    runHistory: (db) => runs.runHistory(db),
  },
  'catalog/products.repository': {
    // Each puts the indexes back, so the statements after it run against the usual schema.
    dropGinIndexes: async (db) => {
      await products.recreateIndexes(db, await products.dropGinIndexes(db));
    },
    recreateIndexes: async (db) => {
      await products.recreateIndexes(db, await products.dropGinIndexes(db));
    },
    findProduct: (db) => products.findProduct(db, 1),
    lockProduct: (db) => products.lockProduct(db, 1),
    listCategories: (db) => products.listCategories(db),
    findSigningKey: (db) => products.findSigningKey(db, 'cursor'),
    upsertProducts: (db) =>
      products.upsertProducts(db, [
        {
          name: 'Caneta',
          price: 2.5,
          categoria: 'Roupas',
          email_fornecedor: 'a@example.com',
          sku: 'CAN-1',
        },
      ]),
    insertProductBatch: (db) =>
      products.insertProductBatch(db, [
        {
          name: 'Lápis',
          description: null,
          price: '1.00',
          categoria: 'Roupas',
          email_fornecedor: 'a@example.com',
          created_at: at('2026-01-01T00:00:00Z'),
        },
      ]),
  },
  'catalog/product-list.repository': {
    resolveSearch: (db) => productList.resolveSearch(db, 'geladeira frost', 1000),
    findProductPage: (db) =>
      productList.findProductPage(
        db,
        { categoria: 'Roupas', priceMin: 1, priceMax: 10, text: 'can' },
        [
          { field: 'price', descending: true },
          { field: 'id', descending: false },
        ],
        { limit: 20, offset: 0 },
      ),
    countProducts: (db) => productList.countProducts(db, { text: 'can' }, 50_000),
    allProducts: async (db) => {
      const sort = [{ field: 'id', descending: false }] as const;
      for await (const batch of productList.allProducts(db, { categoria: 'Roupas' }, [...sort], 2))
        expect(batch.length).toBeLessThanOrEqual(2);
    },
  },
  'catalog/idempotency.repository': {
    saveResponse: (db) =>
      idempotency.saveResponse(db, 'key-1', { requestHash: 'h', status: 201, body: { id: 1 } }),
    findResponse: (db) => idempotency.findResponse(db, 'key-1'),
    deleteResponsesBefore: (db) =>
      idempotency.deleteResponsesBefore(db, at('2026-01-01T00:00:00Z')),
  },
};

describeSnapshots(MODULES);
