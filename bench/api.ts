import autocannon, { type Request } from 'autocannon';
import type { ChildProcess } from 'node:child_process';
import { cpus } from 'node:os';
import { pino } from 'pino';
import { seedProducts } from '../apps/server/src/catalog/seed.js';
import { openDatabase } from '../apps/server/src/db/client.js';
import { execute } from '../apps/server/src/db/rows.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { createToken } from '../apps/server/src/team/tokens.service.js';
import { addUser } from '../apps/server/src/team/users.service.js';
import { sql } from 'drizzle-orm';
import { startTraceSink } from './trace-sink.js';
import {
  freePort,
  freshDatabase,
  median,
  printTable,
  startProcess,
  stopProcess,
  writeResults,
} from './support.js';

/**
 * `npm run bench -- api`: the catalog API beside a minimal node:http + pg server answering the
 * same queries (the baseline), on 100,000 products in the PostgreSQL server, loaded from loopback.
 * For the list, a third side shows this machine's floor: the minimal server running the page
 * query alone, without the count the API must also give. For GET by id and POST, the API also
 * runs with METRICS=false (what metrics cost: the default `cais` side has them on) and with
 * traces on (OTLP over HTTP to a local sink that accepts and drops them: what tracing costs).
 */

const PRODUCTS = 100_000;
const CONNECTIONS = 32;
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const CATEGORIES = ['Eletrônico', 'Eletrodoméstico', 'Móveis', 'Roupas', 'Calçados'];
const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)] as T;

type Side = 'baseline' | 'floor' | 'cais' | 'no-metrics' | 'traced';

const OBSERVED: Side[] = ['baseline', 'cais', 'no-metrics', 'traced'];

let signedInToken = '';

const scenario = (request: Request, sides: Side[] = ['baseline', 'cais']) => ({ request, sides });

const scenarios: Record<string, { request: Request; sides: Side[] }> = {
  'GET by id': scenario(
    {
      method: 'GET',
      setupRequest: (req) => ({
        ...req,
        path: `/products/${1 + Math.floor(Math.random() * PRODUCTS)}`,
      }),
    },
    OBSERVED,
  ),
  'list page of 50, filtered': scenario(
    {
      method: 'GET',
      setupRequest: (req) => {
        const min = pick([50, 100, 200, 400]);
        const params = new URLSearchParams({
          categoria: pick(CATEGORIES),
          price_min: String(min),
          price_max: String(min * 5),
          sort: '-price',
          limit: '50',
          offset: String(50 * Math.floor(Math.random() * 5)),
        });
        return { ...req, path: `/products?${params.toString()}` };
      },
    },
    ['baseline', 'floor', 'cais'],
  ),
  // A personal token of an editor: one more indexed look-up (token, user) per request.
  'GET by id, signed in': scenario({
    method: 'GET',
    setupRequest: (req) => ({
      ...req,
      headers: { authorization: `Bearer ${signedInToken}` },
      path: `/products/${1 + Math.floor(Math.random() * PRODUCTS)}`,
    }),
  }),
  POST: scenario({
    method: 'POST',
    path: '/products',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      name: 'Cadeira Gamer Reclinável',
      description: 'Encosto ajustável, apoio de braço 4D',
      price: 1299.9,
      categoria: 'Móveis',
      email_fornecedor: 'vendas@fornecedor.com.br',
    }),
  }),
};

interface Measure {
  rps: number;
  p50: number;
  p99: number;
}

async function load(port: number, request: Request, seconds: number): Promise<Measure> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [request],
  });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(
      `${result.errors} errors and ${result.non2xx} non-2xx responses on port ${port}`,
    );
  }
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

