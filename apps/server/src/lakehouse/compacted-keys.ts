import type { Day } from '../lake/keys.js';

/**
 * Where compaction writes, beside raw/ (which it never touches): Hive partitions that DuckDB,
 * Athena and Glue's partition projection read by path, and the manifests kept apart, so an engine
 * scanning compacted/quotes/ only ever meets Parquet.
 *   compacted/quotes/coin=<slug>/year=YYYY/month=MM/day=DD/part-<hash>.parquet
 *   compacted/manifests/quotes/coin=<slug>/year=YYYY/month=MM/day=DD/v000001-288.json
 * A manifest's name holds its version and how many raw objects it accounts for, so a reader
 * tells a fully compacted day from its listings alone, without reading the manifest.
 */

export const COMPACTED_QUOTES_PREFIX = 'compacted/quotes/';
export const MANIFESTS_PREFIX = 'compacted/manifests/quotes/';

function dayPath(slug: string, day: Day): string {
  const [year, month, date] = day.split('-');
  return `coin=${slug}/year=${year}/month=${month}/day=${date}/`;
}

export const partPrefix = (slug: string, day: Day) =>
  `${COMPACTED_QUOTES_PREFIX}${dayPath(slug, day)}`;

export const partKey = (slug: string, day: Day, hash: string) =>
  `${partPrefix(slug, day)}part-${hash}.parquet`;

export const manifestPrefix = (slug: string, day: Day) =>
  `${MANIFESTS_PREFIX}${dayPath(slug, day)}`;

/** Versions are zero-padded so the newest is the last key of a sorted listing. */
export const manifestKey = (slug: string, day: Day, version: number, covered: number) =>
  `${manifestPrefix(slug, day)}v${String(version).padStart(6, '0')}-${covered}.json`;

const MANIFEST_NAME = /\/v(\d{6})-(\d+)\.json$/;

/** The version of a manifest key and the number of raw objects it accounts for. */
export function manifestName(key: string): { version: number; covered: number } | undefined {
  const match = MANIFEST_NAME.exec(key);
  return match ? { version: Number(match[1]), covered: Number(match[2]) } : undefined;
}

/** The partition day of a raw key (its folder), whatever its file name says. */
const RAW_DAY = /^raw\/[^/]+\/year=(\d{4})\/month=(\d{2})\/day=(\d{2})\//;

export function rawDay(key: string): Day | undefined {
  const match = RAW_DAY.exec(key);
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

const MANIFEST_KEY =
  /^compacted\/manifests\/quotes\/coin=([a-z0-9][a-z0-9-]*)\/year=(\d{4})\/month=(\d{2})\/day=(\d{2})\/v\d{6}-\d+\.json$/;

/** The coin and day of a manifest key; undefined for any other key. */
export function manifestDay(key: string): { coin: string; day: Day } | undefined {
  const match = MANIFEST_KEY.exec(key);
  return match?.[1] ? { coin: match[1], day: `${match[2]}-${match[3]}-${match[4]}` } : undefined;
}
