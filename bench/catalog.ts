import autocannon, { type Request } from 'autocannon';
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import pg from 'pg';
import { listFingerprint, signCursor } from '../apps/server/src/catalog/cursor.js';
import { demoProduct, randomSource } from '../apps/server/src/catalog/demo-products.js';
import { listFilter, parseSort } from '../apps/server/src/catalog/product-list.service.js';
import { importFile, importRows, peakRss } from './catalog.io.js';
import {
  databaseUrl,
  freePort,
  freshDatabase,
  median,
  printTable,
  startProcess,
  stopProcess,
  writeResults,
} from './support.js';

/**
 * `npm run bench -- catalog [--quick]`: the catalog at a million products (issue 16) in the
 * PostgreSQL server: the seed, pages by cursor at random depth and searches of one to three words
 * (32 connections, beside a node:http + pg server answering the same with OFFSET and `ilike`,
 * bench/catalog-baseline.mjs), the export of every row with the api's RSS, and an import of
 * 100,000 rows, dry run then commit. `--quick` (or BENCH_QUICK=1) does all of it on 20,000
 * products in a minute, as a smoke test.
 */

const QUICK = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const PRODUCTS = QUICK ? 20_000 : 1_000_000;
const IMPORTED = QUICK ? 5_000 : 100_000;
const CONNECTIONS = 32;
const SECONDS = Number(process.env.BENCH_SECONDS ?? (QUICK ? 3 : 10));
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3));
const SORT = '-price';

const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)] as T;
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** Runs the built `cais` with `args` and answers how long it took, in ms. */
async function cais(args: string[], env: Record<string, string>): Promise<number> {
  const started = performance.now();
  const child = spawn('node', ['apps/server/bin/cais.js', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`cais ${args.join(' ')} exited with ${String(code)}`);
  return performance.now() - started;
}

/** Cursors to pages at random depths of the list sorted by SORT, signed as the api signs them. */
async function cursorsAtRandomDepths(url: string, count: number): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const key = await client.query<{ secret: string }>(
      `select secret from signing_keys where name = 'list_cursor'`,
    );
    const rows = await client.query<{ price: string; id: string }>(
      `select price::text, id::text from products tablesample bernoulli (1) order by random() limit ${count}`,
    );
    const sort = parseSort(SORT);
    const fingerprint = listFingerprint([listFilter({}), sort]);
    const secret = key.rows[0]?.secret ?? '';
    return rows.rows.map((r) =>
      signCursor(secret, fingerprint, { keys: [r.price, r.id], backwards: false }),
    );
  } finally {
    await client.end();
  }
}

/** Searches of one to three words of demo product names, half of them without their accents. */
function searches(count: number): string[] {
  const random = randomSource(7);
  return Array.from({ length: count }, () => {
    const words = demoProduct(random, 0)
      .name.split(' ')
      .filter((w) => w.length >= 3);
    const start = Math.floor(random() * words.length);
    const chosen = words.slice(start, start + 1 + Math.floor(random() * 3)).join(' ');
    return random() < 0.5 ? chosen.normalize('NFD').replace(/\p{M}/gu, '') : chosen;
  });
}

interface Measure {
  rps: number;
  /** Requests that got no answer within autocannon's 10 s timeout (deep OFFSET pages do). */
  timeouts: number;
  p50: number;
  p95: number;
  p99: number;
}

async function hammer(port: number, paths: string[]): Promise<Measure> {
  const request: Request = {
    method: 'GET',
    setupRequest: (req) => ({ ...req, path: pick(paths) }),
  };
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: SECONDS,
    requests: [request],
  });
  if (result.non2xx > 0 || result.errors > result.timeouts)
    throw new Error(`${result.errors} errors, ${result.non2xx} non-2xx on port ${port}`);
  const l = result.latency as typeof result.latency & { p95?: number };
  return {
    rps: result.requests.average,
    timeouts: result.timeouts,
    p50: l.p50,
    p95: l.p95 ?? l.p97_5,
    p99: l.p99,
  };
}