export async function run(): Promise<void> {
  console.log(`seeding ${PRODUCTS.toLocaleString('en')} products in the PostgreSQL server…`);
  const url = await freshDatabase('cais_bench_api');
  const log = pino({ level: 'warn' });
  const database = await openDatabase({ url, pgliteDir: '', poolSize: 4, waitSeconds: 0 }, log);
  await migrate(database);
  await seedProducts(database.db, PRODUCTS, { seed: 42 });
  await execute(database.db, sql`vacuum analyze products`);
  // A user exists, so the catalog is no longer open: POST runs as that editor's token too.
  const editor = await addUser(database.db, {
    username: 'bench',
    password: 'bench password 0123',
    role: 'editor',
  });
  signedInToken = (await createToken(database.db, editor.id, { name: 'bench', days: 1 })).token;
  scenarios.POST = scenario(
    {
      ...scenarios.POST?.request,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${signedInToken}` },
    },
    OBSERVED,
  );
  await database.close();

  const [apiPort, basePort, floorPort, bareport, tracedPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const caisApi = (port: number, env: Record<string, string> = {}) =>
    startProcess(
      ['node', 'apps/server/bin/cais.js', 'api'],
      { DATABASE_URL: url, API_PORT: String(port), LOG_LEVEL: 'warn', ...env },
      `http://127.0.0.1:${port}/ready`,
    );
  const sink = await startTraceSink();
  const baseline = (port: number, env: Record<string, string> = {}) =>
    startProcess(
      ['node', 'bench/baseline-server.mjs'],
      { DATABASE_URL: url, PORT: String(port), ...env },
      `http://127.0.0.1:${port}/products/1`,
    );
  const servers: Record<Side, { port: number; process: ChildProcess }> = {
    baseline: { port: basePort, process: await baseline(basePort) },
    floor: { port: floorPort, process: await baseline(floorPort, { BASELINE_COUNT: 'off' }) },
    cais: { port: apiPort, process: await caisApi(apiPort) },
    'no-metrics': { port: bareport, process: await caisApi(bareport, { METRICS: 'false' }) },
    traced: {
      port: tracedPort,
      process: await caisApi(tracedPort, {
        OTEL_EXPORTER_OTLP_ENDPOINT: sink.url,
        OTEL_SERVICE_NAME: 'cais-bench',
      }),
    },
  };

  const samples: Record<string, Partial<Record<Side, Measure[]>>> = {};
  try {
    const only = process.env.BENCH_ONLY;
    for (const [name, { request, sides }] of Object.entries(scenarios)) {
      if (only && !name.includes(only)) continue;
      const measures: Partial<Record<Side, Measure[]>> = {};
      samples[name] = measures;
      for (const side of sides) await load(servers[side].port, request, 1); // warm-up
      for (let round = 1; round <= ROUNDS; round++) {
        // Alternating, so a noisy moment hits every side alike.
        for (const side of sides) {
          const measure = await load(servers[side].port, request, DURATION);
          (measures[side] ??= []).push(measure);
          console.log(
            `  ${name} · ${side} · round ${round}: ${Math.round(measure.rps)} req/s, p50 ${measure.p50} ms, p99 ${measure.p99} ms`,
          );
        }
      }
    }
  } finally {
    await Promise.all(Object.values(servers).map((server) => stopProcess(server.process)));
    await sink.close();
  }

  const summary = Object.entries(samples).map(([name, measures]) => {
    const m = (side: Side, key: keyof Measure) => median((measures[side] ?? []).map((x) => x[key]));
    return {
      scenario: name,
      'cais req/s': Math.round(m('cais', 'rps')),
      'cais p50 ms': m('cais', 'p50'),
      'cais p99 ms': m('cais', 'p99'),
      'baseline req/s': Math.round(m('baseline', 'rps')),
      'baseline p50 ms': m('baseline', 'p50'),
      'baseline p99 ms': m('baseline', 'p99'),
      'req/s ratio': Number((m('cais', 'rps') / m('baseline', 'rps')).toFixed(2)),
      'floor p99 ms': measures.floor ? m('floor', 'p99') : '',
      'metrics on/off req/s': measures['no-metrics']
        ? Number((m('cais', 'rps') / m('no-metrics', 'rps')).toFixed(3))
        : '',
      'traced/untraced req/s': measures.traced
        ? Number((m('traced', 'rps') / m('cais', 'rps')).toFixed(3))
        : '',
      'traced p99 ms': measures.traced ? m('traced', 'p99') : '',
      'trace exports': measures.traced ? sink.received() : '',
    };
  });
  console.log(
    `\nmedians of ${ROUNDS} rounds of ${DURATION} s, ${CONNECTIONS} connections, ${cpus().length} cores`,
  );
  printTable(summary);
  const byName = (n: string) => summary.find((s) => s.scenario === n);
  const targets = [
    {
      target: 'GET by id ≥ 60% of baseline req/s',
      value: byName('GET by id')?.['req/s ratio'],
      met: (byName('GET by id')?.['req/s ratio'] ?? 0) >= 0.6,
    },
    {
      target: 'list page p99 < 25 ms',
      value: `${String(byName('list page of 50, filtered')?.['cais p99 ms'])} (floor: ${String(byName('list page of 50, filtered')?.['floor p99 ms'])})`,
      met: (byName('list page of 50, filtered')?.['cais p99 ms'] ?? Infinity) < 25,
    },
    {
      target: 'GET by id signed in ≥ 60% of baseline req/s',
      value: byName('GET by id, signed in')?.['req/s ratio'],
      met: (byName('GET by id, signed in')?.['req/s ratio'] ?? 0) >= 0.6,
    },
    {
      target: 'POST ≥ 50% of baseline req/s',
      value: byName('POST')?.['req/s ratio'],
      met: (byName('POST')?.['req/s ratio'] ?? 0) >= 0.5,
    },
    ...['GET by id', 'POST'].map((name) => {
      const ratio = byName(name)?.['metrics on/off req/s'];
      return {
        target: `${name} with metrics ≥ 95% of METRICS=false req/s`,
        value: ratio,
        met: typeof ratio === 'number' && ratio >= 0.95,
      };
    }),
  ];
  console.log('');
  for (const t of targets) console.log(`${t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.value}`);
  const file = await writeResults('api', {
    date: new Date().toISOString(),
    products: PRODUCTS,
    connections: CONNECTIONS,
    seconds: DURATION,
    rounds: ROUNDS,
    cores: cpus().length,
    summary,
    targets,
    samples,
  });
  console.log(`\nwritten to ${file}`);
}
