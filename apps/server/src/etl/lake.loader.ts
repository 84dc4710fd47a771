import { createHash } from 'node:crypto';
import type { Database } from '../db/client.js';
import type { Day, ObjectRef } from '../lake/keys.js';
import { LakeError, type Lake } from '../lake/lake.js';
import { listObjects } from '../lake/listing.js';
import { mapConcurrent } from '../lake/map-concurrent.js';
import { BadFileError, parseQuotesCsv } from '../lake/quotes.csv.js';
import { insertObjects, loadedKeys, type ParsedObject } from './quotes.repository.js';

export interface BadFile {
  key: string;
  reason: string;
}

export interface LoadSummary {
  /** CSV objects in the range. */
  listed: number;
  /** Of those, already in the database: not read again. */
  alreadyLoaded: number;
  /** Objects read and loaded now. */
  loaded: number;
  rowsInserted: number;
  /** Rows of loaded objects that the database already had (same coin, currency and time). */
  duplicates: number;
  /** Loaded objects holding such rows: early objects of the original repeated earlier ones. */
  repeatingObjects: number;
  /** Objects that could not be read or parsed: skipped, still pending. */
  bad: BadFile[];
}

export interface LoadProgress {
  /** Objects dealt with so far (loaded, already loaded or bad), of `total`. */
  done: number;
  total: number;
  rowsInserted: number;
}

export interface LoadOptions {
  from?: Day | undefined;
  to?: Day | undefined;
  /** Objects per transaction. */
  batchSize?: number;
  /** Object reads in flight at once. */
  readConcurrency?: number;
  /** Listings in flight at once. */
  listConcurrency?: number;
  signal?: AbortSignal | undefined;
  /** Called once the lake is listed, with the number of objects found. */
  onListed?: (total: number) => void;
  onProgress?: (progress: LoadProgress) => void;
}

interface PreparedBatch {
  objects: ParsedObject[];
  alreadyLoaded: number;
  bad: BadFile[];
}

async function prepare(
  db: Database,
  lake: Lake,
  batch: ObjectRef[],
  readConcurrency: number,
): Promise<PreparedBatch> {
  const loaded = await loadedKeys(
    db,
    batch.map((ref) => ref.key),
  );
  const todo = batch.filter((ref) => !loaded.has(ref.key));
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
        if (!(error instanceof BadFileError || error instanceof LakeError)) throw error;
        return { key: ref.key, reason: error.message };
      }
    },
  );
  return {
    objects: results.filter((r): r is ParsedObject => 'rows' in r),
    alreadyLoaded: loaded.size,
    bad: results.filter((r): r is BadFile => 'reason' in r),
  };
}

/**
 * Loads every object of the lake in the range that the database does not have yet: the core of
 * `cais etl replay` and of each run's catch-up. Batches are read while the previous one is being
 * written; each batch is one transaction, so an interruption loses no more than the batch in
 * flight, and the next load takes up where this one stopped. A bad object is reported and
 * skipped.
 */
export async function loadLake(
  db: Database,
  lake: Lake,
  options: LoadOptions = {},
): Promise<LoadSummary> {
  const { batchSize = 2_000, readConcurrency = 32, signal } = options;
  const refs = await listObjects(lake, {
    from: options.from,
    to: options.to,
    concurrency: options.listConcurrency ?? 16,
  });
  options.onListed?.(refs.length);
  const summary: LoadSummary = {
    listed: refs.length,
    alreadyLoaded: 0,
    loaded: 0,
    rowsInserted: 0,
    duplicates: 0,
    repeatingObjects: 0,
    bad: [],
  };
  const batches: ObjectRef[][] = [];
  for (let i = 0; i < refs.length; i += batchSize) batches.push(refs.slice(i, i + batchSize));

  let done = 0;
  let next = batches[0] && prepare(db, lake, batches[0], readConcurrency);
  for (let i = 0; next; i++) {
    const current = await next;
    const following = batches[i + 1];
    next =
      following && (signal?.aborted ? undefined : prepare(db, lake, following, readConcurrency));
    // A failed insert below must not leave the read-ahead's failure unhandled.
    next?.catch(() => undefined);
    const { inserted, repeating } = await insertObjects(db, current.objects);
    const rows = current.objects.reduce((sum, o) => sum + o.rows.length, 0);
    summary.alreadyLoaded += current.alreadyLoaded;
    summary.loaded += current.objects.length;
    summary.rowsInserted += inserted;
    summary.duplicates += rows - inserted;
    summary.repeatingObjects += repeating;
    summary.bad.push(...current.bad);
    done += batches[i]?.length ?? 0;
    options.onProgress?.({ done, total: refs.length, rowsInserted: summary.rowsInserted });
    signal?.throwIfAborted();
  }
  return summary;
}
