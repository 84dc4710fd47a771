import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { setTimeout } from 'node:timers/promises';
import { isAlive } from '../db/pglite-lock.js';
import { LakeKeyExistsError, type Lake } from '../lake/lake.js';

/**
 * One compaction at a time per lake, whatever runs it (`cais lake compact`, the daily job, on
 * any host). The lock lives in the lake itself, so it holds for a folder and for S3 alike and
 * needs no database (compaction has none): a lease taken by writing the next generation of
 * compacted/locks/compaction/gNNNNNNNNNN.json with the lake's create-only put (a hard link on a
 * folder, If-None-Match on S3), so of two compactions taking the same generation exactly one
 * wins. The holder renews its lease by writing the next generations and releases it by writing
 * a released one; a lease that expired, or whose holder is a dead process of this host (killed
 * with SIGKILL), is free. Nothing is ever deleted, as everywhere in the lake: a generation is a
 * few hundred bytes, a handful per compaction.
 */

export const LOCKS_PREFIX = 'compacted/locks/compaction/';
/** How long a lock's writer waits before reading it back (see takeCompactionLock). */
const SETTLE_MS = 250;
/** Long enough for any pause of a live holder; it renews at a third of it. */
export const LEASE_MS = 10 * 60_000;

interface LockRecord {
  owner: string;
  host: string;
  pid: number;
  expiresAt: string;
  released: boolean;
}

export class CompactionBusyError extends Error {
  override name = 'CompactionBusyError';
}

const GENERATION = /\/g(\d{10})\.json$/;
const keyOf = (generation: number) =>
  `${LOCKS_PREFIX}g${String(generation).padStart(10, '0')}.json`;

export interface CompactionLock {
  /** Aborts when the lease is lost (it expired and another compaction took it). */
  readonly signal: AbortSignal;
  release(): Promise<void>;
}

async function newest(lake: Lake): Promise<{ generation: number; record?: LockRecord }> {
  const generations = (await lake.list(LOCKS_PREFIX)).keys
    .map((key) => Number(GENERATION.exec(key)?.[1] ?? Number.NaN))
    .filter((g) => Number.isInteger(g));
  if (generations.length === 0) return { generation: 0 };
  const generation = Math.max(...generations);
  const record = JSON.parse((await lake.get(keyOf(generation))).toString('utf8')) as LockRecord;
  return { generation, record };
}

const isFree = (record: LockRecord | undefined, now: number) =>
  !record ||
  record.released ||
  Date.parse(record.expiresAt) <= now ||
  (record.host === hostname() && !isAlive(record.pid));

/**
 * Takes the lake's compaction lock, or throws CompactionBusyError naming the holder. Renews it
 * until released; `signal` aborts if it is lost all the same.
 */
export async function takeCompactionLock(
  lake: Lake,
  options: { leaseMs?: number | undefined } = {},
): Promise<CompactionLock> {
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const owner = randomUUID();
  const current = await newest(lake);
  const holder = current.record;
  if (holder && !isFree(holder, Date.now())) {
    throw new CompactionBusyError(
      `another compaction (process ${holder.pid} on ${holder.host}) is running on ${lake.location} until ${holder.expiresAt} at the latest; run again once it is done`,
    );
  }
  let generation = current.generation;
  const write = async (released: boolean): Promise<boolean> => {
    const record: LockRecord = {
      owner,
      host: hostname(),
      pid: process.pid,
      expiresAt: new Date(Date.now() + leaseMs).toISOString(),
      released,
    };
    try {
      await lake.put(keyOf(generation + 1), `${JSON.stringify(record)}\n`, 'application/json');
      generation += 1;
      return true;
    } catch (error) {
      if (error instanceof LakeKeyExistsError) return false;
      throw error;
    }
  };
  if (!(await write(false))) {
    throw new CompactionBusyError(
      `another compaction took the lock of ${lake.location} at the same moment; run again once it is done`,
    );
  }
  // Stores that ignore If-None-Match (s3rver) check with a HEAD first, and two writers within
  // that window both succeed, the later replacing the earlier: read back after a pause longer
  // than that window, and only the writer whose record stands holds the lock.
  await setTimeout(SETTLE_MS);
  if ((await newest(lake)).record?.owner !== owner) {
    throw new CompactionBusyError(
      `another compaction took the lock of ${lake.location} at the same moment; run again once it is done`,
    );
  }
  const lost = new AbortController();
  let renewing: Promise<unknown> | undefined;
  const timer = setInterval(() => {
    // One renewal at a time: two would race for the same generation, and one would lose.
    renewing ??= write(false)
      .then(
        (renewed) => {
          if (!renewed) lost.abort(new CompactionBusyError('the compaction lock was lost'));
        },
        () => undefined, // A failed renewal is retried at the next tick, well within the lease.
      )
      .finally(() => {
        renewing = undefined;
      });
  }, leaseMs / 3);
  timer.unref();
  return {
    signal: lost.signal,
    release: async () => {
      clearInterval(timer);
      await renewing;
      if (!lost.signal.aborted) await write(true).catch(() => undefined);
    },
  };
}
