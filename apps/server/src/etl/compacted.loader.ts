import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Database } from '../db/client.js';
import type { Lake } from '../lake/lake.js';
import { mapConcurrent } from '../lake/map-concurrent.js';
import { literal, openDuckDb, type DuckDb } from '../lakehouse/duckdb.js';
import { localPath } from '../lakehouse/local-files.js';
import { parquetRanges, splitByOverlap } from '../lakehouse/overlaps.js';
import { coveredKeys, readManifest } from '../lakehouse/manifest.js';
import { withCopySession, type CopySession } from '../db/copy-session.js';
import { dayId, type LoadedDay, type LoadedMonth } from '../quotes/lake-days.repository.js';
import { BATCH_COLUMNS, insertBatch, prepareStaging } from '../quotes/bulk-load.repository.js';
import type { TouchedRange } from '../quotes/rollups.repository.js';
import type { CompactedDay, CompactedMonth } from './compacted.plan.js';
import { readMonthUnit } from './compacted.month.js';

/**
 * Replay of the compacted tree (the plan: compacted.plan.ts): a month from its month part and
 * the day parts that arrived after it was built, a day from its day parts (one read per part,
 * not 288 raw objects), in bulk. The raw objects of other days, and those of a compacted day that
 * its manifest does not name (arrived after its compaction), go through the per-object loader
 * (lake.loader.ts).
 */

/** A month or a day to read, in the order they are loaded. */
type Unit = ({ kind: 'day' } & CompactedDay) | ({ kind: 'month' } & CompactedMonth);

/** A unit once its manifests are read: the parts to read and what goes into the ledger. */
type ReadUnit = { read: string[]; objects: number; rows: number } & (
  | { kind: 'day'; day: LoadedDay; covered: Set<string> }
  | { kind: 'month'; month: { month: LoadedMonth; days: LoadedDay[] } }
);

/** A DuckDB value as text (symbols and ISO times are strings already). */
const text = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value);

export interface CompactedBatch {
  /** The batch's quotes as CSV in BATCH_COLUMNS' order; undefined when no part was new. */
  csv: string | undefined;
  /** Each series' first and last quote time in the CSV. */
  ranges: TouchedRange[];
  days: LoadedDay[];
  months: LoadedMonth[];
  /** Raw keys the batch's day manifests account for (parts and skipped objects), by `coin/day`. */
  covered: Map<string, Set<string>>;
  /** Raw objects whose rows the newly read parts hold. */
  objects: number;
  parts: number;
  rows: number;
  /** Seconds DuckDB took to read the parts and write the CSV. */
  readSeconds: number;
}

const iso = (column: string) => `strftime(${column} at time zone 'UTC', '%Y-%m-%dT%H:%M:%S.%gZ')`;

/**
 * Writes the quotes of some parts as one CSV file in BATCH_COLUMNS' order, each quote once (the
 * earliest extraction's, as replay keeps it), so the file can go straight into crypto_quotes.
 * A part holds each quote once, so only the parts whose Parquet statistics overlap another's
 * (lakehouse/overlaps.ts) go through the deduplicating window: month parts never do, and a batch
 * of them is copied as read (about half the time). Returns each series' range.
 */
async function writeBatchCsv(
  connection: DuckDBConnection,
  paths: readonly string[],
  csv: string,
): Promise<TouchedRange[]> {
  const { alone, shared } = splitByOverlap(await parquetRanges(connection, paths));
  const columns = BATCH_COLUMNS.map((c) => (c === 'last_updated' ? `${iso(c)} as ${c}` : c));
  const files = (list: readonly string[]) => `read_parquet([${list.map(literal).join(', ')}])`;
  const branches = [
    ...(alone.length > 0 ? [`select ${columns.join(', ')} from ${files(alone)}`] : []),
    ...(shared.length > 0
      ? [
          `select ${columns.join(', ')} from ${files(shared)}
           qualify row_number() over (
             partition by symbol, convert, last_updated order by extracted_at, source_key) = 1`,
        ]
      : []),
  ];
  await connection.run(
    `copy (${branches.join(' union all ')}) to ${literal(csv)} (format csv, header false)`,
  );
  const reader = await connection.runAndReadAll(
    `select symbol, convert, ${iso('min(last_updated)')}, ${iso('max(last_updated)')}
     from ${files(paths)} group by symbol, convert`,
  );
  return reader.getRowsJson().map(([symbol, convert, first, last]) => ({
    symbol: text(symbol),
    convert: text(convert),
    first: text(first),
    last: text(last),
  }));
}

/** A day unit: its newest manifest's parts that are not loaded yet. */
async function readDayUnit(lake: Lake, d: CompactedDay) {
  const manifest = await readManifest(lake, d.manifestKey);
  const parts = manifest.parts.filter((p) => !d.loadedParts.includes(p.key));
  const day: LoadedDay = {
    coin: d.coin,
    day: d.day,
    manifestKey: d.manifestKey,
    parts: manifest.parts.map((p) => p.key),
    rows: parts.reduce((sum, p) => sum + p.rows, 0),
  };
  return {
    day,
    covered: coveredKeys(manifest),
    read: parts.map((p) => p.key),
    objects: parts.reduce((sum, p) => sum + p.sources.length, 0),
    rows: day.rows,
  };
}

/**
 * Reads the parts of some months and days into one CSV file for COPY: DuckDB reads Parquet and
 * writes CSV natively, so no row passes through JavaScript. Decimals stay the parts' text.
 */
