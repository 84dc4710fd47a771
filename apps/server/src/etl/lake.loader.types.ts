import type { Day } from '../lake/keys.js';

/**
 * What a load of the lake takes and reports: the options, the progress and the summary, apart
 * from the loader (lake.loader.ts, which re-exports them) so that it holds only the loading.
 */

export interface BadFile {
  key: string;
  reason: string;
  /**
   * True when the object itself is bad (its content, its key, or the database refused its
   * values): it is remembered in lake_rejects. False for a read that failed (the lake was
   * unreachable): the next load tries again.
   */
  rejected: boolean;
}

export interface LoadSummary {
  /** CSV objects in the range. */
  listed: number;
  /** Of those, already in the database: not read again. */
  alreadyLoaded: number;
  /** Of those, rejected by an earlier load: not read again (see `retryRejected`). */
  skippedRejected: number;
  /** Objects read and loaded now. */
  loaded: number;
  rowsInserted: number;
  /** Rows of loaded objects that the database already had (same coin, currency and time). */
  duplicates: number;
  /** Loaded objects holding such rows: early objects of the original repeated earlier ones. */
  repeatingObjects: number;
  /** Objects that could not be read, parsed or stored now, with why: skipped, the others load. */
  bad: BadFile[];
  /**
   * Compacted days in range (docs/lake.md): read now from their parts (`monthsRead` of them in
   * whole months, from month parts), or loaded by an earlier load. `stages`: seconds DuckDB read
   * parts and wrote CSV (overlapping the writing), and seconds PostgreSQL took the batches.
   * Absent when the lake has none in range (or DuckDB, which reads them, is missing).
   */
  compacted?: {
    daysRead: number;
    monthsRead: number;
    parts: number;
    daysLoadedBefore: number;
    stages: { read: number; write: number };
  };
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
  /** Read again the objects an earlier load rejected (after a person fixed or replaced them). */
  retryRejected?: boolean;
  /**
   * Read compacted days from their parts (default). False reads every raw object one by one,
   * as loads did before compaction (the benchmark's baseline).
   */
  compacted?: boolean;
  /**
   * Refresh the planner's statistics at the end. Default: when at least ANALYZE_ROWS rows were
   * inserted; `cais etl replay` asks for it whenever it inserted any.
   */
  analyze?: boolean;
  signal?: AbortSignal | undefined;
  /** Called once the lake is listed, with the number of objects found. */
  onListed?: (total: number) => void;
  onProgress?: (progress: LoadProgress) => void;
  /** Called with the details of a refusal by the database (for a debug log line). */
  onRefused?: (key: string, error: unknown) => void;
}
