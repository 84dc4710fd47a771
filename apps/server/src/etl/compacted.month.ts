import type { Lake } from '../lake/lake.js';
import { mapConcurrent } from '../lake/map-concurrent.js';
import { COMPACTED_QUOTES_PREFIX } from '../lakehouse/compacted-keys.js';
import { readManifest } from '../lakehouse/manifest.js';
import { monthFolder, readMonthManifest } from '../lakehouse/month-parts.js';
import type { LoadedDay, LoadedMonth } from '../quotes/lake-days.repository.js';
import type { CompactedMonth } from './compacted.plan.js';

/** The day folder (`…/day=DD/`) of a day part key. */
const dayFolderOf = (key: string) => key.slice(0, key.lastIndexOf('/') + 1);

/**
 * What a month unit reads: its month part when none of its rows is loaded, and the day parts
 * not loaded that it does not hold (a raw object that arrived after the month was built,
 * compacted into a late day part), found from the listing of the month's day parts and named by
 * their day's manifest: the same parts the `quotes` view reads for the month. Its days go into lake_days with the parts now loaded, so a
 * second replay finds them up to date without opening anything.
 */
export async function readMonthUnit(
  lake: Lake,
  unit: CompactedMonth,
): Promise<{
  month: { month: LoadedMonth; days: LoadedDay[] };
  read: string[];
  objects: number;
  rows: number;
}> {
  const folder = monthFolder(unit.coin, unit.month);
  const [manifest, listed] = await Promise.all([
    readMonthManifest(lake, unit.manifestKey),
    lake.listAll(`${COMPACTED_QUOTES_PREFIX}${folder}`),
  ]);
  const loaded = new Set(unit.loadedParts);
  // The month part when none of its rows is loaded; otherwise (days loaded one by one before
  // the month closed, or an earlier version of the month) only the parts not loaded.
  const whole = manifest.dayParts.every((key) => !loaded.has(key));
  const inPart = new Set(whole ? manifest.dayParts : []);
  const missing = new Set(
    [...manifest.dayParts, ...listed.filter((key) => key.endsWith('.parquet'))]
      .filter((key) => !loaded.has(key) && !inPart.has(key))
      .map(dayFolderOf),
  );
  // Their days' manifests say which parts count (a part a stopped compaction published
  // unnamed is not one yet) and how many rows each holds.
  const open = unit.days.filter((d) =>
    missing.has(`${COMPACTED_QUOTES_PREFIX}${folder}day=${d.day.slice(8, 10)}/`),
  );
  const manifests = await mapConcurrent(open, 8, (d) => readManifest(lake, d.manifestKey));
  const late = manifests.flatMap((m) =>
    m.parts.filter((p) => !inPart.has(p.key) && !loaded.has(p.key)),
  );
  const read = [...(whole ? [manifest.part.key] : []), ...late.map((p) => p.key)];
  const rows = (whole ? manifest.part.rows : 0) + late.reduce((sum, p) => sum + p.rows, 0);
  const now = new Set([...loaded, ...inPart, ...late.map((p) => p.key)]);
  const partsOf = (day: string) => {
    const dayFolder = `${COMPACTED_QUOTES_PREFIX}${folder}day=${day.slice(8, 10)}/`;
    return [...now].filter((key) => key.startsWith(dayFolder)).sort();
  };
  return {
    month: {
      month: {
        coin: unit.coin,
        month: unit.month,
        manifestKey: unit.manifestKey,
        parts: [...new Set([...(whole ? [manifest.part.key] : []), ...now])].sort(),
        rows,
      },
      // Their rows are counted once, in the month's row.
      days: unit.days.map((d) => ({
        coin: unit.coin,
        day: d.day,
        manifestKey: d.manifestKey,
        parts: partsOf(d.day),
        rows: 0,
      })),
    },
    read,
    objects: unit.objects,
    rows,
  };
}
