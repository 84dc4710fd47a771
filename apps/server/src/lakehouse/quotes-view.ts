import type { DuckDBConnection } from '@duckdb/node-api';
import type { Day, ObjectRef } from '../lake/keys.js';
import type { Lake } from '../lake/lake.js';
import { listObjects } from '../lake/listing.js';
import { mapConcurrent } from '../lake/map-concurrent.js';
import { rawDay } from './compacted-keys.js';
import { literal } from './duckdb.js';
import { localPath } from './local-files.js';
import { coveredKeys, latestManifest } from './manifest.js';
import { appendQuotes, PART_COLUMNS } from './parquet.js';
import { readRawQuotes, type LakeQuote } from './raw-quotes.js';

/** The part of the lake a query reads: whole coin days, pruned before anything is fetched. */
export interface LakeScope {
  from?: Day | undefined;
  to?: Day | undefined;
  coins?: readonly string[] | undefined;
}

export interface ViewSources {
  /** Coin days in scope. */
  days: number;
  /** Compacted parts read. */
  parts: number;
  /** Raw objects no manifest covers yet (the newest hours, late arrivals), read one by one. */
  rawObjects: number;
  /** Raw objects that could not be read or are not quotes files: left out, with the reason. */
  skipped: { key: string; reason: string }[];
}

const DECIMALS = [
  'price',
  'volume_24h',
  'market_cap',
  'percent_change_1h',
  'percent_change_24h',
  'percent_change_7d',
  'circulating_supply',
];

/**
 * The `quotes` view: the rows replay would put in crypto_quotes, from compacted parts where a
 * manifest covers an object and from the raw object otherwise. Of rows with one identity (coin
 * series and update time) the earliest extraction's wins, as in replay. Decimals are cast to
 * DECIMAL(38,18) so sums and comparisons are numeric; the parts keep the exact text.
 */
export async function createQuotesView(
  connection: DuckDBConnection,
  lake: Lake,
  scope: LakeScope,
  scratch: string,
): Promise<ViewSources> {
  const refs = await listObjects(lake, { from: scope.from, to: scope.to, coins: scope.coins });
  const days = new Map<string, ObjectRef[]>();
  for (const ref of refs) {
    const id = `${ref.slug}/${rawDay(ref.key) ?? ''}`;
    days.set(id, [...(days.get(id) ?? []), ref]);
  }
  const perDay = await mapConcurrent([...days.values()], 16, async (dayRefs) => {
    const first = dayRefs[0] as ObjectRef;
    const manifest = await latestManifest(lake, first.slug, rawDay(first.key) ?? '');
    const covered = coveredKeys(manifest);
    const raw = await readRawQuotes(
      lake,
      dayRefs.filter((ref) => !covered.has(ref.key)),
      new Set(),
      8,
    );
    const parts = await Promise.all(
      (manifest?.parts ?? []).map((part) => localPath(lake, part.key, scratch)),
    );
    return { parts, raw };
  });
  const parts = perDay.flatMap((d) => d.parts);
  const rows: LakeQuote[] = perDay.flatMap((d) => d.raw.rows);

  await connection.run(`create or replace temp table raw_quotes (${PART_COLUMNS})`);
  await appendQuotes(connection, 'raw_quotes', rows);
  const common = `symbol, convert, cmc_id, ${DECIMALS.join(', ')}, source_key`;
  const branches = [
    `select ${common}, last_updated::timestamptz as last_updated,
       extracted_at::timestamptz as extracted_at from raw_quotes`,
  ];
  if (parts.length > 0) {
    branches.push(
      `select ${common}, last_updated, extracted_at
       from read_parquet([${parts.map(literal).join(', ')}])`,
    );
  }
  await connection.run(
    `create or replace temp view quotes as
     select split_part(source_key, '/', 2) as coin, symbol, convert, cmc_id, last_updated,
       ${DECIMALS.map((c) => `${c}::decimal(38,18) as ${c}`).join(', ')}, source_key
     from (${branches.join(' union all by name ')})
     qualify row_number() over (
       partition by symbol, convert, last_updated order by extracted_at, source_key) = 1`,
  );
  return {
    days: days.size,
    parts: parts.length,
    rawObjects: perDay.reduce((sum, d) => sum + d.raw.sources.length, 0),
    skipped: perDay.flatMap((d) => [
      ...d.raw.bad.map(({ key, reason }) => ({ key, reason })),
      ...d.raw.unreadable,
    ]),
  };
}
