import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { objectKeys } from '../apps/server/src/lake/keys.js';
import { FolderLake } from '../apps/server/src/lake/lake.folder.js';
import { CSV_COLUMNS } from '../apps/server/src/lake/quotes.csv.js';
import { compactLake } from '../apps/server/src/lakehouse/compact.js';
import { queryLake } from '../apps/server/src/lakehouse/query.js';
import { replayFolder, replayS3rver } from './lake-replay.js';
import { median, printTable, writeResults } from './support.js';

/**
 * `npm run bench -- lake`: five years of five coins at 5-minute intervals (2,628,000 lake
 * objects) generated straight into a folder, then: compaction of one year of one coin (target
 * < 30 s), the same year queried from its raw objects one by one (the per-object path, the
 * baseline), the rest compacted, a second compaction with nothing new, and a yearly OHLC per
 * coin over all five years with `cais lake query`'s code (target < 3 s).
 * BENCH_LAKE_DAYS and BENCH_LAKE_COINS shrink it (e.g. 30 and 2) to try it on a busy machine;
 * BENCH_LAKE_QUICK=1 is a smoke run (70 days of 2 coins, one round).
 * Only CSV objects are generated: compaction and queries never read the raw JSON beside them.
 */

const QUICK = process.env.BENCH_LAKE_QUICK === '1';
const DAYS = Number(process.env.BENCH_LAKE_DAYS ?? (QUICK ? 70 : 5 * 365));
const COINS = ['bitcoin', 'ethereum', 'tether', 'solana', 'cardano'].slice(
  0,
  Number(process.env.BENCH_LAKE_COINS ?? (QUICK ? 2 : 5)),
);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3));
/** Days of the lake whose compacted parts are copied to s3rver for its replay (all coins). */
const S3_DAYS = Number(process.env.BENCH_LAKE_S3_DAYS ?? (QUICK ? 14 : 365));
/** Days whose raw objects are copied to s3rver for the per-object baseline (all coins). */
const S3_RAW_DAYS = Number(process.env.BENCH_LAKE_S3_RAW_DAYS ?? 7);
const PER_DAY = 288;
const START = Date.UTC(2021, 0, 1, 0, 0, 7);
const STEP = 5 * 60_000;
/** The compaction target is a year of one coin; smaller lakes time all their days. */
const YEAR_DAYS = Math.min(365, DAYS);

const ROOT = fileURLToPath(new URL('../data/bench/', import.meta.url));
const FOLDER = join(ROOT, `lake-v1-${COINS.length}x${DAYS}`);
const SYMBOLS: Record<string, string> = {
  bitcoin: 'BTC',
  ethereum: 'ETH',
  tether: 'USDT',
  solana: 'SOL',
  cardano: 'ADA',
};

const HEADER = CSV_COLUMNS.join(';');

const day = (offset: number) => new Date(START + offset * 86_400_000).toISOString().slice(0, 10);
const n = (value: number) => Math.round(value).toLocaleString('en');

