import { mkdir } from 'node:fs/promises';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { S3Client } from '@aws-sdk/client-s3';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { openDatabase, type DatabaseHandle } from '../apps/server/src/db/client.js';
import Type from 'typebox';
import { execute, rowShape, select } from '../apps/server/src/db/rows.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { loadLake, type LoadSummary } from '../apps/server/src/etl/lake.loader.js';
import { FolderLake } from '../apps/server/src/lake/lake.folder.js';
import type { Lake } from '../apps/server/src/lake/lake.js';
import { openLake } from '../apps/server/src/lake/open-lake.js';
import { startS3rver } from '../apps/server/test/helpers/s3rver.js';
import { baseline } from './replay-baseline.js';
import { generateFolder, generateS3 } from './replay-lake.js';
import { freshDatabase, median, printTable, writeResults } from './support.js';

/**
 * `npm run bench -- replay`: a year of 5-minute extractions (105,120 lake objects, each a CSV
 * and its raw JSON) replayed into the PostgreSQL server from a folder and from s3rver, beside
 * the original's way of loading (one INSERT and one commit per object), measured in the same run.
 * The generated lakes are kept in data/bench/ and reused: only the replays are timed.
 */

const OBJECTS = Number(process.env.BENCH_OBJECTS ?? 365 * 288);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/** The baseline is slow: it runs on the first objects of the lake and its rate is reported. */
const BASELINE_OBJECTS = Math.min(Number(process.env.BENCH_BASELINE_OBJECTS ?? 10_000), OBJECTS);
const SKIP_S3 = process.env.BENCH_SKIP_S3 === '1';

const ROOT = fileURLToPath(new URL('../data/bench/', import.meta.url));
const VERSION = `v1-${OBJECTS}`;
const FOLDER = join(ROOT, `replay-lake-${VERSION}`);
const S3_DIR = join(ROOT, `replay-s3rver-${VERSION}`);
const BUCKET = 'cais-bench';

const log = pino({ level: 'warn' });
const n = (value: number) => Math.round(value).toLocaleString('en');

async function freshMigrated(name: string): Promise<DatabaseHandle> {
  const url = await freshDatabase(name);
  const handle = await openDatabase({ url, pgliteDir: '', poolSize: 4, waitSeconds: 0 }, log);
  await migrate(handle);
  return handle;
}

interface Timed {
  seconds: number;
  summary: LoadSummary;
}

async function timedReplay(handle: DatabaseHandle, lake: Lake): Promise<Timed> {
  const started = performance.now();
  const summary = await loadLake(handle.db, lake);
  return { seconds: (performance.now() - started) / 1000, summary };
}

const PlanLine = rowShape('explain', { 'QUERY PLAN': Type.String() });

/** The original dashboard's query and an hourly downsample of a month, on the replayed year. */
async function readQueries(handle: DatabaseHandle) {
  const time = async (statement: ReturnType<typeof sql>) => {
    const samples: number[] = [];
    for (let i = 0; i < 21; i++) {
      const started = performance.now();
      await execute(handle.db, statement);
      samples.push(performance.now() - started);
    }
    return Number(median(samples.slice(1)).toFixed(2));
  };
  const latest = sql`select * from bitcoin_precos order by last_updated desc limit 100`;
  const plan = await select(handle.db, PlanLine, sql`explain ${latest}`);
  const hourly = sql`select date_trunc('hour', last_updated) as hour, avg(price), min(price), max(price)
    from crypto_quotes
    where symbol = 'BTC' and convert = 'BRL'
      and last_updated >= '2025-06-01' and last_updated < '2025-07-01'
    group by 1 order by 1`;
  return {
    'bitcoin_precos latest 100 (ms)': await time(latest),
    'uses crypto_quotes_series_idx': plan.some((l) =>
      l['QUERY PLAN'].includes('crypto_quotes_series_idx'),
    ),
    'hourly downsample of a month (ms)': await time(hourly),
  };
}

