import { createHash } from 'node:crypto';
import type { Database } from '../db/client.js';
import { isDatabaseUnavailable } from '../db/errors.js';
import type { ObjectRef } from '../lake/keys.js';
import { LakeError, type Lake } from '../lake/lake.js';
import { listLake } from '../lake/listing.js';
import { mapConcurrent } from '../lake/map-concurrent.js';
import { BadFileError, parseQuotesCsv } from '../lake/quotes.csv.js';
import { shortReason } from '../log/reason.js';
import { loadedKeys, recordRejects, rejectedKeys } from '../quotes/ledger.repository.js';
import { analyzeQuotes, insertObjects, type ParsedObject } from '../quotes/quotes.repository.js';
import { loadCompactedDays } from './compacted.loader.js';
import { planCompacted, type CompactedPlan } from './compacted.plan.js';
import { dayId } from '../quotes/lake-days.repository.js';
import { rawDay } from '../lakehouse/compacted-keys.js';
import { DuckDbUnavailableError, loadDuckDb } from '../lakehouse/duckdb.js';
import { monthFolder } from '../lakehouse/month-parts.js';

// The options and summary of a load are in lake.loader.types.ts; re-exported for the callers.
import type { BadFile, LoadOptions, LoadSummary } from './lake.loader.types.js';
export type { BadFile, LoadOptions, LoadProgress, LoadSummary } from './lake.loader.types.js';

/**
 * The compacted days of the range, when the lake has any and DuckDB (which reads Parquet) is
 * installed; otherwise undefined, and every raw object is read one by one as before.
 */
async function compactedPlan(
  db: Database,
  lake: Lake,
  options: LoadOptions,
): Promise<CompactedPlan | undefined> {
  const plan = await planCompacted(db, lake, options);
  const toRead = plan.todo.length + plan.months.length;
  if (toRead === 0 && plan.upToDate.size === 0) return undefined;
  // DuckDB (68 MB) is loaded only when some part is to be read.
  if (toRead === 0) return plan;
  try {
    await loadDuckDb();
  } catch (error) {
    if (error instanceof DuckDbUnavailableError) return undefined;
    throw error;
  }
  return plan;
}

/** A load of this many rows is a bulk load: the statistics no longer describe the table. */
export const ANALYZE_ROWS = 1_000;

interface PreparedBatch {
  objects: ParsedObject[];
  alreadyLoaded: number;
  skippedRejected: number;
  bad: BadFile[];
}

async function prepare(
  db: Database,
  lake: Lake,
  batch: ObjectRef[],
  readConcurrency: number,
  retryRejected: boolean,
): Promise<PreparedBatch> {
  const keys = batch.map((ref) => ref.key);
  const [loaded, rejected] = await Promise.all([
    loadedKeys(db, keys),
    retryRejected ? new Set<string>() : rejectedKeys(db, keys),
  ]);
  const todo = batch.filter((ref) => !loaded.has(ref.key) && !rejected.has(ref.key));
  const results = await mapConcurrent(
    todo,
    readConcurrency,
    async (ref): Promise<ParsedObject | BadFile> => {
      try {
        const bytes = await lake.get(ref.key);
        return {
          key: ref.key,
          hash: createHash('md5').update(bytes).digest('hex'),
          rows: parseQuotesCsv(bytes.toString('utf8'), ref.slug),
        };
      } catch (error) {
        if (error instanceof BadFileError) {
          return { key: ref.key, reason: error.message, rejected: true };
        }
        if (error instanceof LakeError) {
          return { key: ref.key, reason: shortReason(error), rejected: false };
        }
        throw error;
      }
    },
  );
  return {
    objects: results.filter((r): r is ParsedObject => 'rows' in r),
    alreadyLoaded: [...loaded].length,
    skippedRejected: batch.filter((ref) => rejected.has(ref.key) && !loaded.has(ref.key)).length,
    bad: results.filter((r): r is BadFile => 'reason' in r),
  };
}

interface Inserted {
  inserted: number;
  /** Loaded objects some of whose rows the database already had. */
  repeating: number;
  /** The objects that loaded. */
  objects: ParsedObject[];
  bad: BadFile[];
}

/**
 * Inserts the objects in one transaction; when the database refuses it, splits the batch in
 * halves and tries again, down to the single object it refuses, so one bad object costs about
 * log2(batch) extra transactions and never stops the others. A lost connection is no object's
 * fault: it stops the load, and the next load takes up where this one stopped.
 */
async function insertIsolating(
  db: Database,
  objects: ParsedObject[],
  onRefused: LoadOptions['onRefused'],
): Promise<Inserted> {
  if (objects.length === 0) return { inserted: 0, repeating: 0, objects: [], bad: [] };
  try {
    return { ...(await insertObjects(db, objects)), objects, bad: [] };
  } catch (error) {
    if (isDatabaseUnavailable(error)) throw error;
    const [only] = objects;
    if (objects.length === 1 && only) {
      onRefused?.(only.key, error);
      return {
        inserted: 0,
        repeating: 0,
        objects: [],
        bad: [
          {
            key: only.key,
            reason: `the database refused it: ${shortReason(error)}`,
            rejected: true,
          },
        ],
      };
    }
    const half = Math.ceil(objects.length / 2);
    const first = await insertIsolating(db, objects.slice(0, half), onRefused);
    const second = await insertIsolating(db, objects.slice(half), onRefused);
    return {
      inserted: first.inserted + second.inserted,
      repeating: first.repeating + second.repeating,
      objects: [...first.objects, ...second.objects],
      bad: [...first.bad, ...second.bad],
    };
  }
}

