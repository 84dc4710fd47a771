import type { DuckDBConnection } from '@duckdb/node-api';
import type { Day } from '../lake/keys.js';
import type { Lake } from '../lake/lake.js';
import { listDayPartitions } from '../lake/listing.js';
import { mapConcurrent } from '../lake/map-concurrent.js';
import { compactedTree, dayStateFrom, fullyCompacted, uncompacted } from './day-state.js';
import { literal } from './duckdb.js';
import { localPath } from './local-files.js';
import { appendQuotes, PART_COLUMNS } from './parquet.js';
import { readRawQuotes, type LakeQuote } from './raw-quotes.js';
import { DECIMAL_COLUMNS } from '../lake/quotes.csv.js';
import {
  dayPartsOf,
  lastDayOf,
  listMonthManifests,
  monthFolder,
  readMonthManifest,
  type MonthManifest,
} from './month-parts.js';

/**
 * A decimal's text as DECIMAL(38,18), the same value as a cast. DuckDB casts text to a 38-digit
 * decimal about 50 times slower than to a BIGINT (11 s for a year of one coin's prices, 0.2 s
 * this way), so the usual text, at most 18 digits either side of the point, is read as two
 * BIGINTs (DuckDB would read an exponent there too, so those are left out); any other (an
 * exponent, more digits) takes the cast.
 */
export function exactDecimal(column: string): string {
  const whole = `split_part(${column}, '.', 1)`;
  const fraction = `split_part(${column}, '.', 2)`;
  return `coalesce(
    case when length(${fraction}) <= 18 and not contains(lower(${column}), 'e') then
      (case when starts_with(${column}, '-') then -1 else 1 end)
      * (abs(try_cast(${whole} as bigint))::decimal(38,18)
         + try_cast(rpad(${fraction}, 18, '0') as bigint)::decimal(38,0)
           * 0.000000000000000001::decimal(38,18))
    end,
    ${column}::decimal(38,18))`;
}

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

/**
 * The month manifests of the coin months wholly in scope, by folder. A month part supersedes the
 * day parts its manifest names; its raw folders are not listed: a raw object arriving late for
 * such a day is read once compaction (daily) has put it in a day part, read beside the month's.
 */
async function monthsInScope(lake: Lake, scope: LakeScope): Promise<Map<string, MonthManifest>> {
  const keys = [...(await listMonthManifests(lake))].filter(([folder]) => {
    const match = /^coin=([^/]+)\/year=(\d{4})\/month=(\d{2})\/$/.exec(folder);
    if (!match?.[1]) return false;
    const month = `${match[2]}-${match[3]}`;
    return (
      (!scope.coins || scope.coins.includes(match[1])) &&
      (!scope.from || scope.from <= `${month}-01`) &&
      (!scope.to || scope.to >= lastDayOf(month))
    );
  });
  const manifests = await mapConcurrent(keys, 16, ([, m]) => readMonthManifest(lake, m.key));
  return new Map(manifests.map((m) => [monthFolder(m.coin, m.month), m]));
}

/**
 * The `quotes` view: the rows replay would put in crypto_quotes, from compacted parts where a
 * manifest covers an object and from the raw object otherwise. Every part present is read: a
 * part a stopped compaction published without its manifest holds rows of raw objects that are
 * also read raw (or sit in a later part), and the deduplication below keeps one of each. Of rows with one identity (coin
 * series and update time) the earliest extraction's wins, as in replay. Decimals are cast to
 * DECIMAL(38,18) so sums and comparisons are numeric; the parts keep the exact text.
 */
export async function createQuotesView(
  connection: DuckDBConnection,
  lake: Lake,
  scope: LakeScope,
  scratch: string,
): Promise<ViewSources> {
  // The compacted tree in three listings (a paged request per thousand keys on S3), not two per
  // day: only the raw folders of days without a month part are listed, to find what no manifest
  // names yet.
  const [compacted, months] = await Promise.all([compactedTree(lake), monthsInScope(lake, scope)]);
  const days = await listDayPartitions(lake, {
    ...scope,
    skipMonth: (slug, month) => months.has(monthFolder(slug, month)),
  });
  const monthParts = await mapConcurrent([...months.values()], 16, async (manifest) => {
    const superseded = new Set(manifest.dayParts);
    const late = dayPartsOf(compacted, manifest.coin, manifest.month).filter(
      (key) => !superseded.has(key),
    );
    return Promise.all([manifest.part.key, ...late].map((key) => localPath(lake, key, scratch)));
  });
  const perDay = await mapConcurrent(days, 32, async (partition) => {
    const state = await dayStateFrom(lake, partition, compacted);
    // A fully compacted day is read from its parts alone, without opening its manifest.
    const refs = fullyCompacted(state) ? [] : (await uncompacted(lake, state)).refs;
    const raw = await readRawQuotes(lake, refs, new Set(), 8);
    const parts = await Promise.all(state.partKeys.map((key) => localPath(lake, key, scratch)));
    return { parts, raw };
  });
  const parts = [...monthParts.flat(), ...perDay.flatMap((d) => d.parts)];
  const rows: LakeQuote[] = perDay.flatMap((d) => d.raw.rows);

  await connection.run(`create or replace temp table raw_quotes (${PART_COLUMNS})`);
  await appendQuotes(connection, 'raw_quotes', rows);
  const common = `symbol, convert, cmc_id, ${DECIMAL_COLUMNS.join(', ')}, source_key`;
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
       ${DECIMAL_COLUMNS.map((c) => `${exactDecimal(c)} as ${c}`).join(', ')}, source_key
     from (${branches.join(' union all by name ')})
     qualify row_number() over (
       partition by symbol, convert, last_updated order by extracted_at, source_key) = 1`,
  );
  const monthDays = [...months.values()].reduce(
    (sum, m) => sum + new Set(m.dayParts.map((key) => key.slice(0, key.lastIndexOf('/')))).size,
    0,
  );
  return {
    days: days.length + monthDays,
    parts: parts.length,
    rawObjects: perDay.reduce((sum, d) => sum + d.raw.sources.length, 0),
    skipped: perDay.flatMap((d) => [
      ...d.raw.bad.map(({ key, reason }) => ({ key, reason })),
      ...d.raw.unreadable,
    ]),
  };
}
