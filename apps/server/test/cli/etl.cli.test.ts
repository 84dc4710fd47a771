import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { PGLITE_EXTENSIONS } from '../../src/db/client.js';
import { eachServerDatabaseUrl, serverSkipReason } from '../helpers/database.js';
import { API_KEY, startFakeCmc, type FakeCmc } from '../helpers/fake-cmc.js';
import { cais, freePort, startCais } from '../helpers/cli.js';

let cmc: FakeCmc;
let dir: string;

beforeAll(async () => {
  cmc = await startFakeCmc();
});
afterAll(async () => {
  await cmc.close();
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cais-cli-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const files = async (path: string): Promise<string[]> =>
  (await readdir(path, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(path.length + 1))
    .sort();

const env = (extra: Record<string, string> = {}): Record<string, string> => ({
  LAKE_URL: join(dir, 'lake'),
  PGLITE_DIR: join(dir, 'pglite'),
  CMC_BASE_URL: cmc.url,
  CMC_API_KEY: API_KEY,
  LOG_LEVEL: 'info',
  ...extra,
});

const without = (variables: Record<string, string>, name: string) =>
  Object.fromEntries(Object.entries(variables).filter(([key]) => key !== name));

describe('cais etl, end to end, on the embedded database', () => {
  beforeEach(async () => {
    // A migrated data folder from the suite's template: a fresh initdb takes seconds.
    const client = await PGlite.create(join(dir, 'pglite'), {
      extensions: PGLITE_EXTENSIONS,
      loadDataDir: new Blob([await readFile(inject('pgliteDump'))]),
    });
    await client.close();
  });

  it('`etl run` extracts into the lake and the database, exits 0, and `etl status` shows it', async () => {
    const run = await cais(['etl', 'run'], env());
    expect(run.output).toMatch(/CoinMarketCap plan: 10,000 credits a month/);
    expect(run.output).toMatch(/fetched BTC in BRL \(1 credit\); loaded 1 new row/);
    expect(run.output).not.toContain(API_KEY);
    expect(run.code).toBe(0);
    // stdout is a pipe here, as in a container: the run's CloudWatch EMF line is written.
    const emf = run.output.split('\n').find((line) => line.includes('"_aws"'));
    expect(JSON.parse(emf ?? '{}')).toMatchObject({
      _aws: { CloudWatchMetrics: [{ Namespace: 'CaisEtl' }] },
      RunsFailed: 0,
      SecondsSinceNewestQuote: expect.any(Number) as number,
    });
    const lakeFiles = await files(join(dir, 'lake'));
    expect(lakeFiles).toHaveLength(2);
    expect(lakeFiles[0]).toMatch(
      /^raw\/bitcoin\/year=\d{4}\/month=\d{2}\/day=\d{2}\/bitcoin_[\d-]+_[\d-]+\.csv$/,
    );

    const status = await cais(['etl', 'status'], env());
    expect(status.code).toBe(0);
    expect(status.output).toContain(
      `Lake folder ${join(dir, 'lake')}: 1 objects, 0 not in the database`,
    );
    expect(status.output).toMatch(/Credits spent by recorded runs: 1 today, 1 this month \(UTC\)/);
    expect(status.output).toMatch(
      /CoinMarketCap plan: 10,000 credits a month; used 340 this month, 12 today/,
    );
    expect(status.output).toMatch(
      /^id\s+started \(UTC\)\s+took\s+status\s+rows\s+credits\s+symbols\s+error$/m,
    );
    expect(status.output).toMatch(
      /^1\s+\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\s+[\d.]+ s\s+succeeded\s+1\s+1\s+BTC$/m,
    );

    const json = await cais(['etl', 'status', '--json', '--runs', '1'], env());
    expect(json.code).toBe(0);
    const parsed = JSON.parse(json.output) as { runs: unknown[]; lake: { objects: number } };
    expect(parsed.runs).toHaveLength(1);
    expect(parsed.lake.objects).toBe(1);
  });

  it('`etl run` without CMC_API_KEY says how to get one, and exits 1', async () => {
    const run = await cais(['etl', 'run'], without(env(), 'CMC_API_KEY'));
    expect(run.code).toBe(1);
    expect(run.output).toMatch(
      /CMC_API_KEY is not set: set CMC_API_KEY to a CoinMarketCap key \(free at https:\/\/coinmarketcap.com\/api\/\)/,
    );
  });

  it('`etl run` with a refused key stops before extracting, says what to do, and exits 1', async () => {
    const run = await cais(['etl', 'run'], env({ CMC_API_KEY: 'a-wrong-key-123' }));
    expect(run.code).toBe(1);
    expect(run.output).toMatch(
      /CoinMarketCap refused the API key \(HTTP 401, 1002: API key missing\.\): set CMC_API_KEY/,
    );
    expect(run.output).not.toContain('a-wrong-key-123');
    expect(await files(dir)).not.toContainEqual(expect.stringMatching(/^lake\//));
  });

  it('rejects a bad environment value, naming it, with exit 2', async () => {
    const run = await cais(['etl', 'run'], env({ ETL_SCHEDULE: 'every five minutes' }));
    expect(run.code).toBe(2);
    expect(run.output).toMatch(/ETL_SCHEDULE="every five minutes" must be a cron expression/);
  });
});

describe.skipIf(serverSkipReason() !== undefined)(
  'cais etl, end to end, on the PostgreSQL server',
  () => {
    const databaseUrl = eachServerDatabaseUrl();

    const rows = async () => {
      const client = new pg.Client({ connectionString: databaseUrl() });
      await client.connect();
      try {
        const result = await client.query<{ n: number }>(
          'select count(*)::int as n from crypto_quotes',
        );
        return result.rows[0]?.n;
      } finally {
        await client.end();
      }
    };

    it('`etl run` with the database down keeps the extraction in the lake and exits 3; `etl replay` loads it', async () => {
      const down = `postgres://postgres@127.0.0.1:${await freePort()}/cais`;
      const run = await cais(['etl', 'run'], env({ DATABASE_URL: down }));
      expect(run.output).toMatch(
        /into the lake; load pending \(database unavailable: Cannot use PostgreSQL at 127\.0\.0\.1:\d+\/cais \(DATABASE_URL\)/,
      );
      expect(run.code).toBe(3);
      expect((await files(join(dir, 'lake'))).filter((f) => f.endsWith('.csv'))).toHaveLength(1);

      const replay = await cais(['etl', 'replay'], env({ DATABASE_URL: databaseUrl() }));
      expect(replay.output).toMatch(/replay: 100% \(1 of 1; 1 rows inserted\)/);
      expect(replay.output).toMatch(
        /replay done in [\d.]+ s: 1 objects read, 1 rows inserted, 0 duplicates, 0 objects already loaded, 0 bad files/,
      );
      expect(replay.code).toBe(0);
      expect(await rows()).toBe(1);

      // A file the pipeline cannot read is named, skipped, and makes the exit code 3.
      const day = join(dir, 'lake', 'raw', 'bitcoin', 'year=2025', 'month=06', 'day=01');
      await mkdir(day, { recursive: true });
      await writeFile(
        join(day, 'bitcoin_2025-06-01_12-00-03.csv'),
        'price;last_updated\n350123.45;2025-06-01 12:00:00+00:00\n',
      );
      await writeFile(
        join(day, 'bitcoin_2025-06-01_12-05-03.csv'),
        'price;last_updated\nnot-a-price;2025-06-01 12:05:00\n',
      );
      const again = await cais(
        ['etl', 'replay', '--from', '2025-01-01', '--to', '2025-12-31'],
        env({ DATABASE_URL: databaseUrl() }),
      );
      expect(again.output).toMatch(
        /bad file skipped: raw\/bitcoin\/year=2025\/month=06\/day=01\/bitcoin_2025-06-01_12-05-03\.csv: line 2: price \\"not-a-price\\" is not a number/,
      );
      expect(again.output).toMatch(
        /1 objects read, 1 rows inserted, 0 duplicates, 0 objects already loaded, 1 bad files \(raw\/bitcoin\/year=2025\/month=06\/day=01\/bitcoin_2025-06-01_12-05-03\.csv\)/,
      );
      expect(again.code).toBe(3);
      expect(await rows()).toBe(2);

      // Remembered: not read again, still reported (exit 3), and listed by status.
      const third = await cais(['etl', 'replay'], env({ DATABASE_URL: databaseUrl() }));
      expect(third.output).toMatch(/0 bad files, 1 rejected earlier and skipped/);
      expect(third.code).toBe(3);
      const status = await cais(['etl', 'status'], env({ DATABASE_URL: databaseUrl() }));
      expect(status.output).toMatch(
        /Rejected lake objects \(not loaded, skipped by later loads\): 1\n {2}raw\/bitcoin\/year=2025\/month=06\/day=01\/bitcoin_2025-06-01_12-05-03\.csv: line 2: price "not-a-price" is not a number/,
      );
      // A person fixes the file; --retry-rejected loads it, and all is green.
      await writeFile(
        join(day, 'bitcoin_2025-06-01_12-05-03.csv'),
        'price;last_updated\n350124.45;2025-06-01 12:05:00\n',
      );
      const retried = await cais(
        ['etl', 'replay', '--retry-rejected'],
        env({ DATABASE_URL: databaseUrl() }),
      );
      expect(retried.output).toMatch(/1 objects read, 1 rows inserted, .* 0 bad files/);
      expect(retried.code).toBe(0);
      expect(await rows()).toBe(3);
    }, 120_000); // Seven cais processes, each starting Node and opening the database.

    it('`etl schedule` runs at once and stops cleanly on SIGTERM', async () => {
      const worker = startCais(['etl', 'schedule'], env({ DATABASE_URL: databaseUrl() }));
      await worker.waitFor(/loaded 1 new row/);
      const stopping = performance.now();
      worker.child.kill('SIGTERM');
      expect(await worker.exited).toBe(0);
      expect(performance.now() - stopping).toBeLessThan(10_000);
      expect(worker.output()).toMatch(/SIGTERM: shutting down/);
      expect(await rows()).toBe(1);
    });

    it('`start` runs the schedule beside the api when CMC_API_KEY is set', async () => {
      const port = await freePort();
      const server = startCais(
        ['start'],
        env({ DATABASE_URL: databaseUrl(), API_PORT: String(port) }),
      );
      await server.waitFor(/loaded 1 new row/);
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(await rows()).toBe(1);
    });

    it('`start` without CMC_API_KEY serves the api and says once how to enable the pipeline', async () => {
      const port = await freePort();
      const server = startCais(
        ['start'],
        without(env({ DATABASE_URL: databaseUrl(), API_PORT: String(port) }), 'CMC_API_KEY'),
      );
      await server.waitFor(/price pipeline idle: set CMC_API_KEY/);
      expect((await fetch(`http://127.0.0.1:${port}/health`)).status).toBe(200);
      server.child.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.output().match(/price pipeline idle/g)).toHaveLength(1);
      expect(cmc.requests.filter((r) => r.headers['x-cmc_pro_api_key'] === undefined)).toEqual([]);
    });
  },
);
