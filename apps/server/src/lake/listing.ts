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
}

interface Partition {
  prefix: string;
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` so far. */
  value: string;
}

const LEVELS = [/^year=(\d{4})\/$/, /^month=(\d{2})\/$/, /^day=(\d{2})\/$/];

/** True when a partition (a year, a month or a day) overlaps the [from, to] range of days. */
function overlaps(value: string, from: Day | undefined, to: Day | undefined): boolean {
  return (
    (from === undefined || value >= from.slice(0, value.length)) &&
    (to === undefined || value <= to.slice(0, value.length))
  );
}

export interface DayPartition {
  slug: string;
  day: Day;
  /** `raw/<slug>/year=YYYY/month=MM/day=DD/` */
  prefix: string;
}

/**
 * The coin days of the lake between two days. Walks the partitions level by level (coin, year,
 * month, day), skipping those outside the range and listing each level's partitions
 * concurrently: a year of one coin is a few dozen small listings, not one long one.
 */
export async function listDayPartitions(
  lake: Lake,
  options: ListOptions = {},
): Promise<DayPartition[]> {
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
        const match = level.exec(prefix.slice(parent.prefix.length));
        if (!match?.[1]) return [];
        const value = parent.value ? `${parent.value}-${match[1]}` : match[1];
        return overlaps(value, from, to) ? [{ prefix, value }] : [];
      });
    });
    partitions = children.flat();
  }
  return partitions.map(({ prefix, value }) => ({
    slug: prefix.slice(RAW_PREFIX.length, prefix.indexOf('/', RAW_PREFIX.length)),
    day: value,
    prefix,
  }));
}

/** The CSV objects of the lake between two days, oldest first. */
export async function listObjects(lake: Lake, options: ListOptions = {}): Promise<ObjectRef[]> {
  const days = await mapConcurrent(
    await listDayPartitions(lake, options),
    options.concurrency ?? 16,
    async (day) =>
      (await lake.list(day.prefix)).keys.flatMap((key) => {
        const ref = parseObjectKey(key);
        return ref ? [ref] : [];
      }),
  );
  return days
    .flat()
    .sort((a, b) => a.time.getTime() - b.time.getTime() || (a.key < b.key ? -1 : 1));
}
