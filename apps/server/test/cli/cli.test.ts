import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle } from '../../src/db/client.js';
import { query } from '../helpers/sql.js';
import { cais, freePort, startCais } from '../helpers/cli.js';
import { openTestDatabase, serverSkipReason } from '../helpers/database.js';
import { serverUrl, urlFor } from '../helpers/postgres.js';

describe('cais --help', () => {
  it('lists the commands and every environment variable', async () => {
    const result = await cais(['--help'], {});
    expect(result.code).toBe(0);
    for (const word of [
      'start',
      'api',
      'db',
      'DATABASE_URL',
      'PGLITE_DIR',
      'API_TOKEN',
      'LOG_LEVEL',
    ])
      expect(result.output).toContain(word);
  });

  it('has help for every subcommand', async () => {
    for (const args of [
      ['start', '--help'],
      ['api', '--help'],
      ['db', '--help'],
      ['db', 'migrate', '--help'],
      ['db', 'seed', '--help'],
      ['db', 'rollup', '--help'],
      ['db', 'readonly-login', '--help'],
    ]) {
      const result = await cais(args, {});
      expect(result.code, args.join(' ')).toBe(0);
      expect(result.output).toContain('Usage: cais');
    }
  });
});

describe('bad command lines and environments', () => {
  it.each([
    [['frobnicate'], /unknown command 'frobnicate'/],
    [['api', '--port', '1'], /unknown option '--port'/],
    [['db', 'seed'], /give --products <n>, --quotes <n> or both/],
    [
      ['db', 'seed', '--quotes', '5', '--interval', '7x'],
      /'--interval <duration>' argument '7x' is invalid/,
    ],
    [
      ['db', 'seed', '--quotes', '5', '--end', 'tomorrow'],
      /'--end <time>' argument 'tomorrow' is invalid/,
    ],
    [
      ['db', 'seed', '--quotes', '5', '--symbols', 'BT-C'],
      /'--symbols <list>' argument 'BT-C' is invalid/,
    ],
    [['db', 'seed', '--symbols', 'BTC', '--products', '3'], /--symbols only apply with --quotes/],
    [
      ['db', 'readonly-login', 'Bad-Name'],
      /command-argument value 'Bad-Name' is invalid for argument 'user'/,
    ],
    [['db', 'seed', '--products', 'many'], /'--products <n>' argument 'many' is invalid.*integer/],
    [['db', 'seed', '--products', '0'], /'--products <n>' argument '0' is invalid/],
    [['db', 'seed', '--products', '5', '--seed', '-3'], /--seed/],
  ])('cais %j fails naming the bad input', async (args, message) => {
    const result = await cais(args, {});
    expect(result.code).toBe(1);
    expect(result.output).toMatch(message);
  });

  it('an invalid variable stops the command with exit code 2, naming it', async () => {
    const result = await cais(['api'], { API_PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(result.code).toBe(2);
    expect(result.output).toContain('API_PORT="eighty" must be an integer from 1 to 65535');
    expect(result.output).toContain('LOG_LEVEL="loud" must be one of');
  });

  it('an unreachable database server fails with a message naming DATABASE_URL', async () => {
    const result = await cais(['db', 'migrate'], {
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/cais',
      DATABASE_WAIT_SECONDS: '0',
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('Cannot use PostgreSQL at 127.0.0.1:1/cais (DATABASE_URL)');
  });
});

describe('cais api', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cais-cli-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('serves the API and its docs, then stops cleanly on SIGTERM', async () => {
    const port = await freePort();
    const server = startCais(['api'], { PGLITE_DIR: join(dir, 'pglite'), API_PORT: String(port) });
    const base = `http://127.0.0.1:${port}`;
    await server.waitFor(/catalog API on/);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
    expect((await fetch(`${base}/docs/`)).status).toBe(200);
    // A second process on the same embedded database folder is refused with a clear message.
    const second = await cais(['db', 'seed', '--products', '5'], {
      PGLITE_DIR: join(dir, 'pglite'),
    });
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/in use by process \d+/);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('stopped');
    await expect(fetch(`${base}/health`)).rejects.toThrow();
  });

  it('says which variable to change when the port is taken', async () => {
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
    const address = blocker.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const result = await cais(['api'], { PGLITE_DIR: 'memory://', API_PORT: String(port) });
    blocker.close();
    expect(result.code).toBe(1);
    expect(result.output).toContain(
      `Port ${String(port)} on 127.0.0.1 is already in use: stop the other process or set API_PORT`,
    );
  });
});

describe.skipIf(serverSkipReason() !== undefined)('cais db on a PostgreSQL server', () => {
  let handle: DatabaseHandle;
  let url: string;
  beforeAll(async () => {
    handle = await openTestDatabase('postgres');
    url = urlFor(serverUrl(), handle.location.split('/').pop() ?? '');
  });
  afterAll(async () => {
    await handle.close();
  });

  it('migrates, then seeds reproducible demo products with progress', async () => {
    expect((await cais(['db', 'migrate'], { DATABASE_URL: url })).code).toBe(0);
    const seeded = await cais(['db', 'seed', '--products', '1200', '--seed', '7'], {
      DATABASE_URL: url,
    });
    expect(seeded.code).toBe(0);
    expect(seeded.output).toMatch(/seeding: 1,200 of 1,200 products/);
    expect(seeded.output).toMatch(/seeded 1,200 products in/);
    const again = await cais(['db', 'seed', '--products', '1200', '--seed', '7'], {
      DATABASE_URL: url,
    });
    expect(again.code).toBe(0);
    const rows = await query<{ first: string; second: string }>(
      handle.db,
      sql`select a.name || a.price as first, b.name || b.price as second from products a join products b on b.id = a.id + 1200 order by a.id`,
    );
    expect(rows).toHaveLength(1200);
    expect(rows.every((r) => r.first === r.second)).toBe(true);
  });
});
