import { cpus } from 'node:os';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { openDatabase, type DatabaseHandle } from '../apps/server/src/db/client.js';
import { execute } from '../apps/server/src/db/rows.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { planBuckets } from '../apps/server/src/prices/buckets.js';
import { seedQuotes } from '../apps/server/src/prices/demo-quotes.js';
import { seriesBounds, seriesBuckets } from '../apps/server/src/quotes/reads.repository.js';
import { FIRST_CHART_TARGET_MS, JS_BUDGET_KB, measureDashboardPage } from './dashboard-page.js';
import { get, timeRound, type Round } from './latency.js';
import {
  dropDatabase,
  freePort,
  freshDatabase,
  median,
  printTable,
  startProcess,
  stopProcess,
  writeResults,
} from './support.js';

/**
 * `npm run bench -- dashboard`: the dashboard's api routes on two data sets in the PostgreSQL
 * server, each in a database of its own (created, then dropped): one year of 5-minute quotes for
 * one symbol (105,120 rows) and five years for five symbols (2,628,000 rows). Requests are sent
 * one at a time, as a page loading its chart does. The baseline is what the series costs without
 * rollups: the same bucketing query over the raw quotes, run straight on the database (no HTTP),
 * and for `latest` the original Streamlit dashboard's query (the newest 100 rows of
 * bitcoin_precos).
 */

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 100);
const BASELINE_SAMPLES = Number(process.env.BENCH_BASELINE_SAMPLES ?? 10);
const FIVE_MINUTES = 300;
const YEAR = 105_120;
const END = new Date('2026-11-01T00:00:00Z');

interface DataSet {
  name: string;
  database: string;
  symbols: string[];
  quotesPerSymbol: number;
}

const DATA_SETS: DataSet[] = [
  {
    name: '1 year, 1 symbol',
    database: 'cais_bench_dashboard_1y',
    symbols: ['BTC'],
    quotesPerSymbol: YEAR,
  },
  {
    name: '5 years, 5 symbols',
    database: 'cais_bench_dashboard_5y',
    symbols: ['BTC', 'ETH', 'SOL', 'XRP', 'ADA'],
    quotesPerSymbol: 5 * YEAR,
  },
];

