import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Clock } from '../../src/time/clock.js';
import { CmcClient } from '../../src/cmc/cmc.client.js';
import { type DatabaseHandle } from '../../src/db/client.js';
import { query } from './sql.js';
import type { ExtractionDeps } from '../../src/etl/extract.js';
import { objectKeys } from '../../src/lake/keys.js';
import { FolderLake } from '../../src/lake/lake.folder.js';
import type { Lake } from '../../src/lake/lake.js';
import { quotesToCsv, type QuoteRow } from '../../src/lake/quotes.csv.js';
import { API_KEY } from './fake-cmc.js';

/** Empties the pipeline's tables and puts bitcoin_precos back on BRL. */
export async function resetPipeline(handle: DatabaseHandle): Promise<void> {
  await query(
    handle.db,
    sql`truncate crypto_quotes, lake_objects, lake_days, lake_months, lake_rejects, etl_runs, quote_rollups restart identity`,
  );
  await query(handle.db, sql`update etl_settings set value = 'BRL' where name = 'convert'`);
}

/** A lake in a new temporary folder. */
export async function tempLake(): Promise<{
  lake: FolderLake;
  dir: string;
  remove: () => Promise<void>;
}> {
  const dir = await mkdtemp(join(tmpdir(), 'cais-lake-'));
  return {
    lake: new FolderLake(dir),
    dir,
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

export const quote = (overrides: Partial<QuoteRow> = {}): QuoteRow => ({
  symbol: 'BTC',
  convert: 'BRL',
  cmc_id: 1,
  last_updated: '2026-11-22T14:04:00.000Z',
  price: '512345.678901',
  volume_24h: '201234567890.12',
  market_cap: '10221234567890.1',
  percent_change_1h: '0.12',
  percent_change_24h: '-1.05',
  percent_change_7d: '4.2',
  circulating_supply: '19950012',
  ...overrides,
});

/** Writes one extraction's CSV (and a JSON beside it) as the ETL does; returns the CSV key. */
export async function writeExtraction(
  lake: Lake,
  slug: string,
  extractedAt: string,
  rows: QuoteRow[],
): Promise<string> {
  const keys = objectKeys(slug, new Date(extractedAt));
  await lake.put(keys.json, '{}', 'application/json');
  await lake.put(keys.csv, quotesToCsv(rows), 'text/csv');
  return keys.csv;
}

export interface StoredQuote {
  symbol: string;
  convert: string;
  cmc_id: number | null;
  last_updated: string;
  price: string;
  volume_24h: string | null;
  source_key: string;
}

export const storedQuotes = (handle: DatabaseHandle): Promise<StoredQuote[]> =>
  query<StoredQuote>(
    handle.db,
    sql`select symbol, convert, cmc_id, to_char(last_updated at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as last_updated,
               price::text as price, volume_24h::text as volume_24h, source_key
        from crypto_quotes order by last_updated, symbol`,
  );

export const loadedObjects = (handle: DatabaseHandle) =>
  query<{ key: string; etag_or_hash: string; rows: number }>(
    handle.db,
    sql`select key, etag_or_hash, rows from lake_objects order by key`,
  );

/** What one extraction of BTC in BRL needs, against the local CoinMarketCap at `cmcUrl`. */
export const extractionDeps = (
  parts: { cmcUrl: string; lake: Lake; database: () => DatabaseHandle; log: Logger; clock: Clock },
  overrides: Partial<ExtractionDeps> = {},
): ExtractionDeps => ({
  cmc: new CmcClient({
    baseUrl: parts.cmcUrl,
    apiKey: API_KEY,
    log: parts.log,
    clock: parts.clock,
  }),
  lake: parts.lake,
  database: async () => parts.database().db,
  symbols: ['BTC'],
  convert: 'BRL',
  log: parts.log,
  clock: parts.clock,
  ...overrides,
});
