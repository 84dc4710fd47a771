import type { Database } from '../db/client.js';
import { dayOf, type Day } from '../lake/keys.js';
import type { Lake } from '../lake/lake.js';
import { mapConcurrent } from '../lake/map-concurrent.js';
import { manifestDay, manifestName, MANIFESTS_PREFIX } from '../lakehouse/compacted-keys.js';
import { newestManifestKey } from '../lakehouse/manifest.js';
import { lastDayOf, listMonthManifests, monthFolder } from '../lakehouse/month-parts.js';
import { dayId, loadedDays, loadedMonths } from '../quotes/lake-days.repository.js';

/**
 * What a replay reads from the compacted tree (docs/lake.md): a closed month with a month part,
 * wholly in range, in one read; other compacted days from their day parts. Planned from listings
 * of the manifests and the ledger alone (lake_days, lake_months): nothing is opened for a month
 * or a day already loaded, so a second replay with nothing new reads no object.
 */

export interface CompactedDay {
  coin: string;
  day: Day;
  manifestKey: string;
  /** Parts already in crypto_quotes (those of the manifest lake_days recorded). */
  loadedParts: string[];
}

export interface CompactedMonth {
  coin: string;
  /** `YYYY-MM` */
  month: string;
  /** The newest month manifest. */
  manifestKey: string;
  /** Each compacted day of the month with its newest day manifest (recorded in lake_days). */
  days: { day: Day; manifestKey: string }[];
  /** Parts already in crypto_quotes: the month's and its days' as the ledger holds them. */
  loadedParts: string[];
  /** The raw objects its days' manifests account for (their names count them). */
  objects: number;
}

export interface CompactedPlan {
  /** `coin/day` of days whose newest manifest is loaded, with the raw objects it accounts for. */
  upToDate: Map<string, number>;
  /** Days to read from their day parts, oldest first. */
  todo: CompactedDay[];
  /** Months to read from their month part (and late day parts), oldest first. */
  months: CompactedMonth[];
  /** Coin months (`coin=<slug>/year=YYYY/month=MM/` folders) read at month granularity. */
  monthFolders: Set<string>;
}

export interface CompactedScope {
  from?: Day | undefined;
  to?: Day | undefined;
  coins?: readonly string[] | undefined;
}

const nextMonth = (month: string) => {
  const [year = 0, m = 0] = month.split('-').map(Number);
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
};

/**
 * The manifest keys of a scope: the whole tree in one listing, or with a first day (each run's
 * catch-up reads from yesterday) the months of the range only. Month folders (`coin=…/year=…/
 * month=…/`) that `settled` names are left out: with some, the tree is walked to its month
 * folders (a listing per coin and per coin year) and each other month listed.
 */
async function listManifests(
  lake: Lake,
  scope: CompactedScope,
  settled: ReadonlySet<string>,
): Promise<string[]> {
  const listMonths = async (prefixes: string[]) => {
    const open = prefixes.filter((prefix) => !settled.has(prefix.slice(MANIFESTS_PREFIX.length)));
    return (await mapConcurrent(open, 16, (prefix) => lake.listAll(prefix))).flat();
  };
  const coins = async () =>
    (await lake.list(MANIFESTS_PREFIX)).prefixes.filter(
      (p) => !scope.coins || scope.coins.includes(p.slice(MANIFESTS_PREFIX.length + 5, -1)),
    );
  const months: string[] = [];
  if (scope.from) {
    const last = (scope.to ?? dayOf(new Date())).slice(0, 7);
    for (let month = scope.from.slice(0, 7); month <= last && months.length <= 24;) {
      months.push(month);
      month = nextMonth(month);
    }
  }
  if (scope.from && months.length <= 24) {
    return listMonths(
      (await coins()).flatMap((coin) =>
        months.map((m) => `${coin}year=${m.slice(0, 4)}/month=${m.slice(5, 7)}/`),
      ),
    );
  }
  if (settled.size === 0) return lake.listAll(MANIFESTS_PREFIX);
  const years = await mapConcurrent(await coins(), 16, async (c) => (await lake.list(c)).prefixes);
  const folders = await mapConcurrent(years.flat(), 16, async (y) => (await lake.list(y)).prefixes);
  return listMonths(folders.flat());
}

/** The newest manifest of each coin day in scope, by `coin/day`. */
async function newestDayManifests(
  lake: Lake,
  scope: CompactedScope,
  settled: ReadonlySet<string>,
): Promise<Map<string, { coin: string; day: Day; manifestKey: string }>> {
  const byDay = new Map<string, string[]>();
  for (const key of await listManifests(lake, scope, settled)) {
    const at = manifestDay(key);
    if (!at) continue;
    if ((scope.from && at.day < scope.from) || (scope.to && at.day > scope.to)) continue;
    if (scope.coins && !scope.coins.includes(at.coin)) continue;
    const id = dayId(at.coin, at.day);
    const keys = byDay.get(id);
    if (keys) keys.push(key);
    else byDay.set(id, [key]);
  }
  const newest = new Map<string, { coin: string; day: Day; manifestKey: string }>();
  for (const [id, keys] of byDay) {
    const manifestKey = newestManifestKey(keys);
    const at = manifestKey && manifestDay(manifestKey);
    if (manifestKey && at) newest.set(id, { ...at, manifestKey });
  }
  return newest;
}