export async function run(): Promise<void> {
  await mkdir(ROOT, { recursive: true });
  console.log(`lake of ${n(OBJECTS)} objects (a year of 5-minute extractions of BTC in BRL)`);
  await generateFolder(FOLDER, OBJECTS);
  const folder = new FolderLake(FOLDER);

  const rounds: { first: Timed; second: Timed }[] = [];
  let reads: Awaited<ReturnType<typeof readQueries>> | undefined;
  for (let round = 1; round <= ROUNDS; round++) {
    const handle = await freshMigrated('cais_bench_replay');
    try {
      const first = await timedReplay(handle, folder);
      const second = await timedReplay(handle, folder);
      if (first.summary.rowsInserted !== OBJECTS || second.summary.loaded !== 0) {
        throw new Error(`unexpected replay: ${JSON.stringify({ first, second })}`);
      }
      rounds.push({ first, second });
      console.log(
        `  folder · round ${round}: replay ${first.seconds.toFixed(2)} s (${n(OBJECTS / first.seconds)} objects/s), ` +
          `again (nothing new) ${second.seconds.toFixed(2)} s`,
      );
      if (round === ROUNDS) {
        await execute(handle.db, sql`vacuum analyze crypto_quotes`);
        reads = await readQueries(handle);
      }
    } finally {
      await handle.close();
    }
  }

  const baseUrl = await freshDatabase('cais_bench_replay_baseline');
  {
    const handle = await openDatabase(
      { url: baseUrl, pgliteDir: '', poolSize: 1, waitSeconds: 0 },
      log,
    );
    await migrate(handle);
    await handle.close();
  }
  const base = await baseline(baseUrl, folder, BASELINE_OBJECTS);
  console.log(
    `  baseline (one INSERT and commit per object) · ${n(base.objects)} objects: ${base.seconds.toFixed(2)} s (${n(base.objects / base.seconds)} objects/s)`,
  );

  let s3: { first: Timed; second: Timed; objects: number } | undefined;
  if (!SKIP_S3) {
    await mkdir(S3_DIR, { recursive: true });
    const server = await startS3rver({ bucket: BUCKET, directory: S3_DIR });
    const client = new S3Client({
      ...server.client,
      endpoint: server.endpoint,
      forcePathStyle: true,
    });
    try {
      await generateS3(S3_DIR, server.endpoint, client, BUCKET, OBJECTS);
      const lake = await openLake(
        { url: `s3://${BUCKET}`, s3Endpoint: server.endpoint, s3ForcePathStyle: true },
        server.client,
      );
      const handle = await freshMigrated('cais_bench_replay_s3');
      try {
        const first = await timedReplay(handle, lake);
        const second = await timedReplay(handle, lake);
        s3 = { first, second, objects: first.summary.loaded };
        console.log(
          `  s3rver: replay ${first.seconds.toFixed(2)} s (${n(first.summary.loaded / first.seconds)} objects/s), again ${second.seconds.toFixed(2)} s`,
        );
      } finally {
        await handle.close();
        await lake.close();
      }
    } finally {
      client.destroy();
      await server.close();
    }
  }

  const firstSeconds = median(rounds.map((r) => r.first.seconds));
  const secondSeconds = median(rounds.map((r) => r.second.seconds));
  const baseRate = base.objects / base.seconds;
  const summary = [
    {
      load: 'cais replay, folder lake',
      objects: OBJECTS,
      seconds: Number(firstSeconds.toFixed(2)),
      'objects/s': Math.round(OBJECTS / firstSeconds),
      'rows/s': Math.round(OBJECTS / firstSeconds),
      'vs baseline': Number((OBJECTS / firstSeconds / baseRate).toFixed(1)),
    },
    {
      load: 'cais replay again, nothing new',
      objects: OBJECTS,
      seconds: Number(secondSeconds.toFixed(2)),
      'objects/s': Math.round(OBJECTS / secondSeconds),
      'rows/s': 0,
      'vs baseline': '',
    },
    ...(s3
      ? [
          {
            load: 'cais replay, s3rver lake',
            objects: s3.objects,
            seconds: Number(s3.first.seconds.toFixed(2)),
            'objects/s': Math.round(s3.objects / s3.first.seconds),
            'rows/s': Math.round(s3.first.summary.rowsInserted / s3.first.seconds),
            'vs baseline': Number((s3.objects / s3.first.seconds / baseRate).toFixed(1)),
          },
          {
            load: 'cais replay again, s3rver, nothing new',
            objects: s3.objects,
            seconds: Number(s3.second.seconds.toFixed(2)),
            'objects/s': Math.round(s3.objects / s3.second.seconds),
            'rows/s': 0,
            'vs baseline': '',
          },
        ]
      : []),
    {
      load: `baseline: one INSERT per object (first ${n(base.objects)})`,
      objects: base.objects,
      seconds: Number(base.seconds.toFixed(2)),
      'objects/s': Math.round(baseRate),
      'rows/s': Math.round(baseRate),
      'vs baseline': 1,
    },
  ];
  console.log(
    `\nfolder figures: medians of ${ROUNDS} rounds, each into a fresh database; PostgreSQL server; ${cpus().length} cores`,
  );
  printTable(summary);
  console.log(
    `baseline at that rate: ${n(OBJECTS / baseRate)} s for the whole year (measured on ${n(base.objects)} objects)`,
  );
  if (reads) {
    console.log('');
    printTable([reads as unknown as Record<string, string | number>]);
  }
  const targets = [
    {
      target: 'folder lake replay < 15 s',
      value: Number(firstSeconds.toFixed(2)),
      met: firstSeconds < 15,
    },
    {
      target: 'second replay (nothing new) < 5 s',
      value: Number(secondSeconds.toFixed(2)),
      met: secondSeconds < 5,
    },
  ];
  console.log('');
  for (const t of targets) console.log(`${t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.value} s`);
  const file = await writeResults('replay', {
    date: new Date().toISOString(),
    objects: OBJECTS,
    rounds: ROUNDS,
    cores: cpus().length,
    summary,
    targets,
    reads,
    samples: rounds.map((r) => ({ first: r.first.seconds, second: r.second.seconds })),
    s3: s3 && { first: s3.first.seconds, second: s3.second.seconds, summary: s3.first.summary },
    baseline: base,
  });
  console.log(`\nwritten to ${file}`);
}
