import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  pgView,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';

/** The data model of ARCHITECTURE.md section 4. Column names are the wire names of the API. */

export const categories = pgTable('categories', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  name: text().notNull().unique(),
});

export const products = pgTable(
  'products',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: varchar({ length: 200 }).notNull(),
    description: varchar({ length: 5000 }),
    // Money is exact: numeric on the way in and out, never a float in between.
    price: numeric({ precision: 12, scale: 2 }).notNull(),
    categoria: text()
      .notNull()
      .references(() => categories.name, { onUpdate: 'cascade' }),
    email_fornecedor: varchar({ length: 254 }).notNull(),
    created_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updated_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    // Optional stock-keeping unit, unique where present: imports upsert by it.
    sku: varchar({ length: 64 }).unique('products_sku_unique'),
    // Set when the product is in the trash; every catalog read leaves such rows out.
    deleted_at: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('products_price_positive', sql`${t.price} > 0`),
    // Each list sort has an index ending in id, the tie-breaker that keeps pages stable.
    index('products_categoria_price_idx').on(t.categoria, t.price, t.id),
    index('products_price_idx').on(t.price, t.id),
    index('products_name_idx').on(t.name, t.id),
    index('products_created_at_idx').on(t.created_at, t.id),
    index('products_updated_at_idx').on(t.updated_at, t.id),
    // The trash page lists deleted products; the catalog's own reads skip them.
    index('products_deleted_at_idx')
      .on(t.deleted_at)
      .where(sql`${t.deleted_at} is not null`),
    // Serves `q`: ILIKE and trigram similarity over the folded (unaccented, lower-case) name and
    // description; cais_fold is made by migration 0010.
    index('products_search_fold_trgm_idx').using(
      'gin',
      sql`(cais_fold(${t.name} || ' ' || coalesce(${t.description}, ''))) gin_trgm_ops`,
    ),
  ],
);

/** Secrets the server signs with (list cursors), made at migration; read-only role excluded. */
export const signingKeys = pgTable('signing_keys', {
  name: text().primaryKey(),
  secret: text().notNull(),
});

// Users, sessions, API tokens, sign-in attempts and product history live in team.schema.ts.
export * from './team.schema.js';
// Alert rules and their events live in alerts.schema.ts.
export * from './alerts.schema.js';

/** Responses of POST requests sent with an Idempotency-Key, replayed on a retry. */
export const idempotencyKeys = pgTable('idempotency_keys', {
  key: varchar({ length: 255 }).primaryKey(),
  request_hash: text().notNull(),
  status: smallint().notNull(),
  body: jsonb().notNull(),
  created_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * One row per coin, quote currency and CoinMarketCap update. Money and volumes are numeric:
 * prices of small coins need more digits than a double keeps, market caps more than numeric(p,s).
 */
export const cryptoQuotes = pgTable(
  'crypto_quotes',
  {
    // The original table had an id; bitcoin_precos keeps showing it.
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    symbol: text().notNull(),
    convert: text().notNull(),
    // Unknown for files written by the original pipeline.
    cmc_id: integer(),
    last_updated: timestamp({ withTimezone: true }).notNull(),
    price: numeric().notNull(),
    volume_24h: numeric(),
    market_cap: numeric(),
    percent_change_1h: numeric(),
    percent_change_24h: numeric(),
    percent_change_7d: numeric(),
    circulating_supply: numeric(),
    /** The lake object the row came from. */
    source_key: text().notNull(),
    inserted_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // The idempotency key of every load (ON CONFLICT ... DO NOTHING) and, with the same column
    // order, the index of every time-range read: one series is one contiguous range of it,
    // newest first by a backward scan, so downsampling a period reads only that period.
    uniqueIndex('crypto_quotes_series_idx').on(t.symbol, t.convert, t.last_updated),
  ],
);

export const ROLLUP_RESOLUTIONS = [3600, 10800, 86400] as const;
export type RollupResolution = (typeof ROLLUP_RESOLUTIONS)[number];

/**
 * crypto_quotes summed up per series in 1 h, 3 h and 1 day buckets aligned to the UTC epoch, so a
 * chart of years reads a few thousand rows instead of millions. The loader keeps the buckets it
 * touches current in the same transaction; `cais db rollup` rebuilds them after any other load.
 * Prices are doubles: the rollups only feed charts, and a float8 keeps min/max order exact.
 */
export const quoteRollups = pgTable(
  'quote_rollups',
  {
    symbol: text().notNull(),
    convert: text().notNull(),
    resolution_seconds: integer().notNull(),
    bucket_start: timestamp({ withTimezone: true }).notNull(),
    open: doublePrecision().notNull(),
    high: doublePrecision().notNull(),
    low: doublePrecision().notNull(),
    close: doublePrecision().notNull(),
    count: integer().notNull(),
    /** The first and last quote in the bucket: series buckets are placed by them. */
    first_at: timestamp({ withTimezone: true }).notNull(),
    last_at: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({
      name: 'quote_rollups_pkey',
      columns: [t.symbol, t.convert, t.resolution_seconds, t.bucket_start],
    }),
    check(
      'quote_rollups_resolution_known',
      sql`${t.resolution_seconds} in (${sql.raw(ROLLUP_RESOLUTIONS.join(', '))})`,
    ),
  ],
);

/** The lake objects whose rows are in crypto_quotes: what replay and each run skip. */
export const lakeObjects = pgTable('lake_objects', {
  key: text().primaryKey(),
  /** MD5 of the CSV, as hex: the ETag S3 gives a single-part upload, computed for a folder. */
  etag_or_hash: text().notNull(),
  /** Data rows in the object (inserted or already present). */
  rows: integer().notNull(),
  loaded_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * The compacted days whose parts are in crypto_quotes: the ledger of replay at the granularity it
 * reads them (docs/lake.md). A day is read again only when a newer manifest names new parts.
 */
export const lakeDays = pgTable(
  'lake_days',
  {
    coin: text().notNull(),
    day: date({ mode: 'string' }).notNull(),
    /** The manifest whose parts were loaded. */
    manifest_key: text().notNull(),
    /** The part keys loaded (those of that manifest): a newer manifest's others are new. */
    parts: text().array().notNull(),
    /** Rows in those parts (inserted or already present); 0 for a day read in its month part. */
    rows: integer().notNull(),
    loaded_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'lake_days_pkey', columns: [t.coin, t.day] })],
);

/**
 * The compacted months read from their month part (docs/lake.md): one row a coin month, beside
 * the lake_days rows of its days. A month is read again only for parts it does not list.
 */
export const lakeMonths = pgTable(
  'lake_months',
  {
    coin: text().notNull(),
    /** `YYYY-MM` */
    month: text().notNull(),
    /** The month manifest whose part was loaded. */
    manifest_key: text().notNull(),
    /** The month part and every day part its rows hold (the manifest's, and late ones read). */
    parts: text().array().notNull(),
    /** Rows read for the month (inserted or already present). */
    rows: integer().notNull(),
    loaded_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: 'lake_months_pkey', columns: [t.coin, t.month] })],
);

