import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dayOf, type Day } from '../lake/keys.js';
import { LakeKeyExistsError, type Lake } from '../lake/lake.js';
import { listDayPartitions, type DayPartition } from '../lake/listing.js';
import { partKey } from './compacted-keys.js';
import { takeCompactionLock } from './compaction-lock.js';
import {
  compactedTree,
  dayStateFrom,
  fullyCompacted,
  readDayState,
  uncompacted,
  type DayState,
} from './day-state.js';
import { mapConcurrent } from '../lake/map-concurrent.js';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openDuckDb } from './duckdb.js';
import { localPath } from './local-files.js';
import { publishManifest, type Manifest } from './manifest.js';
import { buildMonthParts, lastDayOf, monthsBehind } from './month-parts.js';
import { partIdentities, writeQuotesParquet } from './parquet.js';
import { readRawQuotes } from './raw-quotes.js';

export interface CompactOptions {
  from?: Day | undefined;
  to?: Day | undefined;
  /** Only these coin folders; undefined: every coin. */
  coins?: readonly string[] | undefined;
  /** Days before this one (UTC) are closed; defaults to now. */
  now?: Date;
  /** The compaction lock's lease (compaction-lock.ts); tests shorten it. */
  leaseMs?: number | undefined;
  /** Days compacted at once, each with its own DuckDB connection (8: hides disk and S3 latency). */
  concurrency?: number;
  signal?: AbortSignal | undefined;
  onListed?: (days: number) => void;
  onProgress?: (done: number, total: number) => void;
}

export interface CompactSummary {
  /** Coin days with raw objects in the range. */
  days: number;
  /** Of those, given a new part or manifest now. */
  compacted: number;
  objects: number;
  rows: number;
  /** Raw objects that are not quotes files, met for the first time. */
  bad: { key: string; reason: string }[];
  /** Raw objects the store would not give now: compacted by a later run. */
  unreadable: { key: string; reason: string }[];
  /** Month parts built (or rebuilt, for a month given a late day part). */
  months: number;
}

interface DayResult extends Pick<CompactSummary, 'objects' | 'rows' | 'bad' | 'unreadable'> {
  changed: boolean;
}

const yesterday = (now: Date) => dayOf(new Date(now.getTime() - 86_400_000));

/**
 * The coin months of the listed days that are closed (their last day is at most `to`) and wholly
 * in range, without the months of `incomplete` days (`coin/YYYY-MM`): those get a month part.
 */
function closedMonths(
  groups: readonly DayPartition[],
  range: { from?: Day | undefined; to: Day },
  incomplete: ReadonlySet<string>,
): { coin: string; month: string }[] {
  const months = new Map<string, { coin: string; month: string }>();
  for (const { slug, day } of groups) {
    const month = day.slice(0, 7);
    const id = `${slug}/${month}`;
    if (lastDayOf(month) > range.to || (range.from && range.from > `${month}-01`)) continue;
    if (!incomplete.has(id)) months.set(id, { coin: slug, month });
  }
  return [...months.values()];
}

/**
 * Compacts one coin's day: the raw objects no manifest names yet become one Parquet part
 * (without rows an earlier part of the day holds), published whole, then the next manifest
 * version. Interrupted anywhere, the next run finds the same new objects, names the part the
 * same (its hash is of the inputs), finds it published or publishes it, and writes the manifest.
 */