export async function run(): Promise<void> {
  // BENCH_REUSE=1 measures again the products an earlier run seeded (the seed is not timed).
  const reuse = process.env.BENCH_REUSE === '1';
  const url = reuse ? databaseUrl('cais_bench_catalog') : await freshDatabase('cais_bench_catalog');
  const env = { DATABASE_URL: url };
  let seedMs = NaN;
  if (!reuse) {
    await cais(['db', 'migrate'], env);
    console.log(`seeding ${PRODUCTS.toLocaleString('en')} products… (load ${load()})`);
    seedMs = await cais(['db', 'seed', '--products', String(PRODUCTS), '--seed', '42'], env);
    console.log(`  seeded in ${seconds(seedMs)} s`);
  } else {
    // The import of an earlier run committed its rows; they go, so this one creates them again.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`delete from products where sku like 'BENCH-%'`);
    await client.end();
  }

  const [apiPort, basePort] = [await freePort(), await freePort()];
  const api = await startProcess(
    ['node', 'apps/server/bin/cais.js', 'api'],
    { ...env, API_PORT: String(apiPort), LOG_LEVEL: 'warn' },
    `http://127.0.0.1:${apiPort}/ready`,
  );
  const baseline = await startProcess(
    ['node', 'bench/catalog-baseline.mjs'],
    { ...env, PORT: String(basePort) },
    `http://127.0.0.1:${basePort}/products`,
  );
  const cursors = await cursorsAtRandomDepths(url, 500);
  const words = searches(300);
  const q = (w: string) => `/products?q=${encodeURIComponent(w)}`;
  const scenarios = {
    'page at random depth': {
      cais: cursors.map((c) => `/products?sort=${SORT}&cursor=${c}`),
      baseline: Array.from({ length: 500 }, () => {
        return `/products?offset=${Math.floor(Math.random() * (PRODUCTS - 50))}`;
      }),
    },
    'search, 1 to 3 words': { cais: words.map(q), baseline: words.map(q) },
  };
  const samples: Record<string, { cais: Measure[]; baseline: Measure[] }> = {};
  let exportMs: number;
  let exportRss: number;
  const importMs: Record<string, number> = {};
  try {
    for (const [name, paths] of Object.entries(scenarios)) {
      const measures = (samples[name] = { cais: [] as Measure[], baseline: [] as Measure[] });
      for (let round = 1; round <= ROUNDS; round++) {
        // Alternating, so a noisy moment of the machine hits both sides alike.
        for (const side of ['cais', 'baseline'] as const) {
          const m = await hammer(side === 'cais' ? apiPort : basePort, paths[side]);
          measures[side].push(m);
          console.log(
            `  ${name} · ${side} · round ${round}: ${Math.round(m.rps)} req/s, p50 ${m.p50} ms, p95 ${m.p95} ms, p99 ${m.p99} ms, ${m.timeouts} timed out (load ${load()})`,
          );
        }
      }
    }

    const started = performance.now();
    const exported = (async () => {
      const response = await fetch(`http://127.0.0.1:${apiPort}/products.csv`);
      let newlines = 0;
      if (!response.body) throw new Error(`export answered ${response.status} without a body`);
      const reader = response.body.getReader();
      for (let read = await reader.read(); !read.done; read = await reader.read()) {
        for (const byte of read.value) if (byte === 10) newlines++;
      }
      return newlines - 1;
    })();
    const [rows, rss] = await peakRss(api.pid ?? 0, exported);
    exportMs = performance.now() - started;
    exportRss = rss;
    console.log(
      `  export: ${rows} rows in ${seconds(exportMs)} s, api peak RSS ${rss} MB (load ${load()})`,
    );
    // Descriptions of demo products have no line breaks, so lines count rows.
    if (rows !== PRODUCTS) throw new Error(`export gave ${rows} rows, not ${PRODUCTS}`);

    const file = importFile(IMPORTED);
    for (const mode of ['dry-run', 'all-or-nothing']) {
      importMs[mode] = await importRows(apiPort, mode, file, IMPORTED);
      console.log(
        `  import ${IMPORTED} rows, ${mode}: ${seconds(importMs[mode] ?? 0)} s (load ${load()})`,
      );
    }
  } finally {
    await Promise.all([stopProcess(api), stopProcess(baseline)]);
  }

  const m = (name: string, side: 'cais' | 'baseline', key: keyof Measure) =>
    median((samples[name]?.[side] ?? []).map((x) => x[key]));
  const summary = Object.keys(samples).map((name) => ({
    scenario: name,
    'cais req/s': Math.round(m(name, 'cais', 'rps')),
    'cais p95 ms': m(name, 'cais', 'p95'),
    'cais p99 ms': m(name, 'cais', 'p99'),
    'baseline req/s': Math.round(m(name, 'baseline', 'rps')),
    'baseline p95 ms': m(name, 'baseline', 'p95'),
    'baseline p99 ms': m(name, 'baseline', 'p99'),
    'p99 ratio': Number((m(name, 'cais', 'p99') / m(name, 'baseline', 'p99')).toFixed(2)),
  }));
  console.log(
    `\nmedians of ${ROUNDS} rounds of ${SECONDS} s, ${CONNECTIONS} connections, ${PRODUCTS.toLocaleString('en')} products; load average ${load()}`,
  );
  printTable(summary);
  const page = m('page at random depth', 'cais', 'p99');
  const search = m('search, 1 to 3 words', 'cais', 'p95');
  const targets = [
    {
      target: 'seed < 60 s',
      value: reuse ? 'not run (BENCH_REUSE)' : seconds(seedMs),
      met: seedMs < 60_000,
    },
    { target: 'page by cursor p99 < 25 ms', value: page, met: page < 25 },
    { target: 'search p95 < 50 ms', value: search, met: search < 50 },
    { target: 'export < 20 s', value: seconds(exportMs), met: exportMs < 20_000 },
    { target: 'export RSS < 200 MB', value: exportRss, met: exportRss < 200 },
    ...Object.entries(importMs).map(([mode, ms]) => ({
      target: `import ${mode} < 15 s`,
      value: seconds(ms),
      met: ms < 15_000,
    })),
  ];
  console.log('');
  for (const t of targets) console.log(`${t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.value}`);
  const written = await writeResults(QUICK ? 'catalog-quick' : 'catalog', {
    date: new Date().toISOString(),
    quick: QUICK,
    products: PRODUCTS,
    imported: IMPORTED,
    connections: CONNECTIONS,
    seconds: SECONDS,
    rounds: ROUNDS,
    loadavg: loadavg(),
    summary,
    targets,
    samples,
  });
  console.log(`\nwritten to ${written}`);
}