/** Writes the lake's CSV objects directly (synchronous writes: a few µs each, no queueing). */
export function generate(): void {
  const marker = join(FOLDER, '.complete');
  if (existsSync(marker)) {
    console.log(`lake: reusing ${FOLDER}`);
    return;
  }
  const started = performance.now();
  COINS.forEach((coin, c) => {
    let seed = 42 + c;
    let price = [350_000, 20_000, 5.2, 900, 3.1][c] ?? 1;
    for (let i = 0; i < DAYS * PER_DAY; i++) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      price = Math.max(0.01, price * (1 + (seed / 2 ** 31 - 0.5) * 0.004));
      const extractedAt = new Date(START + i * STEP);
      const keys = objectKeys(coin, extractedAt);
      if (i % PER_DAY === 0)
        mkdirSync(join(FOLDER, keys.csv.slice(0, keys.csv.lastIndexOf('/'))), { recursive: true });
      // The CSV quotesToCsv writes, built by hand: csv-stringify costs ~60 µs a call, and this
      // runs 2.6 million times.
      const lastUpdated = new Date(
        Math.floor(extractedAt.getTime() / 60_000) * 60_000,
      ).toISOString();
      const csv =
        `${HEADER}\n${price.toFixed(6)};${(2e11 + (seed % 1e9)).toFixed(2)};` +
        `${(price * 19_950_012).toFixed(1)};${lastUpdated};${SYMBOLS[coin] ?? 'X'};BRL;${c + 1};` +
        `0.12;-1.05;4.2;19950012\n`;
      writeFileSync(join(FOLDER, keys.csv), csv);
    }
    console.log(`lake: ${coin} generated (${n(DAYS * PER_DAY)} objects)`);
  });
  writeFileSync(marker, `${DAYS}\n`);
  console.log(`lake: generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

const OHLC = `select coin, year(last_updated) as year,
    arg_min(price, last_updated) as open, max(price) as high, min(price) as low,
    arg_max(price, last_updated) as close, count(*) as quotes
  from quotes group by all order by coin, year`;

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { seconds: (performance.now() - started) / 1000, value };
}

/** Removes the compacted copy of one coin's year (parts, month parts, manifests). */
async function forgetCompactedYear(folder: string, coin: string, year: string): Promise<void> {
  for (const tree of ['quotes', 'months', 'manifests/quotes', 'manifests/months']) {
    await rm(join(folder, 'compacted', tree, `coin=${coin}`, `year=${year}`), {
      recursive: true,
      force: true,
    });
  }
}

export async function run(): Promise<void> {
  const loadBefore = loadavg();
  console.log(`load average before: ${loadBefore.map((l) => l.toFixed(2)).join(' ')}`);
  generate();
  const lake = new FolderLake(FOLDER);
  const now = new Date(START + (DAYS + 1) * 86_400_000);
  const oneYear = { from: day(0), to: day(YEAR_DAYS - 1) };
  const yearObjects = YEAR_DAYS * PER_DAY;
  // A lake compacted by an earlier run (BENCH_LAKE_RECOMPACT=1 starts over) keeps its parts:
  // compacting five years takes minutes, and the compaction figures of that run stand.
  const compactedMarker = join(FOLDER, '.compacted');
  const reuse = existsSync(compactedMarker) && process.env.BENCH_LAKE_RECOMPACT !== '1';
  const skipped = { seconds: Number.NaN, value: { objects: 0, rows: 0 } };
  if (!reuse) await rm(join(FOLDER, 'compacted'), { recursive: true, force: true });
  else console.log('lake: reusing its compacted parts (BENCH_LAKE_RECOMPACT=1 compacts again)');

  // One year of one coin, from nothing compacted: on a reused lake, its compacted copy is
  // removed first (its day and month parts and manifests) and built again. Before that, the
  // per-object path: the same year's raw objects read one by one, as an uncompacted query
  // reads them (the baseline of the query figures).
  if (reuse) await forgetCompactedYear(FOLDER, 'bitcoin', oneYear.from.slice(0, 4));
  const rawQuery = await timed(() => queryLake(lake, OHLC, { ...oneYear, coins: ['bitcoin'] }));
  const compactYear = await timed(() => compactLake(lake, { now, ...oneYear, coins: ['bitcoin'] }));
  const compactedQuery = await timed(() =>
    queryLake(lake, OHLC, { ...oneYear, coins: ['bitcoin'] }),
  );
  const compactRest = reuse ? skipped : await timed(() => compactLake(lake, { now }));
  if (!reuse) writeFileSync(compactedMarker, `${new Date().toISOString()}\n`);
  const compactAgain = await timed(() => compactLake(lake, { now }));
  const queries: number[] = [];
  let result;
  for (let i = 0; i < ROUNDS; i++) {
    const q = await timed(() => queryLake(lake, OHLC, {}));
    queries.push(q.seconds);
    result = q.value;
  }
  const querySeconds = median(queries);
  // The per-object baseline replays as many objects as a year of one coin, across the coins.
  const baselineDays = Math.max(1, Math.round(YEAR_DAYS / COINS.length));
  const folderReplays = await replayFolder(lake, { from: day(0), to: day(baselineDays - 1) });
  const s3Replays = await replayS3rver(
    lake,
    {
      compacted: { from: day(0), to: day(Math.min(S3_DAYS, DAYS) - 1) },
      raw: { from: day(0), to: day(Math.min(S3_RAW_DAYS, DAYS) - 1) },
    },
    join(ROOT, 's3rver-lake'),
  );
  const allObjects = DAYS * PER_DAY * COINS.length;
  const rate = (count: number, seconds: number) => n(count / seconds);
  const ratio = (value: number): number | '' =>
    Number.isNaN(value) ? '' : Number(value.toFixed(1));

  const summary = [
    {
      step: `compact 1 coin, ${YEAR_DAYS} days (target < 30 s)`,
      objects: yearObjects,
      seconds: Number(compactYear.seconds.toFixed(2)),
      'objects/s': rate(compactYear.value.objects, compactYear.seconds),
      'rows/s': rate(compactYear.value.rows, compactYear.seconds),
      'vs baseline': '',
    },
    {
      step: `query OHLC, 1 coin ${YEAR_DAYS} days, raw objects (baseline)`,
      objects: yearObjects,
      seconds: Number(rawQuery.seconds.toFixed(2)),
      'objects/s': rate(yearObjects, rawQuery.seconds),
      'rows/s': rate(yearObjects, rawQuery.seconds),
      'vs baseline': 1,
    },
    {
      step: `query OHLC, 1 coin ${YEAR_DAYS} days, compacted`,
      objects: yearObjects,
      seconds: Number(compactedQuery.seconds.toFixed(2)),
      'objects/s': rate(yearObjects, compactedQuery.seconds),
      'rows/s': rate(yearObjects, compactedQuery.seconds),
      'vs baseline': ratio(rawQuery.seconds / compactedQuery.seconds),
    },
    {
      step: `compact the rest (${COINS.length} coins, ${DAYS} days)`,
      objects: compactRest.value.objects,
      seconds: Number(compactRest.seconds.toFixed(2)),
      'objects/s': rate(compactRest.value.objects, compactRest.seconds),
      'rows/s': rate(compactRest.value.rows, compactRest.seconds),
      'vs baseline': '',
    },
    {
      step: 'compact again, nothing new',
      objects: allObjects,
      seconds: Number(compactAgain.seconds.toFixed(2)),
      'objects/s': rate(allObjects, compactAgain.seconds),
      'rows/s': 0,
      'vs baseline': '',
    },
    {
      step: `query yearly OHLC per coin, all (target < 3 s; median of ${ROUNDS})`,
      objects: allObjects,
      seconds: Number(querySeconds.toFixed(2)),
      'objects/s': rate(allObjects, querySeconds),
      'rows/s': rate(allObjects, querySeconds),
      'vs baseline': ratio(((rawQuery.seconds / yearObjects) * allObjects) / querySeconds),
    },
  ];
  const replayRows = [folderReplays, s3Replays].flatMap((steps) => {
    const baseline = steps.find((s) => s.step.includes('baseline'));
    const baseRate = baseline ? baseline.objects / baseline.seconds : Number.NaN;
    return steps.map((s) => ({
      step: s.step,
      objects: s.objects,
      seconds: Number(s.seconds.toFixed(2)),
      'objects/s': rate(s.objects, s.seconds),
      'rows/s': rate(s.rows, s.seconds),
      'vs baseline': s === baseline ? 1 : Number((s.objects / s.seconds / baseRate).toFixed(1)),
    }));
  });
  summary.push(...replayRows);
  const shown = summary.filter((row) => !Number.isNaN(row.seconds));
  printTable(shown);
  console.log(
    `load average after: ${loadavg()
      .map((l) => l.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `OHLC: ${result?.rows.length ?? 0} coin years, e.g. ${JSON.stringify(result?.rows[0])}`,
  );
  console.log(
    '(vs baseline: how many times faster than the per-object path, its rate scaled to the same objects)',
  );
  const file = await writeResults('lake', {
    date: new Date().toISOString(),
    coins: COINS.length,
    days: DAYS,
    objects: allObjects,
    cores: cpus().length,
    rounds: ROUNDS,
    summary: shown,
    s3rverDays: Math.min(S3_DAYS, DAYS),
    s3rverRawDays: Math.min(S3_RAW_DAYS, DAYS),
    loadAverage: { before: loadBefore, after: loadavg() },
    queries,
    sources: result?.sources && { ...result.sources, skipped: result.sources.skipped.length },
  });
  await writeFile(join(FOLDER, '.last-run'), `${new Date().toISOString()}\n`);
  console.log(`results: ${file}`);
}