async function readBatch(
  lake: Lake,
  connection: DuckDBConnection,
  batch: readonly Unit[],
  scratch: string,
): Promise<CompactedBatch> {
  const units = await mapConcurrent(batch, 16, async (unit): Promise<ReadUnit> =>
    unit.kind === 'day'
      ? { kind: 'day', ...(await readDayUnit(lake, unit)) }
      : { kind: 'month', ...(await readMonthUnit(lake, unit)) },
  );
  const read = units.flatMap((u) => u.read);
  const started = performance.now();
  const paths = await mapConcurrent(read, 16, (key) => localPath(lake, key, scratch));
  let csv: string | undefined;
  let ranges: TouchedRange[] = [];
  if (paths.length > 0) {
    csv = join(scratch, `${randomBytes(8).toString('hex')}.csv`);
    ranges = await writeBatchCsv(connection, paths, csv);
  }
  // Parts downloaded from S3 are read now: the scratch folder never holds more than a batch.
  await Promise.all(paths.filter((p) => p.startsWith(scratch)).map((p) => rm(p, { force: true })));
  const covered = new Map<string, Set<string>>();
  for (const u of units) if (u.kind === 'day') covered.set(dayId(u.day.coin, u.day.day), u.covered);
  return {
    csv,
    ranges,
    days: units.flatMap((u) => (u.kind === 'day' ? [u.day] : u.month.days)),
    months: units.flatMap((u) => (u.kind === 'month' ? [u.month.month] : [])),
    covered,
    objects: units.reduce((sum, u) => sum + u.objects, 0),
    parts: read.length,
    rows: units.reduce((sum, u) => sum + u.rows, 0),
    readSeconds: (performance.now() - started) / 1000,
  };
}

export interface CompactedSummary {
  days: number;
  months: number;
  parts: number;
  objects: number;
  rows: number;
  rowsInserted: number;
  /** Raw keys the loaded days' manifests account for, by `coin/day`. */
  covered: Map<string, Set<string>>;
  /**
   * Seconds DuckDB read parts and wrote CSV, and seconds PostgreSQL took the batches (COPY,
   * rollups, ledger): summed over the batches; the reading of one overlaps the writing of another.
   */
  stages: { read: number; write: number };
}

export interface CompactedLoadOptions {
  /**
   * Coin days per transaction (a day of one coin is 288 quotes at 5-minute intervals, a month
   * counts its days): 1,024 is about 300,000 quotes, a CSV of some 50 MB.
   */
  batchDays?: number;
  signal?: AbortSignal | undefined;
  onProgress?: (daysDone: number, rowsInserted: number) => void;
}

/** Splits the units into batches of about `batchDays` coin days, in time order. */
function batchesOf(
  plan: { todo: readonly CompactedDay[]; months: readonly CompactedMonth[] },
  batchDays: number,
) {
  const units: Unit[] = [
    ...plan.months.map((m): Unit => ({ kind: 'month', ...m })),
    ...plan.todo.map((d): Unit => ({ kind: 'day', ...d })),
  ];
  const start = (u: Unit) => (u.kind === 'day' ? u.day : `${u.month}-01`);
  units.sort((a, b) =>
    start(a) < start(b) ? -1 : start(a) > start(b) ? 1 : a.coin < b.coin ? -1 : 1,
  );
  const batches: Unit[][] = [];
  let current: Unit[] = [];
  let weight = 0;
  for (const unit of units) {
    current.push(unit);
    weight += unit.kind === 'day' ? 1 : unit.days.length;
    if (weight >= batchDays) {
      batches.push(current);
      current = [];
      weight = 0;
    }
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Loads the months and days of a plan from their parts, a batch per transaction, reading the
 * next batch while the current one is written. Interrupted, the months and days of finished
 * batches are in the ledger and the next load starts after them.
 */
export async function loadCompactedDays(
  db: Database,
  lake: Lake,
  plan: { todo: readonly CompactedDay[]; months: readonly CompactedMonth[] },
  options: CompactedLoadOptions = {},
): Promise<CompactedSummary> {
  const summary: CompactedSummary = {
    days: 0,
    months: 0,
    parts: 0,
    objects: 0,
    rows: 0,
    rowsInserted: 0,
    covered: new Map(),
    stages: { read: 0, write: 0 },
  };
  const { batchDays = 1_024, signal } = options;
  const batches = batchesOf(plan, batchDays);
  if (batches.length === 0) return summary;
  const scratch = await mkdtemp(join(tmpdir(), 'cais-replay-'));
  const duck: DuckDb = await openDuckDb();
  const connection = await duck.connect();
  try {
    await withCopySession(db, async (session) => {
      await prepareStaging(session.db);
      const read = (batch: Unit[]) => readBatch(lake, connection, batch, scratch);
      let next: Promise<CompactedBatch> | undefined = batches[0] && read(batches[0]);
      for (let i = 0; next; i++) {
        const current = await next;
        const following = batches[i + 1];
        next = following && (signal?.aborted ? undefined : read(following));
        next?.catch(() => undefined);
        const { inserted, seconds } = await loadBatch(session, current);
        summary.days += current.days.length;
        summary.months += current.months.length;
        summary.parts += current.parts;
        summary.objects += current.objects;
        summary.rows += current.rows;
        summary.rowsInserted += inserted;
        summary.stages.read += current.readSeconds;
        summary.stages.write += seconds;
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

/** Loads a batch in one transaction (bulk-load.repository.ts), timing COPY and the rest. */
async function loadBatch(session: CopySession, batch: CompactedBatch) {
  const started = performance.now();
  const { inserted } = await insertBatch(session, batch);
  if (batch.csv) await rm(batch.csv, { force: true });
  return { inserted, seconds: (performance.now() - started) / 1000 };
}
