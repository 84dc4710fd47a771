import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { DatabaseUnavailableError, openDatabase } from '../../src/db/client.js';
import { query } from '../helpers/sql.js';
import { isMigrated, migrate } from '../../src/db/migrate.js';
import { DataDirInUseError } from '../../src/db/pglite-lock.js';
import { buildTestApp } from '../helpers/app.js';
import { describeEachDatabase, openTestDatabase, serverSkipReason } from '../helpers/database.js';
import { serverUrl, urlFor } from '../helpers/postgres.js';
import { TcpProxy } from '../helpers/tcp-proxy.js';

const silent = pino({ level: 'silent' });

describeEachDatabase('migrations', (database) => {
  it('are applied, and applying them again changes nothing', async () => {
    expect(await isMigrated(database().db)).toBe(true);
    await migrate(database());
    await migrate(database());
    const applied = await query<{ n: number }>(
      database().db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    expect(applied[0]?.n).toBeGreaterThanOrEqual(3);
    expect(await isMigrated(database().db)).toBe(true);
  });

  it('create the catalog tables with exact money and time zones', async () => {
    const columns = await query<{
      column_name: string;
      data_type: string;
      numeric_precision: number | null;
      numeric_scale: number | null;
    }>(
      database().db,
      sql`select column_name, data_type, numeric_precision, numeric_scale from information_schema.columns where table_name = 'products' order by ordinal_position`,
    );
    const byName = Object.fromEntries(columns.map((c) => [c.column_name, c]));
    expect(byName.price).toMatchObject({
      data_type: 'numeric',
      numeric_precision: 12,
      numeric_scale: 2,
    });
    expect(byName.created_at?.data_type).toBe('timestamp with time zone');
    expect(byName.updated_at?.data_type).toBe('timestamp with time zone');
    const categories = await query<{ name: string }>(
      database().db,
      sql`select name from categories order by id`,
    );
    expect(categories.map((c) => c.name)).toEqual([
      'Eletrônico',
      'Eletrodoméstico',
      'Móveis',
      'Roupas',
      'Calçados',
    ]);
  });

  it('refuse a non-positive price or an unknown category even without the API', async () => {
    const insert = (price: string, categoria: string) =>
      query(
        database().db,
        sql`insert into products (name, price, categoria, email_fornecedor) values ('x', ${price}::numeric, ${categoria}, 'a@b.co')`,
      );
    await expect(insert('0', 'Roupas')).rejects.toThrow();
    await expect(insert('10', 'Brinquedos')).rejects.toThrow();
  });
});

describe.skipIf(serverSkipReason() !== undefined)('on a PostgreSQL server', () => {
  it('several processes migrating one new database at once apply each migration once', async () => {
    const handle = await openTestDatabase('postgres');
    try {
      const name = `cais_migrate_${String(process.pid)}_${String(Date.now())}`;
      await query(handle.db, sql.raw(`create database ${name}`));
      try {
        const config = {
          url: urlFor(serverUrl(), name),
          pgliteDir: '',
          poolSize: 2,
          waitSeconds: 0,
        };
        const handles = await Promise.all([1, 2, 3].map(() => openDatabase(config, silent)));
        await Promise.all(handles.map((h) => migrate(h)));
        const [first] = handles;
        if (!first) throw new Error('no handle');
        const rows = await query<{ hash: string }>(
          first.db,
          sql`select hash from drizzle.__drizzle_migrations`,
        );
        expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
        await Promise.all(handles.map((h) => h.close()));
      } finally {
        await query(handle.db, sql.raw(`drop database if exists ${name} with (force)`));
      }
    } finally {
      await handle.close();
    }
  });

  it('fails at once with a message naming the server when it is unreachable', async () => {
    const started = Date.now();
    const attempt = openDatabase(
      { url: 'postgres://postgres@127.0.0.1:1/cais', pgliteDir: '', poolSize: 1, waitSeconds: 0 },
      silent,
    );
    await expect(attempt).rejects.toThrow(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(/PostgreSQL at 127\.0\.0\.1:1\/cais \(DATABASE_URL\)/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('waits for a server that comes up within DATABASE_WAIT_SECONDS', async () => {
    const target = new URL(serverUrl());
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const port = proxy.port;
    await proxy.cut();
    const url = new URL(serverUrl());
    url.port = String(port);
    const opening = openDatabase(
      { url: url.toString(), pgliteDir: '', poolSize: 1, waitSeconds: 20 },
      silent,
    );
    setTimeout(() => void proxy.start(), 1_000);
    const handle = await opening;
    expect(handle.kind).toBe('postgres');
    await handle.close();
    await proxy.cut();
  });

  it('answers 503 while the database is unreachable, and serves again once it is back', async () => {
    const base = await openTestDatabase('postgres');
    const target = new URL(serverUrl());
    const proxy = new TcpProxy(target.hostname, Number(target.port || 5432));
    await proxy.start();
    const url = new URL(base.location.includes('/') ? serverUrl() : serverUrl());
    const database = base.location.split('/').pop() ?? '';
    url.port = String(proxy.port);
    url.pathname = `/${database}`;
    const handle = await openDatabase(
      { url: url.toString(), pgliteDir: '', poolSize: 2, waitSeconds: 0 },
      silent,
    );
    const app = await buildTestApp(handle);
    try {
      expect((await app.inject({ url: '/products' })).statusCode).toBe(200);
      await proxy.cut();
      for (const path of ['/products', '/ready', '/products/1']) {
        const down = await app.inject({ url: path });
        expect(down.statusCode, path).toBe(503);
        expect(down.json()).toMatchObject({ code: 'database_unavailable' });
        expect(down.body, down.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
      }
      await proxy.start();
      expect((await app.inject({ url: '/ready' })).statusCode).toBe(200);
    } finally {
      await app.close();
      await handle.close();
      await proxy.cut();
      await base.close();
    }
  });
});

describe('the embedded database folder', () => {
  it('is used by one process at a time, with a message saying what to do', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cais-pglite-'));
    try {
      await writeFile(join(dir, 'cais.lock'), '1'); // pid 1 is always alive
      const attempt = openDatabase(
        { url: undefined, pgliteDir: dir, poolSize: 1, waitSeconds: 0 },
        silent,
      );
      await expect(attempt).rejects.toThrow(DataDirInUseError);
      await expect(attempt).rejects.toThrow(/in use by process 1.*DATABASE_URL/s);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('takes over the lock of a process that died, and keeps data across opens', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cais-pglite-'));
    try {
      await writeFile(join(dir, 'cais.lock'), '999999999');
      const config = { url: undefined, pgliteDir: dir, poolSize: 1, waitSeconds: 0 };
      const first = await openDatabase(config, silent);
      await migrate(first);
      await query(
        first.db,
        sql`insert into products (name, price, categoria, email_fornecedor) values ('kept', 1, 'Roupas', 'a@b.co')`,
      );
      await first.close();
      const second = await openDatabase(config, silent);
      const rows = await query<{ name: string }>(second.db, sql`select name from products`);
      expect(rows.map((r) => r.name)).toEqual(['kept']);
      await second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
