import { createHash, randomBytes } from 'node:crypto';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Day } from '../lake/keys.js';
import { LakeKeyExistsError, type Lake } from '../lake/lake.js';
import { mapConcurrent } from '../lake/map-concurrent.js';
import { COMPACTED_QUOTES_PREFIX } from './compacted-keys.js';
import type { CompactedTree } from './day-state.js';
import { literal } from './duckdb.js';
import { localPath } from './local-files.js';

/**
 * Month parts: a closed month of one coin, every day compacted, in one Parquet part, so a query
 * over years opens one file per coin month instead of one per coin day. They sit apart from the
 * day parts (which stay, and which Athena reads by their day partitions):
 *   compacted/months/coin=<slug>/year=YYYY/month=MM/part-<hash>.parquet
 *   compacted/manifests/months/coin=<slug>/year=YYYY/month=MM/v000001-<day parts>.json
 * The manifest names the day parts the month part holds (it supersedes them); its name counts
 * them. Day parts are only ever added, so a month whose day parts outnumber its newest manifest's
 * got a late part: the next compaction builds the next version, and until then the view reads
 * that day part beside the month part (and deduplicates).
 */

export const MONTH_PARTS_PREFIX = 'compacted/months/';
export const MONTH_MANIFESTS_PREFIX = 'compacted/manifests/months/';

export interface MonthManifest {
  format: 1;
  coin: string;
  /** `YYYY-MM` */
  month: string;
  version: number;
  builtAt: string;
  part: { key: string; rows: number };
  /** The day parts the month part holds. */
  dayParts: string[];
}

/** A coin month: `coin=<slug>/year=YYYY/month=MM/`, the folder of its parts in either tree. */
export const monthFolder = (slug: string, month: string) =>
  `coin=${slug}/year=${month.slice(0, 4)}/month=${month.slice(5, 7)}/`;

const MANIFEST_NAME = /\/v(\d{6})-(\d+)\.json$/;

/** The newest month manifest of each coin month (by folder), with the day parts it counts. */
export async function listMonthManifests(
  lake: Lake,
): Promise<Map<string, { key: string; version: number; dayParts: number }>> {
  const newest = new Map<string, { key: string; version: number; dayParts: number }>();
  for (const key of await lake.listAll(MONTH_MANIFESTS_PREFIX)) {
    const match = MANIFEST_NAME.exec(key);
    if (!match) continue;
    const folder = key.slice(MONTH_MANIFESTS_PREFIX.length, key.lastIndexOf('/') + 1);
    const entry = { key, version: Number(match[1]), dayParts: Number(match[2]) };
    const current = newest.get(folder);
    if (!current || entry.version > current.version) newest.set(folder, entry);
  }
  return newest;
}

export async function readMonthManifest(lake: Lake, key: string): Promise<MonthManifest> {
  return JSON.parse((await lake.get(key)).toString('utf8')) as MonthManifest;
}

/** Every day part of a coin month in the compacted tree. */
export function dayPartsOf(tree: CompactedTree, slug: string, month: string): string[] {
  const folder = monthFolder(slug, month);
  return [...tree.parts]
    .filter(([dayFolder]) => dayFolder.startsWith(folder))
    .flatMap(([, keys]) => keys.filter((key) => key.endsWith('.parquet')))
    .sort();
}

/** The last day of a `YYYY-MM` month. */
export function lastDayOf(month: string): Day {
  const [year = 0, m = 1] = month.split('-').map(Number);
  return new Date(Date.UTC(year, m, 0)).toISOString().slice(0, 10);
}

/** A coin month to build: its day parts now and the newest manifest's version. */
export interface MonthBehind {
  coin: string;
  month: string;
  dayParts: string[];
  previousVersion: number;
}

/** The coin months whose newest manifest (if any) does not count all their day parts. */
export async function monthsBehind(
  lake: Lake,
  tree: CompactedTree,
  months: readonly { coin: string; month: string }[],
): Promise<MonthBehind[]> {
  if (months.length === 0) return [];
  const manifests = await listMonthManifests(lake);
  return months.flatMap(({ coin, month }) => {
    const dayParts = dayPartsOf(tree, coin, month);
    const previous = manifests.get(monthFolder(coin, month));
    if (dayParts.length === 0 || previous?.dayParts === dayParts.length) return [];
    return [{ coin, month, dayParts, previousVersion: previous?.version ?? 0 }];
  });
}

/**
 * Builds the month part of each coin month given: the day parts' rows, deduplicated as replay
 * does (the earliest extraction of a quote wins), published whole, then the next manifest
 * version, create-only. Interrupted, the next run names the part the same (a hash of the day
 * parts) and finishes. Returns how many it built.
 */
export async function buildMonthParts(
  lake: Lake,
  connection: DuckDBConnection,
  months: readonly MonthBehind[],
  scratch: string,
): Promise<number> {
  let built = 0;
  for (const { coin, month, dayParts, previousVersion } of months) {
    const folder = monthFolder(coin, month);
    const hash = createHash('sha256').update(dayParts.join('\n')).digest('hex').slice(0, 20);
    const key = `${MONTH_PARTS_PREFIX}${folder}part-${hash}.parquet`;
    const paths = await mapConcurrent(dayParts, 16, (part) => localPath(lake, part, scratch));
    const file = join(scratch, `${randomBytes(8).toString('hex')}.parquet`);
    try {
      const reader = await connection.runAndReadAll(
        `copy (select * from read_parquet([${paths.map(literal).join(', ')}])
               qualify row_number() over (partition by symbol, convert, last_updated
                                          order by extracted_at, source_key) = 1
               order by symbol, convert, last_updated)
         to ${literal(file)} (format parquet, compression zstd)`,
      );
      const rows = Number(reader.getRowsJson()[0]?.[0] ?? 0);
      try {
        await lake.put(key, await readFile(file), 'application/vnd.apache.parquet');
      } catch (error) {
        // Published by a run that stopped before its manifest: same day parts, same rows.
        if (!(error instanceof LakeKeyExistsError)) throw error;
      }
      const version = previousVersion + 1;
      const manifest: MonthManifest = {
        format: 1,
        coin,
        month,
        version,
        builtAt: new Date().toISOString(),
        part: { key, rows },
        dayParts,
      };
      try {
        await lake.put(
          `${MONTH_MANIFESTS_PREFIX}${folder}v${String(version).padStart(6, '0')}-${dayParts.length}.json`,
          `${JSON.stringify(manifest, null, 1)}\n`,
          'application/json',
        );
        built += 1;
      } catch (error) {
        if (!(error instanceof LakeKeyExistsError)) throw error;
      }
    } finally {
      await rm(file, { force: true });
      const downloaded = paths.filter((p) => p.startsWith(scratch));
      await Promise.all(downloaded.map((p) => rm(p, { force: true })));
    }
  }
  return built;
}

/** The coin month of a day part key (`coin=…/year=…/month=…/`), undefined for another key. */
export function monthOfDayPart(key: string): string | undefined {
  if (!key.startsWith(COMPACTED_QUOTES_PREFIX)) return undefined;
  const match = /^(coin=[^/]+\/year=\d{4}\/month=\d{2}\/)/.exec(
    key.slice(COMPACTED_QUOTES_PREFIX.length),
  );
  return match?.[1];
}
