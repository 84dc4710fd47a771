import { parseObjectKey, RAW_PREFIX, SLUG, type Day, type ObjectRef } from './keys.js';
import type { Lake } from './lake.js';
import { mapConcurrent } from './map-concurrent.js';

export interface ListOptions {
  /** First UTC day to include (inclusive); undefined: from the beginning. */
  from?: Day | undefined;
  /** Last UTC day to include (inclusive); undefined: up to the newest. */
  to?: Day | undefined;
  /** Only these coin folders (slugs); undefined: every coin. */
  coins?: readonly string[] | undefined;
  /** List requests in flight at once. */
  concurrency?: number;
  /** Days whose raw folder is not listed (listLake): loaded whole from a compacted copy. */
  skipDay?: ((slug: string, day: Day) => boolean) | undefined;
  /** Months (`YYYY-MM`) whose folder is not listed for its days: read from a month part. */
  skipMonth?: ((slug: string, month: string) => boolean) | undefined;
}

interface Partition {
  prefix: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` so far. */
  value: string;
  /** Why the partition breaks the layout (`day=99`): its CSV objects are reported, not loaded. */
  malformed?: string;
}

/** A key under raw/ that breaks the layout, and how. */
export interface MalformedKey {
  key: string;
  reason: string;
}

export interface LakeListingResult {
  /** The CSV objects of the layout, oldest first. */
  refs: ObjectRef[];
  /** CSV objects (or partitions) under raw/<coin>/ that break the layout: reported as bad. */
  malformed: MalformedKey[];
}

const LEVELS = [
  { name: 'year', pattern: /^year=(\d{4})\/$/ },
  { name: 'month', pattern: /^month=(\d{2})\/$/ },
  { name: 'day', pattern: /^day=(\d{2})\/$/ },
] as const;

/** True when a partition (a year, a month or a day) overlaps the [from, to] range of days. */
function overlaps(value: string, from: Day | undefined, to: Day | undefined): boolean {
  return (
    (from === undefined || value >= from.slice(0, value.length)) &&
    (to === undefined || value <= to.slice(0, value.length))
  );
}

/** month=13 and day=99 have the right shape but name no date. */
function validPartition(value: string): boolean {
  const [year = 0, month = 1, day = 1] = value.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * The day partitions between two days, malformed ones included (marked), pushing the folders that
 * break the layout onto `malformed`. Walks level by level (coin, year, month, day), skipping what
 * is outside the range and listing each level's partitions concurrently: a year of one coin is a
 * few hundred small listings, not one long one.
 */
async function walkDays(
  lake: Lake,
  options: ListOptions,
  malformed: MalformedKey[],
): Promise<Partition[]> {
  const { from, to, concurrency = 16 } = options;
  const coins = (await lake.list(RAW_PREFIX)).prefixes.filter((p) => {
    const slug = p.slice(RAW_PREFIX.length, -1);
    return SLUG.test(slug) && (!options.coins || options.coins.includes(slug));
  });
  let partitions: Partition[] = coins.map((prefix) => ({ prefix, value: '' }));
  for (const level of LEVELS) {
    const children = await mapConcurrent(partitions, concurrency, async (parent) => {
      const { prefixes } = await lake.list(parent.prefix);
      return prefixes.flatMap((prefix): Partition[] => {
        const name = prefix.slice(parent.prefix.length);
        const match = level.pattern.exec(name);
        if (!match?.[1]) {
          // Only the parent's range is known: report it when that is in range.
          if (parent.value === '' || overlaps(parent.value, from, to)) {
            malformed.push({
              key: prefix,
              reason: `not a partition of the layout: expected ${level.name}=${level.name === 'year' ? 'YYYY' : level.name === 'month' ? 'MM' : 'DD'}/`,
            });
          }
          return [];
        }
        const value = parent.value ? `${parent.value}-${match[1]}` : match[1];
        if (!overlaps(value, from, to)) return [];
        const bad =
          parent.malformed ??
          (validPartition(value) ? undefined : `partition ${name.slice(0, -1)} is not a date`);
        return [{ prefix, value, ...(bad ? { malformed: bad } : {}) }];
      });
    });
    partitions = children.flat();
    const { skipMonth } = options;
    if (level.name === 'month' && skipMonth) {
      partitions = partitions.filter((p) => p.malformed || !skipMonth(slugOf(p.prefix), p.value));
    }
  }
  return partitions;
}

const slugOf = (prefix: string) =>
  prefix.slice(RAW_PREFIX.length, prefix.indexOf('/', RAW_PREFIX.length));

export interface DayPartition {
  slug: string;
  day: Day;
  /** `raw/<slug>/year=YYYY/month=MM/day=DD/` */
  prefix: string;
}

/** The coin days of the layout between two days (partitions that break it are left out). */
export async function listDayPartitions(
  lake: Lake,
  options: ListOptions = {},
): Promise<DayPartition[]> {
  const partitions = await walkDays(lake, options, []);
  return partitions
    .filter((p) => !p.malformed)
    .map(({ prefix, value }) => ({
      slug: slugOf(prefix),
      day: value,
      prefix,
    }));
}

/**
 * The CSV objects of the lake between two days, oldest first, and the keys that break the layout
 * (a partition `day=99`, a CSV whose name is not a key of the layout).
 */
export async function listLake(lake: Lake, options: ListOptions = {}): Promise<LakeListingResult> {
  const malformed: MalformedKey[] = [];
  const { skipDay } = options;
  const partitions = (await walkDays(lake, options, malformed)).filter(
    (p) => !skipDay || p.malformed || !skipDay(slugOf(p.prefix), p.value),
  );
  const days = await mapConcurrent(partitions, options.concurrency ?? 16, async (day) =>
    (await lake.list(day.prefix)).keys.flatMap((key) => {
      if (!key.endsWith('.csv')) return [];
      const ref = day.malformed ? undefined : parseObjectKey(key);
      if (!ref) {
        malformed.push({ key, reason: day.malformed ?? 'not a key of the lake layout' });
        return [];
      }
      return [ref];
    }),
  );
  const refs = days
    .flat()
    .sort((a, b) => a.time.getTime() - b.time.getTime() || (a.key < b.key ? -1 : 1));
  malformed.sort((a, b) => (a.key < b.key ? -1 : 1));
  return { refs, malformed };
}

/** The CSV objects of the lake between two days, oldest first (see listLake). */
export async function listObjects(lake: Lake, options: ListOptions = {}): Promise<ObjectRef[]> {
  return (await listLake(lake, options)).refs;
}