/** The newest month manifest of each coin month wholly in scope, by `coin/YYYY-MM`. */
async function monthsInScope(lake: Lake, scope: CompactedScope): Promise<Map<string, string>> {
  const months = new Map<string, string>();
  for (const [folder, { key }] of await listMonthManifests(lake)) {
    const match = /^coin=([^/]+)\/year=(\d{4})\/month=(\d{2})\/$/.exec(folder);
    if (!match?.[1]) continue;
    const month = `${match[2]}-${match[3]}`;
    if (scope.coins && !scope.coins.includes(match[1])) continue;
    if ((scope.from && scope.from > `${month}-01`) || (scope.to && scope.to < lastDayOf(month)))
      continue;
    months.set(dayId(match[1], month), key);
  }
  return months;
}

const covered = (manifestKey: string) => manifestName(manifestKey)?.covered ?? 0;

/**
 * Which compacted months and days in scope are loaded already and which are not: a listing of
 * the month manifests, one query of each ledger table, and a listing of the day manifests (a
 * paged request per thousand days on S3) but for the months settled: loaded from their month
 * part whose newest manifest is still the one loaded. A late day part makes compaction build the
 * month again in the same run, so a month is settled only as long as nothing was added to it; a
 * compaction stopped between the two is finished by the next, and the day part read then. A
 * month is up to date when every compacted day of it is (its month part was read, or its days
 * one by one before the month closed).
 */
export async function planCompacted(
  db: Database,
  lake: Lake,
  scope: CompactedScope,
): Promise<CompactedPlan> {
  const monthRange = { from: scope.from?.slice(0, 7), to: scope.to?.slice(0, 7) };
  const [months, loaded, loadedMonth] = await Promise.all([
    monthsInScope(lake, scope),
    loadedDays(db, scope),
    loadedMonths(db, monthRange),
  ]);
  const settled = new Set<string>();
  for (const [monthId, manifestKey] of months) {
    if (loadedMonth.get(monthId)?.manifestKey !== manifestKey) continue;
    const [coin = '', month = ''] = monthId.split('/');
    settled.add(monthFolder(coin, month));
  }
  const dayManifests = await newestDayManifests(lake, scope, settled);
  // The days of settled months are up to date as the ledger has them.
  for (const [id, day] of loaded) {
    if (!settled.has(monthFolder(day.coin, day.day.slice(0, 7)))) continue;
    if (!dayManifests.has(id)) {
      dayManifests.set(id, { coin: day.coin, day: day.day, manifestKey: day.manifestKey });
    }
  }
  const plan: CompactedPlan = {
    upToDate: new Map(),
    todo: [],
    months: [],
    monthFolders: new Set(),
  };
  // The compacted days of the months read whole, and those months with a day not loaded.
  const monthDays = new Map<string, { day: Day; manifestKey: string }[]>();
  const behind = new Map<string, number>();
  for (const [id, at] of dayManifests) {
    const monthId = dayId(at.coin, at.day.slice(0, 7));
    const done = loaded.get(id)?.manifestKey === at.manifestKey;
    if (done) plan.upToDate.set(id, covered(at.manifestKey));
    if (months.has(monthId)) {
      const days = monthDays.get(monthId);
      if (days) days.push({ day: at.day, manifestKey: at.manifestKey });
      else monthDays.set(monthId, [{ day: at.day, manifestKey: at.manifestKey }]);
      if (!done) behind.set(monthId, (behind.get(monthId) ?? 0) + covered(at.manifestKey));
    } else if (!done) {
      plan.todo.push({ ...at, loadedParts: loaded.get(id)?.parts ?? [] });
    }
  }
  for (const [monthId, manifestKey] of months) {
    const [coin = '', month = ''] = monthId.split('/');
    plan.monthFolders.add(monthFolder(coin, month));
    const objects = behind.get(monthId);
    if (objects === undefined) continue;
    const days = monthDays.get(monthId) ?? [];
    plan.months.push({
      coin,
      month,
      manifestKey,
      days,
      // Parts of days loaded one by one (before the month closed) are not read again.
      loadedParts: [
        ...(loadedMonth.get(monthId)?.parts ?? []),
        ...days.flatMap((d) => loaded.get(dayId(coin, d.day))?.parts ?? []),
      ],
      objects,
    });
  }
  const byTime =
    <T extends { coin: string }>(at: (unit: T) => string) =>
    (a: T, b: T) =>
      at(a) < at(b) ? -1 : at(a) > at(b) ? 1 : a.coin < b.coin ? -1 : 1;
  plan.todo.sort(byTime((d) => d.day));
  plan.months.sort(byTime((m) => m.month));
  return plan;
}