/**
 * Lake objects that could not be loaded, with why: later loads skip them (they are neither read
 * again nor keep every run red) until `cais etl replay --retry-rejected` tries them again.
 */
export const lakeRejects = pgTable('lake_rejects', {
  key: text().primaryKey(),
  /** A short human reason: never the object's content beyond a short excerpt. */
  reason: text().notNull(),
  rejected_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** interrupted: the process stopped, or lost the database, before the run was recorded as ended. */
export const ETL_RUN_STATUSES = [
  'running',
  'succeeded',
  'pending',
  'failed',
  'interrupted',
] as const;

/** One row per extraction: what it fetched, what it cost, how it ended. */
export const etlRuns = pgTable(
  'etl_runs',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    started_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finished_at: timestamp({ withTimezone: true }),
    status: text({ enum: ETL_RUN_STATUSES }).notNull(),
    symbols: text().array().notNull(),
    credits_used: integer().notNull().default(0),
    rows_inserted: integer().notNull().default(0),
    /** A short human reason; the details are in the log. */
    error: text(),
    /**
     * The lake object that kept this run while the database was down (runs/unrecorded/...), once
     * it is recorded here: recording it again changes nothing.
     */
    record_key: text().unique('etl_runs_record_key_unique'),
  },
  (t) => [
    check(
      'etl_runs_status_known',
      sql`${t.status} in (${sql.raw(ETL_RUN_STATUSES.map((s) => `'${s}'`).join(', '))})`,
    ),
    // Credits spent today and this month are sums over a started_at range.
    index('etl_runs_started_at_idx').on(t.started_at),
  ],
);

/**
 * Settings the pipeline shares with SQL readers. `convert` is the quote currency the ETL
 * collects (ETL_CONVERT, written at each run), which bitcoin_precos shows.
 */
export const etlSettings = pgTable('etl_settings', {
  name: text().primaryKey(),
  value: text().notNull(),
  updated_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * The original pipeline's table, as a view (created by a hand-written migration): BTC quotes in
 * the configured currency, so SQL and dashboards written for it keep working.
 */
export const bitcoinPrecos = pgView('bitcoin_precos', {
  id: bigint({ mode: 'number' }).notNull(),
  price: numeric().notNull(),
  volume_24h: numeric(),
  market_cap: numeric(),
  last_updated: timestamp({ withTimezone: true }).notNull(),
  inserted_at: timestamp({ withTimezone: true }).notNull(),
}).existing();