async function seed(set: DataSet, log: pino.Logger): Promise<{ url: string; seconds: number }> {
  const url = await freshDatabase(set.database);
  const database = await openDatabase({ url, pgliteDir: '', poolSize: 2, waitSeconds: 0 }, log);
  const started = performance.now();
  try {
    await migrate(database);
    await seedQuotes(database.db, {
      symbols: set.symbols,
      convert: 'BRL',
      count: set.quotesPerSymbol,
      intervalSeconds: FIVE_MINUTES,
      end: END,
    });
    await execute(database.db, sql`vacuum analyze crypto_quotes`);
    await execute(database.db, sql`vacuum analyze quote_rollups`);
  } finally {
    await database.close();
  }
  return { url, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

/** The series of the whole range from the raw quotes, as a dashboard without rollups reads it. */
async function rawSeries(database: DatabaseHandle, symbol: string): Promise<void> {
  const key = { symbol, convert: 'BRL' };
  const bounds = await seriesBounds(database.db, key);
  if (!bounds) throw new Error(`no ${symbol} quotes`);
  const plan = planBuckets(new Date(bounds.first), new Date(bounds.last), 1000);
  await seriesBuckets(database.db, key, { ...plan, rollup: undefined });
}

type Scenario = 'series' | 'latest';
type Side = 'cais' | 'baseline';

async function measure(
  set: DataSet,
  url: string,
): Promise<Record<Scenario, Record<Side, Round[]>>> {
  const port = await freePort();
  const api = await startProcess(
    ['node', 'apps/server/bin/cais.js', 'api'],
    {
      DATABASE_URL: url,
      API_PORT: String(port),
      LOG_LEVEL: 'warn',
      ETL_SYMBOLS: set.symbols.join(','),
    },
    `http://127.0.0.1:${port}/ready`,
  );
  const direct = await openDatabase(
    { url, pgliteDir: '', poolSize: 2, waitSeconds: 0 },
    pino({ level: 'warn' }),
  );
  const symbol = (i: number) => set.symbols[i % set.symbols.length] ?? 'BTC';
  const base = `http://127.0.0.1:${port}`;
  const sides: Record<Scenario, Record<Side, (i: number) => Promise<void>>> = {
    series: {
      cais: (i) => get(`${base}/prices/series?symbol=${symbol(i)}`),
      baseline: (i) => rawSeries(direct, symbol(i)),
    },
    latest: {
      cais: (i) => get(`${base}/prices/latest?symbol=${symbol(i)}`),
      baseline: async () => {
        await execute(
          direct.db,
          sql`select * from bitcoin_precos order by last_updated desc limit 100`,
        );
      },
    },
  };
  const results: Record<Scenario, Record<Side, Round[]>> = {
    series: { cais: [], baseline: [] },
    latest: { cais: [], baseline: [] },
  };
  try {
    for (const [scenario, pair] of Object.entries(sides) as [
      Scenario,
      (typeof sides)[Scenario],
    ][]) {
      await timeRound(10, pair.cais); // warm-up: connections, plans, caches
      await timeRound(2, pair.baseline);
      for (let round = 1; round <= ROUNDS; round++) {
        // Alternating, so a noisy moment hits both sides alike.
        for (const side of ['cais', 'baseline'] as const) {
          const result = await timeRound(side === 'cais' ? SAMPLES : BASELINE_SAMPLES, pair[side]);
          results[scenario][side].push(result);
          console.log(
            `  ${set.name} · ${scenario} · ${side} · round ${round}: p50 ${result.p50} ms, p95 ${result.p95} ms`,
          );
        }
      }
    }
  } finally {
    await direct.close();
    await stopProcess(api);
  }
  return results;
}

/** Figures measured elsewhere (the page in a browser: JS gzip size, first chart ms), merged in. */
export type ExtraFigures = () => Promise<Record<string, number>>;

/**
 * Runs the api side of the dashboard benchmark and writes bench/results/dashboard.json; the
 * figures `extra` returns (the page's, from bench/dashboard-page.ts) go in under `page`.
 */
export async function runDashboardBench(extra?: ExtraFigures): Promise<void> {
  const log = pino({ level: 'warn' });
  const summary: Record<string, string | number>[] = [];
  const seeding: Record<string, number> = {};
  const samples: Record<string, unknown> = {};
  for (const set of DATA_SETS) {
    const rows = set.symbols.length * set.quotesPerSymbol;
    console.log(`seeding ${set.name}: ${rows.toLocaleString('en')} quotes and their rollups…`);
    const { url, seconds } = await seed(set, log);
    seeding[set.name] = seconds;
    console.log(`  seeded in ${seconds} s`);
    try {
      const results = await measure(set, url);
      samples[set.name] = results;
      for (const scenario of ['series', 'latest'] as const) {
        const m = (side: Side, key: keyof Round) =>
          median(results[scenario][side].map((r) => r[key]));
        summary.push({
          'data set': set.name,
          rows,
          route:
            scenario === 'series' ? '/prices/series (full range, 1000 points)' : '/prices/latest',
          'cais p50 ms': m('cais', 'p50'),
          'cais p95 ms': m('cais', 'p95'),
          'baseline p50 ms': m('baseline', 'p50'),
          'baseline p95 ms': m('baseline', 'p95'),
          'p95 ratio': Number((m('cais', 'p95') / m('baseline', 'p95')).toFixed(3)),
        });
      }
    } finally {
      await dropDatabase(set.database);
    }
  }
  const page = extra ? await extra() : undefined;

  console.log(
    `\nmedians of ${ROUNDS} rounds (${SAMPLES} requests one at a time; baseline ${BASELINE_SAMPLES} queries), ${cpus().length} cores`,
  );
  console.log('baseline: series = the same buckets from the raw quotes (no rollups, no HTTP);');
  console.log(
    '          latest = the original dashboard query (newest 100 rows of bitcoin_precos, no HTTP)',
  );
  printTable(summary);
  const p95 = (set: DataSet, route: string) =>
    Number(
      summary.find((s) => s['data set'] === set.name && String(s.route).startsWith(route))?.[
        'cais p95 ms'
      ] ?? Infinity,
    );
  const [small, large] = DATA_SETS as [DataSet, DataSet];
  const targets = [
    {
      target: 'series p95 < 50 ms on 1 year',
      value: p95(small, '/prices/series'),
      met: p95(small, '/prices/series') < 50,
    },
    {
      target: 'series p95 < 150 ms on 2.6 M rows',
      value: p95(large, '/prices/series'),
      met: p95(large, '/prices/series') < 150,
    },
    {
      target: 'latest p95 < 10 ms',
      value: Math.max(p95(small, '/prices/latest'), p95(large, '/prices/latest')),
      met: Math.max(p95(small, '/prices/latest'), p95(large, '/prices/latest')) < 10,
    },
  ];
  if (page) {
    targets.push(
      {
        target: `dashboard JavaScript < ${JS_BUDGET_KB} kB gzip`,
        value: page.js_gzip_kb ?? Infinity,
        met: (page.js_gzip_kb ?? Infinity) < JS_BUDGET_KB,
      },
      {
        target: `first chart drawn < ${FIRST_CHART_TARGET_MS} ms after navigation (median)`,
        value: page.first_chart_ms_median ?? Infinity,
        met: (page.first_chart_ms_median ?? Infinity) < FIRST_CHART_TARGET_MS,
      },
    );
  }
  console.log('');
  for (const t of targets) console.log(`${t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.value}`);
  if (page) console.log(`page figures: ${JSON.stringify(page)}`);
  const file = await writeResults('dashboard', {
    date: new Date().toISOString(),
    cores: cpus().length,
    rounds: ROUNDS,
    samples_per_round: SAMPLES,
    baseline_samples_per_round: BASELINE_SAMPLES,
    seeding_seconds: seeding,
    summary,
    targets,
    ...(page ? { page } : {}),
    rounds_detail: samples,
  });
  console.log(`\nwritten to ${file}`);
}

export const run = (): Promise<void> => runDashboardBench(measureDashboardPage);
