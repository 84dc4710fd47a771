import { hostname } from 'node:os';
import type { Logger } from 'pino';
import type { Database } from '../db/client.js';
import type { Clock } from '../time/clock.js';
import { addCounts, pruneCounts, type MinuteCount } from './request-counts.repository.js';

/**
 * The api's requests and 5xx answers per minute, for the error_rate rule. Counted in memory (a
 * request costs two additions, never a database write) and flushed every `flushMs` and on close,
 * each flush adding to this task's row of the minute; minutes older than the longest rule window
 * are pruned at most once an hour.
 */

export const FLUSH_MS = 15_000;
/** The longest window a rule may have (7 days), plus a day of slack. */
export const KEEP_MS = 8 * 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;
const MINUTE_MS = 60_000;

export interface RequestCounter {
  /** Counts one answered request. */
  record(statusCode: number): void;
  /** Writes what was counted since the last flush; on failure keeps it for the next one. */
  flush(): Promise<void>;
  /** Stops the timer and flushes the rest. */
  close(): Promise<void>;
}

export interface RequestCounterOptions {
  db: Database;
  clock: Clock;
  log: Logger;
  /** Who counted (one row per task and minute); default: host and pid. */
  task?: string;
  /** 0: no timer (tests flush by hand). */
  flushMs?: number;
}

export function createRequestCounter(options: RequestCounterOptions): RequestCounter {
  const { db, clock, log } = options;
  const task = options.task ?? `${hostname()}:${process.pid}`;
  let pending = new Map<number, { requests: number; errors: number }>();
  let flushing: Promise<void> = Promise.resolve();
  let prunedAt = 0;

  const add = (minute: number, requests: number, errors: number) => {
    const counts = pending.get(minute) ?? { requests: 0, errors: 0 };
    counts.requests += requests;
    counts.errors += errors;
    pending.set(minute, counts);
  };

  const write = async () => {
    if (pending.size === 0) return;
    const batch = pending;
    pending = new Map();
    const counts: MinuteCount[] = [...batch].map(([minute, c]) => ({
      minute: new Date(minute),
      ...c,
    }));
    try {
      await addCounts(db, task, counts);
    } catch (error) {
      // Put back: a database blip loses no counts, only delays them to the next flush.
      for (const [minute, c] of batch) add(minute, c.requests, c.errors);
      log.warn({ err: error }, 'request counts could not be written; retrying at the next flush');
      return;
    }
    // Apart from the write: counts already added must not be put back when pruning fails.
    const now = clock.now();
    if (now - prunedAt < PRUNE_EVERY_MS) return;
    prunedAt = now;
    await pruneCounts(db, new Date(now - KEEP_MS)).catch((error: unknown) => {
      log.warn({ err: error }, 'old request counts could not be pruned; trying again in an hour');
    });
  };
  // One flush at a time: two overlapping would write the same batch twice on a retry.
  const flush = () => (flushing = flushing.then(write));

  const flushMs = options.flushMs ?? FLUSH_MS;
  const timer = flushMs > 0 ? setInterval(() => void flush(), flushMs) : undefined;
  timer?.unref();

  return {
    record(statusCode) {
      add(Math.floor(clock.now() / MINUTE_MS) * MINUTE_MS, 1, statusCode >= 500 ? 1 : 0);
    },
    flush,
    async close() {
      if (timer) clearInterval(timer);
      await flush();
    },
  };
}
