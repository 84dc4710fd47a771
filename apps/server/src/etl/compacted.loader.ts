import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Database } from '../db/client.js';
import { dayOf, type Day } from '../lake/keys.js';
import type { Lake } from '../lake/lake.js';
import { mapConcurrent } from '../lake/map-concurrent.js';
import { manifestDay, manifestName, MANIFESTS_PREFIX } from '../lakehouse/compacted-keys.js';
import { literal, openDuckDb, type DuckDb } from '../lakehouse/duckdb.js';
import { localPath } from '../lakehouse/local-files.js';
import { coveredKeys, newestManifestKey, readManifest } from '../lakehouse/manifest.js';
import { withCopySession, type CopySession } from '../db/copy-session.js';
import {
  dayId,
  insertStagedDays,
  loadedDays,
  prepareStaging,
  STAGING_COLUMNS,
  STAGING_TABLE,
  type LoadedDay,
} from '../quotes/lake-days.repository.js';

/**
 * Replay of compacted days: a day whose manifest is newer than what lake_days holds is read from
 * its parts (one read per part, a whole day), not from its 288 raw objects. The raw objects of
 * other days, and those of a compacted day that its manifest does not name (arrived after its
 * compaction), go through the per-object loader (lake.loader.ts).
 */

export interface CompactedDay {
  coin: string;
  day: Day;
  manifestKey: string;
  /** Parts already in crypto_quotes (those of the manifest lake_days recorded). */
  loadedParts: string[];
}

export interface CompactedPlan {
  /** `coin/day` of days whose newest manifest is loaded, with the raw objects it accounts for. */
  upToDate: Map<string, number>;
  /** Days to read from their parts, oldest first. */
  todo: CompactedDay[];
}

/**
 * The manifest keys of a scope: the whole tree in one listing, or with a first day (each run's
 * catch-up reads from yesterday) the months of the range only.
 */
