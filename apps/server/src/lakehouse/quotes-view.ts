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
import { parquetRanges, splitByOverlap, type SourceRange } from './overlaps.js';
import {
  lastDayOf,
  listMonthManifests,
  monthFolder,
  readMonthManifest,
  type MonthManifest,
} from './month-parts.js';

/**
 * A decimal's text as DECIMAL(38,18), the same value as a cast. DuckDB casts text to a 38-digit
 * decimal about 50 times slower than to a BIGINT (11 s for a year of one coin's prices, 0.2 s
 * this way). Text of at most 8 fraction digits (and 10 whole ones) is cast to DECIMAL(18,8),
 * which is a BIGINT inside (that cast rounds longer fractions, so they are left out); other text
 * of at most 18 digits either side of the point is read as two BIGINTs (about twice the time);
 * any other (an exponent, more digits) takes the cast.
 */
export function exactDecimal(column: string): string {
  const whole = `split_part(${column}, '.', 1)`;
  const fraction = `split_part(${column}, '.', 2)`;
  const noExponent = `not contains(${column}, 'e') and not contains(${column}, 'E')`;
  return `coalesce(
    case when ${noExponent}
           and (strpos(${column}, '.') = 0 or length(${column}) - strpos(${column}, '.') <= 8) then
      try_cast(${column} as decimal(18,8))::decimal(38,18)
    end,
    case when length(${fraction}) <= 18 and ${noExponent} then
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
 * such a day is read once compaction (daily) has put it in a day part and rebuilt the month.
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

/** The ranges of the raw rows (one source): they join the deduplication with what they overlap. */
function rawRange(rows: readonly LakeQuote[]): SourceRange {
  const range: SourceRange = {
    source: RAW,
    symbol: undefined,
    convert: undefined,
    time: undefined,
  };
  for (const row of rows) {
    // Milliseconds from the text, widened by one so a finer fraction stays inside.
    const ms = BigInt(Date.parse(row.last_updated));
    const [t0, t1] = range.time ?? [ms * 1000n, ms * 1000n + 999n];
    range.time = [
      ms * 1000n < t0 ? ms * 1000n : t0,
      ms * 1000n + 999n > t1 ? ms * 1000n + 999n : t1,
    ];
    const [s0, s1] = range.symbol ?? [row.symbol, row.symbol];
    range.symbol = [row.symbol < s0 ? row.symbol : s0, row.symbol > s1 ? row.symbol : s1];
    const [c0, c1] = range.convert ?? [row.convert, row.convert];
    range.convert = [row.convert < c0 ? row.convert : c0, row.convert > c1 ? row.convert : c1];
  }
  return range;
}

const RAW = 'raw_quotes';

/**
 * The `quotes` view: the rows replay would put in crypto_quotes, from compacted parts where a
 * manifest covers an object and from the raw object otherwise. Every part present is read: a
 * part a stopped compaction published without its manifest holds rows of raw objects that are
 * also read raw (or sit in a later part), and the deduplication keeps one of each. Of rows with
 * one identity (coin series and update time) the earliest extraction's wins, as in replay; only
 * the sources that can share a quote are deduplicated (overlaps.ts). Decimals are cast to
 * DECIMAL(38,18) so sums and comparisons are numeric; the parts keep the exact text.
 */
export async function createQuotesView(
  connection: DuckDBConnection,
  lake: Lake,
  scope: LakeScope,
  scratch: string,
): Promise<ViewSources> {
  // Months with a month part are read from it alone: neither their raw folders nor their day
  // folders are listed (a day part a stopped compaction added after the month part is read once
  // the next compaction has rebuilt the month). Only the months without one are listed.
  const months = await monthsInScope(lake, scope);
  const days = await listDayPartitions(lake, {
    ...scope,
    skipMonth: (slug, month) => months.has(monthFolder(slug, month)),
  });
  const compacted = await compactedTree(lake, [
    ...new Set(days.map((d) => monthFolder(d.slug, d.day.slice(0, 7)))),
  ]);
  const monthParts = await mapConcurrent([...months.values()], 16, (manifest) =>
    localPath(lake, manifest.part.key, scratch),
  );
  const perDay = await mapConcurrent(days, 32, async (partition) => {
    const state = await dayStateFrom(lake, partition, compacted);
    // A fully compacted day is read from its parts alone, without opening its manifest.
    const refs = fullyCompacted(state) ? [] : (await uncompacted(lake, state)).refs;
    const raw = await readRawQuotes(lake, refs, new Set(), 8);
    const parts = await Promise.all(state.partKeys.map((key) => localPath(lake, key, scratch)));
    return { parts, raw };
  });
  const parts = [...monthParts, ...perDay.flatMap((d) => d.parts)];
  const rows: LakeQuote[] = perDay.flatMap((d) => d.raw.rows);

  await connection.run(`create or replace temp table ${RAW} (${PART_COLUMNS})`);
  await appendQuotes(connection, RAW, rows);
  const ranges = await parquetRanges(connection, parts);
  const { alone, shared } = splitByOverlap(rows.length > 0 ? [...ranges, rawRange(rows)] : ranges);
  const common = `symbol, convert, cmc_id, ${DECIMAL_COLUMNS.join(', ')}, source_key`;
  const files = (paths: string[]) =>
    `select ${common}, last_updated, extracted_at
     from read_parquet([${paths.map(literal).join(', ')}])`;
  // Raw rows are always deduplicated: two raw objects can hold one quote.
  const toDeduplicate = [
    `select ${common}, last_updated::timestamptz as last_updated,
       extracted_at::timestamptz as extracted_at from ${RAW}`,
  ];
  const sharedFiles = shared.filter((source) => source !== RAW);
  if (sharedFiles.length > 0) toDeduplicate.push(files(sharedFiles));
  const branches = [
    `select * from (${toDeduplicate.join(' union all by name ')})
     qualify row_number() over (
       partition by symbol, convert, last_updated order by extracted_at, source_key) = 1`,
  ];
  const aloneFiles = alone.filter((source) => source !== RAW);
  if (aloneFiles.length > 0) branches.push(files(aloneFiles));
  await connection.run(
    `create or replace temp view quotes as
     select split_part(source_key, '/', 2) as coin, symbol, convert, cmc_id, last_updated,
       ${DECIMAL_COLUMNS.map((c) => `${exactDecimal(c)} as ${c}`).join(', ')}, source_key
     from (${branches.join(' union all by name ')})`,
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
