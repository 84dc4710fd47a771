import autocannon, { type Request } from 'autocannon';
import {
  BENCH_PASSWORD,
  credentials,
  PRODUCTS,
  scenario,
  scenarios,
  type Side,
} from './api.scenarios.js';
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
import { observedColumns, observedEnv, observedTargets, startTraceSink } from './api.observed.js';
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
 * `npm run bench -- api`: the catalog API beside a minimal node:http + pg server answering the
 * same queries (the baseline), on 100,000 products in the PostgreSQL server, loaded from loopback.
 * For the list, a third side shows this machine's floor: the minimal server running the page
 * query alone, without the count the API must also give. Signed-in reads run against a second
 * api with CATALOG_READS=signed-in (public reads skip the credential look-ups altogether). With
 * BENCH_BEFORE=<checkout of an older build>, its api runs GET by id, the list page, POST and PUT on the same database too.
 * GET by id and POST also run with METRICS=false and with traces on (api.observed.ts).
 */

const CONNECTIONS = 32;
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const BEFORE = process.env.BENCH_BEFORE;
// Its own database: two runs at once (several people on one server) must not drop each other's.
const DB_NAME = `cais_bench_api_${process.pid}`;

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

/** The browser's session cookie of the bench editor, signed in on the api at `port`. */
async function signInCookie(port: number): Promise<string> {
  const response = await fetch(`http://127.0.0.1:${port}/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench', password: BENCH_PASSWORD }),
  });
  const cookie = response.headers
    .getSetCookie()
    .find((c) => c.startsWith('cais_session='))
    ?.split(';')[0];
  if (!response.ok || cookie === undefined) throw new Error(`sign-in: HTTP ${response.status}`);
  return cookie;
}

export async function run(): Promise<void> {
  console.log(`seeding ${PRODUCTS.toLocaleString('en')} products in the PostgreSQL server…`);
  const url = await freshDatabase(DB_NAME);
  const log = pino({ level: 'warn' });
  const database = await openDatabase({ url, pgliteDir: '', poolSize: 4, waitSeconds: 0 }, log);
  await migrate(database);
  await seedProducts(database.db, PRODUCTS, { seed: 42 });
  await execute(database.db, sql`vacuum analyze products`);
  // A user exists, so the catalog is no longer open: POST runs as that editor's token too.
  const editor = await addUser(database.db, {
    username: 'bench',
    password: BENCH_PASSWORD,
    role: 'editor',
  });
  credentials.token = (await createToken(database.db, editor.id, { name: 'bench', days: 1 })).token;
  for (const name of ['POST', 'PUT']) {
    const { request, sides } = scenarios[name] as { request: Request; sides: Side[] };
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${credentials.token}`,
    };
    scenarios[name] = scenario({ ...request, headers }, sides);
  }
  await database.close();

  const [apiPort, basePort, floorPort] = [await freePort(), await freePort(), await freePort()];
  const baseline = (port: number, env: Record<string, string> = {}) =>
    startProcess(
      ['node', 'bench/baseline-server.mjs'],
      { DATABASE_URL: url, PORT: String(port), ...env },
      `http://127.0.0.1:${port}/products/1`,
    );
  const api = (port: number, bin = 'apps/server/bin/cais.js', env: Record<string, string> = {}) =>
    startProcess(
      ['node', bin, 'api'],
      { DATABASE_URL: url, API_PORT: String(port), LOG_LEVEL: 'warn', ...env },
      `http://127.0.0.1:${port}/ready`,
    );
  const [privatePort, beforePort] = [await freePort(), await freePort()];
  const sink = await startTraceSink();
  const observed = observedEnv(sink);
  const servers: Partial<Record<Side, { port: number; process: ChildProcess }>> = {
    baseline: { port: basePort, process: await baseline(basePort) },
    floor: { port: floorPort, process: await baseline(floorPort, { BASELINE_COUNT: 'off' }) },
    cais: { port: apiPort, process: await api(apiPort) },
    private: {
      port: privatePort,
      process: await api(privatePort, undefined, { CATALOG_READS: 'signed-in' }),
    },
  };
  for (const [side, env] of Object.entries(observed) as [Side, Record<string, string>][]) {
    const port = await freePort();
    servers[side] = { port, process: await api(port, undefined, env) };
  }
  // The older build on the same database: its migrations are all applied already, so it
  // starts on today's tables and writes without the history.
  if (BEFORE) {
    servers.before = {
      port: beforePort,
      process: await api(beforePort, `${BEFORE}/apps/server/bin/cais.js`),
    };
  }
  credentials.cookie = await signInCookie(privatePort);

  const samples: Record<string, Partial<Record<Side, Measure[]>>> = {};
  try {
    const only = process.env.BENCH_ONLY;
    for (const [name, { request, sides }] of Object.entries(scenarios)) {
      if (only && !name.includes(only)) continue;
      const measures: Partial<Record<Side, Measure[]>> = {};
      samples[name] = measures;
      const running = sides.flatMap((side) => {
        const server = servers[side];
        return server ? [{ side, port: server.port }] : [];
      });
      for (const { port } of running) await load(port, request, 1); // warm-up
      for (let round = 1; round <= ROUNDS; round++) {
        // Alternating, so a noisy moment hits every side alike.
        for (const { side, port } of running) {
          const measure = await load(port, request, DURATION);
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
    await dropDatabase(DB_NAME);
  }

  const summary = Object.entries(samples).map(([name, measures]) => {
    const m = (side: Side, key: keyof Measure) => median((measures[side] ?? []).map((x) => x[key]));
    const cais: Side = measures.private ? 'private' : 'cais';
    const ratio = (side: Side) =>
      measures[side] ? Number((m(cais, 'rps') / m(side, 'rps')).toFixed(2)) : '';
    return {
      scenario: name,
      'cais req/s': Math.round(m(cais, 'rps')),
      'cais p50 ms': m(cais, 'p50'),
      'cais p99 ms': m(cais, 'p99'),
      'baseline req/s': Math.round(m('baseline', 'rps')),
      'baseline p50 ms': m('baseline', 'p50'),
      'baseline p99 ms': m('baseline', 'p99'),
      'req/s ratio': ratio('baseline'),
      'before req/s': measures.before ? Math.round(m('before', 'rps')) : '',
      'vs before': ratio('before'),
      'floor p99 ms': measures.floor ? m('floor', 'p99') : '',
      ...observedColumns((side) => measures[side] !== undefined, m, sink),
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
      met: Number(byName('GET by id')?.['req/s ratio'] ?? 0) >= 0.6,
    },
    {
      target: 'list page p99 < 25 ms',
      value: `${String(byName('list page of 50, filtered')?.['cais p99 ms'])} (floor: ${String(byName('list page of 50, filtered')?.['floor p99 ms'])})`,
      met: (byName('list page of 50, filtered')?.['cais p99 ms'] ?? Infinity) < 25,
    },
    ...['token', 'cookie'].map((how) => {
      const value = byName(`GET by id, signed in (${how})`)?.['req/s ratio'];
      return {
        target: `GET by id signed in (${how}) ≥ 60% of baseline req/s`,
        value,
        met: Number(value ?? 0) >= 0.6,
      };
    }),
    {
      target: 'POST ≥ 50% of baseline req/s',
      value: byName('POST')?.['req/s ratio'],
      met: Number(byName('POST')?.['req/s ratio'] ?? 0) >= 0.5,
    },
    // Issue 15: the history is one more insert in the write's transaction.
    ...(BEFORE
      ? ['POST', 'PUT'].map((name) => ({
          target: `${name} with history ≥ 80% of the build before it (${BEFORE})`,
          value: byName(name)?.['vs before'],
          met: Number(byName(name)?.['vs before'] ?? 0) >= 0.8,
        }))
      : []),
    ...observedTargets(byName),
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
