import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pino } from 'pino';
import { openDatabase, type DatabaseHandle } from '../apps/server/src/db/client.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { loadLake, type LoadSummary } from '../apps/server/src/etl/lake.loader.js';
import type { Lake } from '../apps/server/src/lake/lake.js';
import { listObjects } from '../apps/server/src/lake/listing.js';
import { mapConcurrent } from '../apps/server/src/lake/map-concurrent.js';
import { openLake } from '../apps/server/src/lake/open-lake.js';
import { lastDayOf } from '../apps/server/src/lakehouse/month-parts.js';
import { startS3rver } from '../apps/server/test/helpers/s3rver.js';
import { freshDatabase } from './support.js';

/**
 * The replay half of `npm run bench -- lake`: a compacted lake replayed into an empty
 * PostgreSQL server from its parts (targets: < 30 s from a folder, < 60 s from s3rver for all
 * quotes; < 2 s again with nothing new), beside the per-object path (every raw object read one
 * by one, as replay did before) on a slice of the same lake in the same run. Closed months are
 * read from their month parts.
 */

const log = pino({ level: 'warn' });

export interface ReplayStep {
  step: string;
  objects: number;
  rows: number;
  seconds: number;
}

async function freshMigrated(name: string): Promise<DatabaseHandle> {
  const url = await freshDatabase(name);
  const handle = await openDatabase({ url, pgliteDir: '', poolSize: 4, waitSeconds: 0 }, log);
  await migrate(handle);
  return handle;
}

async function timedLoad(
  step: string,
  db: DatabaseHandle,
  lake: Lake,
  options: Parameters<typeof loadLake>[2],
): Promise<ReplayStep & { summary: LoadSummary }> {
  const started = performance.now();
  const summary = await loadLake(db.db, lake, { analyze: true, ...options });
  const seconds = (performance.now() - started) / 1000;
  const objects = summary.loaded + summary.alreadyLoaded;
  const stages = summary.compacted?.stages;
  console.log(
    `  ${step}: ${seconds.toFixed(2)} s, ${objects} objects, ${summary.rowsInserted} rows inserted` +
      (stages && stages.read + stages.write > 0
        ? ` (${summary.compacted?.monthsRead ?? 0} months, ${summary.compacted?.parts ?? 0} parts; DuckDB ${stages.read.toFixed(1)} s, PostgreSQL ${stages.write.toFixed(1)} s)`
        : ''),
  );
  return { step, objects, rows: summary.rowsInserted, seconds, summary };
}

/** Replays of the whole folder lake: from its parts, again, and the per-object baseline slice. */
export async function replayFolder(
  lake: Lake,
  baselineRange: { from: string; to: string },
): Promise<ReplayStep[]> {
  const compacted = await freshMigrated('cais_bench_lake_compacted');
  const steps: ReplayStep[] = [];
  try {
    steps.push(await timedLoad('folder: replay from compacted parts', compacted, lake, {}));
    steps.push(await timedLoad('folder: replay again, nothing new', compacted, lake, {}));
  } finally {
    await compacted.close();
  }
  const raw = await freshMigrated('cais_bench_lake_raw');
  try {
    steps.push(
      await timedLoad(
        `folder: per-object replay ${baselineRange.from}..${baselineRange.to} (baseline)`,
        raw,
        lake,
        { ...baselineRange, compacted: false },
      ),
    );
  } finally {
    await raw.close();
  }
  return steps;
}

/**
 * The same on s3rver: the compacted parts and manifests of the days of `ranges.compacted`, and
 * the raw objects of `ranges.raw` only (s3rver takes puts at a hundred or so a second: the 2.6
 * million raw objects would take hours to copy), then replayed from the parts (the raw folders
 * of the days without raw objects are listed and found empty, as a lake whose raw objects were
 * all compacted) and, for the raw range, object by object.
 */
export async function replayS3rver(
  folder: Lake,
  ranges: { compacted: { from: string; to: string }; raw: { from: string; to: string } },
  directory: string,
): Promise<ReplayStep[]> {
  await rm(directory, { recursive: true, force: true });
  const s3 = await startS3rver({ directory });
  const lake = await openLake(
    { url: `s3://${s3.bucket}/lake`, s3Endpoint: s3.endpoint, s3ForcePathStyle: true },
    s3.client,
  );
  const steps: ReplayStep[] = [];
  const range = ranges.compacted;
  try {
    // The day manifests of the range, the month parts (and their manifests) of its months,
    // and the day parts of the days no month part holds: what replay reads.
    const inRange = (key: string) => {
      const match = /year=(\d{4})\/month=(\d{2})\/day=(\d{2})\//.exec(key);
      const day = match && `${match[1]}-${match[2]}-${match[3]}`;
      return day !== null && day >= range.from && day <= range.to;
    };
    const monthOf = (key: string) => /coin=[^/]+\/year=\d{4}\/month=\d{2}\//.exec(key)?.[0];
    const monthKeys = [
      ...(await folder.listAll('compacted/months/')),
      ...(await folder.listAll('compacted/manifests/months/')),
    ].filter((key) => {
      const match = /year=(\d{4})\/month=(\d{2})\//.exec(key);
      const month = match && `${match[1]}-${match[2]}`;
      return month !== null && `${month}-01` >= range.from && lastDayOf(month) <= range.to;
    });
    const months = new Set(monthKeys.map(monthOf));
    const keys = [
      ...(await listObjects(folder, ranges.raw)).map((ref) => ref.key),
      ...monthKeys,
      ...(await folder.listAll('compacted/quotes/')).filter(
        (key) => inRange(key) && !months.has(monthOf(key)),
      ),
      ...(await folder.listAll('compacted/manifests/quotes/')).filter(inRange),
    ];
    const copyStarted = performance.now();
    await mapConcurrent(keys, 16, async (key) => {
      await lake.put(key, await folder.get(key), 'application/octet-stream');
    });
    console.log(
      `  s3rver: ${keys.length} objects copied in ${((performance.now() - copyStarted) / 1000).toFixed(1)} s`,
    );
    const compacted = await freshMigrated('cais_bench_lake_s3_compacted');
    try {
      steps.push(
        await timedLoad(
          `s3rver: replay from compacted parts ${range.from}..${range.to}`,
          compacted,
          lake,
          range,
        ),
      );
      steps.push(await timedLoad('s3rver: replay again, nothing new', compacted, lake, range));
    } finally {
      await compacted.close();
    }
    const raw = await freshMigrated('cais_bench_lake_s3_raw');
    try {
      steps.push(
        await timedLoad(
          `s3rver: per-object replay ${ranges.raw.from}..${ranges.raw.to} (baseline)`,
          raw,
          lake,
          { ...ranges.raw, compacted: false },
        ),
      );
    } finally {
      await raw.close();
    }
  } finally {
    await lake.close();
    await s3.close();
    await rm(join(directory), { recursive: true, force: true });
  }
  return steps;
}