/**
 * Loads every object of the lake in the range that the database does not have yet: the core of
 * `cais etl replay` and of each run's catch-up. Batches are read while the previous one is being
 * written; each batch is one transaction, so an interruption loses no more than the batch in
 * flight, and the next load takes up where this one stopped. A bad object (bad content, a key
 * outside the layout, values the database refuses) is reported, remembered in lake_rejects and
 * skipped by later loads; the others load.
 */
export async function loadLake(
  db: Database,
  lake: Lake,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const { batchSize = 2_000, readConcurrency = 32, retryRejected = false, signal } = options;
  const plan = options.compacted === false ? undefined : await compactedPlan(db, lake, options);
  const fromParts = plan
    ? await loadCompactedDays(db, lake, plan, {
        signal,
        onProgress: (days, rowsInserted) => {
          const total = plan.todo.length + plan.months.reduce((sum, m) => sum + m.days.length, 0);
          options.onProgress?.({ done: days, total, rowsInserted });
        },
      })
    : undefined;
  const listing = await listLake(lake, {
    from: options.from,
    to: options.to,
    concurrency: options.listConcurrency ?? 16,
    // A day whose newest manifest is loaded is not listed: instant when nothing is new.
    skipDay: plan && ((slug, day) => plan.upToDate.has(dayId(slug, day))),
    // A month read from its month part is not listed at all: its raw days were all compacted
    // when the month part was built, and a raw object arriving later is loaded once compaction
    // (daily) has put it in a day part, which the month reads beside its month part.
    skipMonth: (slug, month) => plan?.monthFolders.has(monthFolder(slug, month)) ?? false,
  });
  // A compacted day's raw objects that its manifest names are loaded; the others (arrived
  // after its compaction) load one by one like any raw object.
  const refs = fromParts
    ? listing.refs.filter((ref) => {
        const day = rawDay(ref.key);
        return !(day && fromParts.covered.get(dayId(ref.slug, day))?.has(ref.key));
      })
    : listing.refs;
  const malformedRejected = retryRejected
    ? new Set<string>()
    : await rejectedKeys(
        db,
        listing.malformed.map((m) => m.key),
      );
  const malformed = listing.malformed.filter((m) => !malformedRejected.has(m.key));
  options.onListed?.(refs.length);
  const before = [...(plan?.upToDate.values() ?? [])].reduce((sum, n) => sum + n, 0);
  // Months read whole are not listed: their days' manifests count their objects.
  const ofMonths = fromParts ? (plan?.months ?? []).reduce((sum, m) => sum + m.objects, 0) : 0;
  const summary: LoadSummary = {
    listed: listing.refs.length + before + ofMonths,
    alreadyLoaded:
      before + listing.refs.length - refs.length - ((fromParts?.objects ?? 0) - ofMonths),
    skippedRejected: malformedRejected.size,
    loaded: fromParts?.objects ?? 0,
    rowsInserted: fromParts?.rowsInserted ?? 0,
    duplicates: fromParts ? fromParts.rows - fromParts.rowsInserted : 0,
    repeatingObjects: 0,
    bad: malformed.map((m) => ({ ...m, rejected: true })),
    ...(plan && (plan.todo.length > 0 || plan.months.length > 0 || plan.upToDate.size > 0)
      ? {
          compacted: {
            daysRead: fromParts?.days ?? 0,
            monthsRead: fromParts?.months ?? 0,
            parts: fromParts?.parts ?? 0,
            daysLoadedBefore: plan.upToDate.size,
            stages: fromParts?.stages ?? { read: 0, write: 0 },
          },
        }
      : {}),
  };
  await recordRejects(db, summary.bad);
  const batches: ObjectRef[][] = [];
  for (let i = 0; i < refs.length; i += batchSize) batches.push(refs.slice(i, i + batchSize));

  let done = 0;
  const read = (batch: ObjectRef[]) => prepare(db, lake, batch, readConcurrency, retryRejected);
  let next = batches[0] && read(batches[0]);
  for (let i = 0; next; i++) {
    const current = await next;
    const following = batches[i + 1];
    next = following && (signal?.aborted ? undefined : read(following));
    // A failed insert below must not leave the read-ahead's failure unhandled.
    next?.catch(() => undefined);
    const result = await insertIsolating(db, current.objects, options.onRefused);
    const bad = [...current.bad, ...result.bad];
    await recordRejects(
      db,
      bad.filter((b) => b.rejected),
    );
    const rows = result.objects.reduce((sum, o) => sum + o.rows.length, 0);
    summary.alreadyLoaded += current.alreadyLoaded;
    summary.skippedRejected += current.skippedRejected;
    summary.loaded += result.objects.length;
    summary.rowsInserted += result.inserted;
    summary.duplicates += rows - result.inserted;
    summary.repeatingObjects += result.repeating;
    summary.bad.push(...bad);
    done += batches[i]?.length ?? 0;
    options.onProgress?.({ done, total: refs.length, rowsInserted: summary.rowsInserted });
    signal?.throwIfAborted();
  }
  const analyze = options.analyze ?? summary.rowsInserted >= ANALYZE_ROWS;
  if (analyze && summary.rowsInserted > 0) await analyzeQuotes(db);
  return summary;
}