async function compactDay(
  lake: Lake,
  partition: DayPartition,
  connection: DuckDBConnection,
  scratch: string,
): Promise<DayResult> {
  const unchanged = { changed: false, objects: 0, rows: 0, bad: [], unreadable: [] };
  const state = await readDayState(lake, partition);
  if (fullyCompacted(state)) return unchanged;
  const { manifest: previous, refs: fresh } = await uncompacted(lake, state);
  if (fresh.length === 0) return unchanged;
  const group = { coin: partition.slug, day: partition.day };

  const earlierParts = await Promise.all(
    (previous?.parts ?? []).map((part) => localPath(lake, part.key, scratch)),
  );
  const seen = await partIdentities(connection, earlierParts);
  const read = await readRawQuotes(lake, fresh, seen);
  const version = (previous?.version ?? 0) + 1;
  const manifest: Manifest = {
    format: 1,
    coin: group.coin,
    day: group.day,
    version,
    compactedAt: new Date().toISOString(),
    parts: [...(previous?.parts ?? [])],
    skipped: [...(previous?.skipped ?? []), ...read.bad],
  };
  if (read.sources.length > 0) {
    const hash = createHash('sha256')
      .update(`${version}\n${read.sources.map((s) => `${s.key} ${s.md5}`).join('\n')}`)
      .digest('hex')
      .slice(0, 20);
    const key = partKey(group.coin, group.day, hash);
    const file = join(scratch, `${randomBytes(8).toString('hex')}.parquet`);
    await writeQuotesParquet(connection, read.rows, file);
    try {
      await lake.put(key, await readFile(file), 'application/vnd.apache.parquet');
    } catch (error) {
      // Published by a run that stopped before its manifest: same inputs, same rows.
      if (!(error instanceof LakeKeyExistsError)) throw error;
    } finally {
      await rm(file, { force: true });
    }
    manifest.parts.push({ key, rows: read.rows.length, sources: read.sources });
  }
  const changed =
    (read.sources.length > 0 || read.bad.length > 0) && (await publishManifest(lake, manifest));
  return {
    changed,
    objects: read.sources.length,
    rows: read.rows.length,
    bad: read.bad.map(({ key, reason }) => ({ key, reason })),
    unreadable: read.unreadable,
  };
}

/**
 * `cais lake compact`: every closed UTC day of every coin in the range whose raw objects are not
 * all in its manifest gets a new part. Raw objects are only read; running again with nothing new
 * reads only listings and manifests.
 */
export async function compactLake(
  lake: Lake,
  options: CompactOptions = {},
): Promise<CompactSummary> {
  const lastClosed = yesterday(options.now ?? new Date());
  const to = options.to && options.to < lastClosed ? options.to : lastClosed;
  const groups = await listDayPartitions(lake, { from: options.from, to, coins: options.coins });
  options.onListed?.(groups.length);
  const summary: CompactSummary = {
    days: groups.length,
    compacted: 0,
    objects: 0,
    rows: 0,
    bad: [],
    unreadable: [],
    months: 0,
  };
  // Days with nothing new are told from listings alone (the compacted tree in two), and take
  // no lock: a compaction with nothing to do writes nothing.
  const tree = await compactedTree(lake);
  const states = await mapConcurrent(groups, 32, (group) => dayStateFrom(lake, group, tree));
  const pending = groups.filter((_, i) => !fullyCompacted(states[i] as DayState));
  let done = groups.length - pending.length;
  if (done > 0) options.onProgress?.(done, groups.length);
  const incomplete = new Set<string>();
  const behind = await monthsBehind(
    lake,
    tree,
    closedMonths(groups, { ...options, to }, incomplete),
  );
  if (pending.length === 0 && behind.length === 0) return summary;
  const concurrency = Math.max(0, Math.min(options.concurrency ?? 8, pending.length));
  // Before anything is written: two compactions of one day would both publish a part.
  const lock = await takeCompactionLock(lake, { leaseMs: options.leaseMs });
  const signal = options.signal ? AbortSignal.any([options.signal, lock.signal]) : lock.signal;
  const scratch = await mkdtemp(join(tmpdir(), 'cais-compact-'));
  const duck = await openDuckDb().catch(async (error: unknown) => {
    await lock.release();
    throw error;
  });
  try {
    let next = 0;
    const worker = async () => {
      const connection = await duck.connect();
      try {
        for (let i = next++; i < pending.length; i = next++) {
          signal.throwIfAborted();
          const day = pending[i] as DayPartition;
          const result = await compactDay(lake, day, connection, scratch);
          if (result.unreadable.length > 0) incomplete.add(`${day.slug}/${day.day.slice(0, 7)}`);
          if (result.changed) summary.compacted += 1;
          summary.objects += result.objects;
          summary.rows += result.rows;
          summary.bad.push(...result.bad);
          summary.unreadable.push(...result.unreadable);
          options.onProgress?.(++done, groups.length);
        }
      } finally {
        connection.closeSync();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    // Months last, from the tree as the days left it: a month is built once all its days are.
    const months =
      pending.length === 0
        ? behind
        : await monthsBehind(
            lake,
            await compactedTree(lake),
            closedMonths(groups, { ...options, to }, incomplete),
          );
    if (months.length > 0) {
      const connection = await duck.connect();
      try {
        summary.months = await buildMonthParts(lake, connection, months, scratch);
      } finally {
        connection.closeSync();
      }
    }
  } finally {
    duck.close();
    await rm(scratch, { recursive: true, force: true });
    await lock.release();
  }
  return summary;
}