async function listManifests(
  lake: Lake,
  scope: { from?: Day | undefined; to?: Day | undefined },
): Promise<string[]> {
  if (!scope.from) return lake.listAll(MANIFESTS_PREFIX);
  const months: string[] = [];
  const last = (scope.to ?? dayOf(new Date())).slice(0, 7);
  for (let month = scope.from.slice(0, 7); month <= last && months.length <= 24;) {
    months.push(month);
    const [year = 0, m = 0] = month.split('-').map(Number);
    month = m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, '0')}`;
  }
  if (months.length > 24) return lake.listAll(MANIFESTS_PREFIX);
  const coins = (await lake.list(MANIFESTS_PREFIX)).prefixes;
  const prefixes = coins.flatMap((coin) =>
    months.map((m) => `${coin}year=${m.slice(0, 4)}/month=${m.slice(5, 7)}/`),
  );
  return (await mapConcurrent(prefixes, 16, (prefix) => lake.listAll(prefix))).flat();
}

/**
 * Which compacted days in range are loaded already and which are not: one listing of every
 * manifest (a paged request per thousand days on S3) and one query of lake_days.
 */
export async function planCompacted(
  db: Database,
  lake: Lake,
  scope: { from?: Day | undefined; to?: Day | undefined; coins?: readonly string[] | undefined },
): Promise<CompactedPlan> {
  const byDay = new Map<string, string[]>();
  for (const key of await listManifests(lake, scope)) {
    const at = manifestDay(key);
    if (!at) continue;
    if ((scope.from && at.day < scope.from) || (scope.to && at.day > scope.to)) continue;
    if (scope.coins && !scope.coins.includes(at.coin)) continue;
    const id = dayId(at.coin, at.day);
    byDay.set(id, [...(byDay.get(id) ?? []), key]);
  }
  const loaded = await loadedDays(db, scope);
  const plan: CompactedPlan = { upToDate: new Map(), todo: [] };
  for (const [id, keys] of byDay) {
    const manifestKey = newestManifestKey(keys);
    const at = manifestKey && manifestDay(manifestKey);
    if (!manifestKey || !at) continue;
    const done = loaded.get(id);
    if (done?.manifestKey === manifestKey) {
      plan.upToDate.set(id, manifestName(manifestKey)?.covered ?? 0);
    } else {
      plan.todo.push({ ...at, manifestKey, loadedParts: done?.parts ?? [] });
    }
  }
  plan.todo.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.coin < b.coin ? -1 : 1));
  return plan;
}

export interface CompactedBatch {
  /** The batch's quotes as CSV in STAGING_COLUMNS' order; undefined when no part was new. */
  csv: string | undefined;
  days: LoadedDay[];
  /** Raw keys the batch's manifests account for (parts and skipped objects), by `coin/day`. */
  covered: Map<string, Set<string>>;
  /** Raw objects whose rows the newly read parts hold. */
  objects: number;
  parts: number;
  rows: number;
}

const ISO = (column: string) =>
  `strftime(${column} at time zone 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ') as ${column}`;

/**
 * Reads the parts of some days into one CSV file for COPY: DuckDB reads Parquet and writes CSV
 * natively, so no row passes through JavaScript. Decimals stay the parts' text.
 */
async function readBatch(
  lake: Lake,
  connection: DuckDBConnection,
  batch: readonly CompactedDay[],
  scratch: string,
): Promise<CompactedBatch> {
  const manifests = await mapConcurrent(batch, 16, (d) => readManifest(lake, d.manifestKey));
  const covered = new Map<string, Set<string>>();
  const days: LoadedDay[] = [];
  const fresh = batch.flatMap((d, i) => {
    const manifest = manifests[i];
    if (!manifest) return [];
    covered.set(dayId(d.coin, d.day), coveredKeys(manifest));
    const parts = manifest.parts.filter((p) => !d.loadedParts.includes(p.key));
    days.push({
      coin: d.coin,
      day: d.day,
      manifestKey: d.manifestKey,
      parts: manifest.parts.map((p) => p.key),
      rows: parts.reduce((sum, p) => sum + p.rows, 0),
    });
    return parts;
  });
  const paths = await mapConcurrent(fresh, 16, (p) => localPath(lake, p.key, scratch));
  let csv: string | undefined;
  if (paths.length > 0) {
    csv = join(scratch, `${randomBytes(8).toString('hex')}.csv`);
    const columns = STAGING_COLUMNS.map((c) =>
      c === 'last_updated' || c === 'extracted_at' ? ISO(c) : c,
    );
    await connection.run(
      `copy (select ${columns.join(', ')} from read_parquet([${paths.map(literal).join(', ')}]))
       to ${literal(csv)} (format csv, header false)`,
    );
  }
  // Parts downloaded from S3 are read now: the scratch folder never holds more than a batch.
  await Promise.all(paths.filter((p) => p.startsWith(scratch)).map((p) => rm(p, { force: true })));
  return {
    csv,
    days,
    covered,
    objects: fresh.reduce((sum, p) => sum + p.sources.length, 0),
    parts: fresh.length,
    rows: fresh.reduce((sum, p) => sum + p.rows, 0),
  };
}

export interface CompactedSummary {
  days: number;
  parts: number;
  objects: number;
  rows: number;
  rowsInserted: number;
  /** Raw keys the loaded days' manifests account for, by `coin/day`. */
  covered: Map<string, Set<string>>;
}

export interface CompactedLoadOptions {
  /**
   * Coin days per transaction (a day of one coin is 288 quotes at 5-minute intervals): 512 is
   * about 150,000 quotes, a CSV of some 25 MB.
   */
  batchDays?: number;
  signal?: AbortSignal | undefined;
  onProgress?: (daysDone: number, rowsInserted: number) => void;
}

/**
 * Loads the days of a plan from their parts, a batch of days per transaction, reading the next
 * batch while the current one is written. Interrupted, the days of finished batches are in
 * lake_days and the next load starts after them.
 */
export async function loadCompactedDays(
  db: Database,
  lake: Lake,
  todo: readonly CompactedDay[],
  options: CompactedLoadOptions = {},
): Promise<CompactedSummary> {
  const summary: CompactedSummary = {
    days: 0,
    parts: 0,
    objects: 0,
    rows: 0,
    rowsInserted: 0,
    covered: new Map(),
  };
  if (todo.length === 0) return summary;
  const { batchDays = 512, signal } = options;
  const batches: CompactedDay[][] = [];
  for (let i = 0; i < todo.length; i += batchDays) batches.push(todo.slice(i, i + batchDays));
  const scratch = await mkdtemp(join(tmpdir(), 'cais-replay-'));
  const duck: DuckDb = await openDuckDb();
  const connection = await duck.connect();
  try {
    await withCopySession(db, async (session) => {
      await prepareStaging(session.db);
      const read = (batch: CompactedDay[]) => readBatch(lake, connection, batch, scratch);
      let next: Promise<CompactedBatch> | undefined = batches[0] && read(batches[0]);
      for (let i = 0; next; i++) {
        const current = await next;
        const following = batches[i + 1];
        next = following && (signal?.aborted ? undefined : read(following));
        next?.catch(() => undefined);
        const { inserted } = await insertBatch(session, current);
        summary.days += current.days.length;
        summary.parts += current.parts;
        summary.objects += current.objects;
        summary.rows += current.rows;
        summary.rowsInserted += inserted;
        for (const [id, keys] of current.covered) summary.covered.set(id, keys);
        options.onProgress?.(summary.days, summary.rowsInserted);
        signal?.throwIfAborted();
      }
    });
  } finally {
    connection.closeSync();
    duck.close();
    await rm(scratch, { recursive: true, force: true });
  }
  return summary;
}

/** COPYs a batch's CSV into the session's staging table, then moves it in one transaction. */
async function insertBatch(session: CopySession, batch: CompactedBatch) {
  if (batch.csv) {
    await session.copyCsv(STAGING_TABLE, STAGING_COLUMNS, batch.csv);
    await rm(batch.csv, { force: true });
  }
  return insertStagedDays(session.db, batch.days);
}
