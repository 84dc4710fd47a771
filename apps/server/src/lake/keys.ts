/**
 * Lake keys of ARCHITECTURE.md section 6, the original pipeline's layout: Hive-style UTC
 * partitions, one object per extraction and coin, the raw API response next to the CSV.
 *   raw/<slug>/year=YYYY/month=MM/day=DD/<slug>_YYYY-MM-DD_HH-MM-SS.csv (and .json)
 */

export const RAW_PREFIX = 'raw/';

/** CoinMarketCap slugs are lower-case words joined by dashes; anything else could escape a folder. */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

const two = (n: number) => String(n).padStart(2, '0');

/** A UTC calendar day, `YYYY-MM-DD`. */
export type Day = string;

export const dayOf = (time: Date): Day =>
  `${time.getUTCFullYear()}-${two(time.getUTCMonth() + 1)}-${two(time.getUTCDate())}`;

export function partitionPrefix(slug: string, day: Day): string {
  const [year, month, date] = day.split('-');
  return `${RAW_PREFIX}${slug}/year=${year}/month=${month}/day=${date}/`;
}

/** The CSV and JSON keys of one extraction of one coin, named after the extraction time. */
export function objectKeys(slug: string, extractedAt: Date): { csv: string; json: string } {
  if (!SLUG.test(slug)) throw new Error(`not a CoinMarketCap slug: ${JSON.stringify(slug)}`);
  const t = extractedAt;
  const stamp = `${dayOf(t)}_${two(t.getUTCHours())}-${two(t.getUTCMinutes())}-${two(t.getUTCSeconds())}`;
  const base = `${partitionPrefix(slug, dayOf(t))}${slug}_${stamp}`;
  return { csv: `${base}.csv`, json: `${base}.json` };
}

const OBJECT_KEY =
  /^raw\/([a-z0-9][a-z0-9-]*)\/year=(\d{4})\/month=(\d{2})\/day=(\d{2})\/[^/]+\.csv$/;
const STAMP = /_(\d{4}-\d{2}-\d{2})_(\d{2})-(\d{2})-(\d{2})\.csv$/;

export interface ObjectRef {
  key: string;
  slug: string;
  /** The extraction time in the file name, or the partition's midnight for other names. */
  time: Date;
}

/** Reads a CSV key of the layout; undefined for any other key. */
export function parseObjectKey(key: string): ObjectRef | undefined {
  const match = OBJECT_KEY.exec(key);
  if (!match) return undefined;
  const [, slug = '', year, month, day] = match;
  const stamp = STAMP.exec(key);
  const time =
    stamp && stamp[1] === `${year}-${month}-${day}`
      ? new Date(`${stamp[1]}T${stamp[2]}:${stamp[3]}:${stamp[4]}Z`)
      : new Date(`${year}-${month}-${day}T00:00:00Z`);
  if (Number.isNaN(time.getTime())) return undefined;
  return { key, slug, time };
}

/**
 * Responses no row could be made of, kept untouched for audit beside a note of why, under a
 * prefix of their own: nothing under raw/ is half an extraction, and replay never reads these.
 *   rejected/responses/year=YYYY/month=MM/day=DD/response_YYYY-MM-DD_HH-MM-SS.json (and .reason.txt)
 */
export const REJECTED_PREFIX = 'rejected/responses/';

export function rejectedResponseKeys(extractedAt: Date): { body: string; reason: string } {
  const t = extractedAt;
  const [year, month, date] = dayOf(t).split('-');
  const stamp = `${dayOf(t)}_${two(t.getUTCHours())}-${two(t.getUTCMinutes())}-${two(t.getUTCSeconds())}`;
  const base = `${REJECTED_PREFIX}year=${year}/month=${month}/day=${date}/response_${stamp}`;
  return { body: `${base}.json`, reason: `${base}.reason.txt` };
}

/**
 * Runs that ended while the database was down, one JSON object each, until a later run records
 * them in etl_runs (by key, once): runs/unrecorded/YYYY-MM-DD/run_<started>_<id>.json
 */
export const UNRECORDED_RUNS_PREFIX = 'runs/unrecorded/';

export function unrecordedRunKey(startedAt: Date, id: string): string {
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  return `${UNRECORDED_RUNS_PREFIX}${dayOf(startedAt)}/run_${stamp}_${id}.json`;
}
