import type { Database } from '../db/client.js';
import type { Lake } from '../lake/lake.js';
import { listObjects } from '../lake/listing.js';
import { rawDay } from '../lakehouse/compacted-keys.js';
import { dayId, loadedDays } from '../quotes/lake-days.repository.js';
import { loadedKeys, recentRejects, type RejectedObject } from '../quotes/ledger.repository.js';
import { creditsUsed, recentRuns, type CreditsUsed, type RunRecord } from './runs.repository.js';

export interface PipelineStatus {
  runs: RunRecord[];
  credits: CreditsUsed;
  lake: {
    location: string;
    objects: number;
    /** Keys in the lake but not in the database: loads pending, or bad files. */
    notLoaded: string[];
  };
  /** Objects a load rejected, with why: how many, and the newest 20. */
  rejected: { count: number; recent: RejectedObject[] };
}

const CHUNK = 5_000;

/** The last runs, the credits they spent and what the lake holds that the database does not. */
export async function pipelineStatus(
  db: Database,
  lake: Lake,
  options: { runs: number },
): Promise<PipelineStatus> {
  const [runs, credits, refs, rejected] = await Promise.all([
    recentRuns(db, options.runs),
    creditsUsed(db),
    listObjects(lake),
    recentRejects(db, 20),
  ]);
  const notLoaded: string[] = [];
  // Days replayed from their compacted parts are in lake_days, not their objects in lake_objects.
  const days = await loadedDays(db, {});
  const fromParts = (key: string) => {
    const day = rawDay(key);
    return day !== undefined && days.has(dayId(key.split('/')[1] ?? '', day));
  };
  for (let i = 0; i < refs.length; i += CHUNK) {
    const keys = refs
      .slice(i, i + CHUNK)
      .map((r) => r.key)
      .filter((key) => !fromParts(key));
    const loaded = await loadedKeys(db, keys);
    notLoaded.push(...keys.filter((k) => !loaded.has(k)));
  }
  return {
    runs,
    credits,
    lake: { location: lake.location, objects: refs.length, notLoaded },
    rejected,
  };
}
