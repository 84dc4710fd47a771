import type { DuckDBConnection, Json } from '@duckdb/node-api';
import { literal } from './duckdb.js';
import { quoteIdentity, type LakeQuote } from './raw-quotes.js';
import { DECIMAL_COLUMNS } from '../lake/quotes.csv.js';

/**
 * The columns of a compacted part, in order. Decimals stay text: a Parquet DECIMAL has one fixed
 * scale, which would pad `1.5` to `1.500…` or round a price with more places, while the text is
 * exactly what the raw CSV held and what replay inserts into numeric columns. The `quotes` view
 * casts them (quotes-view.ts); Athena reads them as strings (infra, docs/lake.md).
 */
export const PART_COLUMNS = `symbol VARCHAR, convert VARCHAR, cmc_id INTEGER,
  last_updated VARCHAR, price VARCHAR, volume_24h VARCHAR, market_cap VARCHAR,
  percent_change_1h VARCHAR, percent_change_24h VARCHAR, percent_change_7d VARCHAR,
  circulating_supply VARCHAR, source_key VARCHAR, extracted_at VARCHAR`;

/** Appends quotes to a table of PART_COLUMNS. */
export async function appendQuotes(
  connection: DuckDBConnection,
  table: string,
  rows: readonly LakeQuote[],
): Promise<void> {
  const appender = await connection.createAppender(table);
  const text = (value: string | null) => {
    if (value === null) appender.appendNull();
    else appender.appendVarchar(value);
  };
  for (const row of rows) {
    appender.appendVarchar(row.symbol);
    appender.appendVarchar(row.convert);
    if (row.cmc_id === null) appender.appendNull();
    else appender.appendInteger(row.cmc_id);
    appender.appendVarchar(row.last_updated);
    for (const column of DECIMAL_COLUMNS) text(row[column]);
    appender.appendVarchar(row.source_key);
    appender.appendVarchar(row.extracted_at);
    appender.endRow();
  }
  appender.closeSync();
}

/** The select that turns a PART_COLUMNS table into a part's rows: times become UTC instants. */
const partSelect = (table: string) =>
  `select symbol, convert, cmc_id, last_updated::timestamptz as last_updated,
     ${DECIMAL_COLUMNS.join(', ')}, source_key, extracted_at::timestamptz as extracted_at
   from ${table} order by symbol, convert, last_updated`;

/** Writes quotes to a Parquet file (zstd) at `path`, through a scratch table. */
export async function writeQuotesParquet(
  connection: DuckDBConnection,
  rows: readonly LakeQuote[],
  path: string,
): Promise<void> {
  await connection.run(`create or replace temp table part_rows (${PART_COLUMNS})`);
  try {
    await appendQuotes(connection, 'part_rows', rows);
    await connection.run(
      `copy (${partSelect('part_rows')}) to ${literal(path)} (format parquet, compression zstd)`,
    );
  } finally {
    await connection.run('drop table if exists part_rows');
  }
}

/** A cell DuckDB gave as JSON: the text of a VARCHAR, null for NULL. */
const textOf = (value: Json | undefined): string =>
  typeof value === 'string' ? value : JSON.stringify(value ?? null);
const nullableText = (value: Json | undefined): string | null =>
  value === null || value === undefined ? null : textOf(value);

/** The quote identities of Parquet parts, as raw-quotes.ts names them. */
export async function partIdentities(
  connection: DuckDBConnection,
  paths: readonly string[],
): Promise<Set<string>> {
  if (paths.length === 0) return new Set();
  const reader = await connection.runAndReadAll(
    `select symbol, convert,
       strftime(last_updated at time zone 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') as last_updated
     from read_parquet([${paths.map(literal).join(', ')}])`,
  );
  return new Set(
    reader.getRowObjectsJson().map((row) =>
      quoteIdentity({
        symbol: textOf(row.symbol),
        convert: textOf(row.convert),
        last_updated: textOf(row.last_updated),
      }),
    ),
  );
}

const ISO = (column: string) =>
  `strftime(${column} at time zone 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') as ${column}`;

/** A part's rows as raw-quotes.ts reads them from the raw objects (what replay will insert). */
export async function readPartQuotes(
  connection: DuckDBConnection,
  path: string,
): Promise<LakeQuote[]> {
  const reader = await connection.runAndReadAll(
    `select symbol, convert, cmc_id, ${ISO('last_updated')}, ${DECIMAL_COLUMNS.join(', ')},
       source_key, ${ISO('extracted_at')}
     from read_parquet(${literal(path)})`,
  );
  return reader.getRowObjectsJson().map((row) => ({
    symbol: textOf(row.symbol),
    convert: textOf(row.convert),
    cmc_id: typeof row.cmc_id === 'number' ? row.cmc_id : null,
    last_updated: textOf(row.last_updated),
    price: textOf(row.price),
    volume_24h: nullableText(row.volume_24h),
    market_cap: nullableText(row.market_cap),
    percent_change_1h: nullableText(row.percent_change_1h),
    percent_change_24h: nullableText(row.percent_change_24h),
    percent_change_7d: nullableText(row.percent_change_7d),
    circulating_supply: nullableText(row.circulating_supply),
    source_key: textOf(row.source_key),
    extracted_at: textOf(row.extracted_at),
  }));
}
