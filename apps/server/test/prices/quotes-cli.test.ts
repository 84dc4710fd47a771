import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle } from '../../src/db/client.js';
import { query } from '../helpers/sql.js';
import { cais } from '../helpers/cli.js';
import { openTestDatabase, serverSkipReason } from '../helpers/database.js';
import { serverUrl, urlFor } from '../helpers/postgres.js';

interface RollupTotal {
  resolution_seconds: number;
  rows: number;
}

const rollupTotals = (handle: DatabaseHandle) =>
  query<RollupTotal>(
    handle.db,
    sql`select resolution_seconds, sum(count)::integer as rows from quote_rollups
        group by 1 order by 1`,
  );

describe('cais db seed --quotes on the embedded database', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cais-quotes-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('generates a random walk per symbol ending at --end, with its rollups', async () => {
    const env = { PGLITE_DIR: join(dir, 'pglite') };
    const seeded = await cais(
      [
        'db',
        'seed',
        '--quotes',
        '600',
        '--symbols',
        'btc,XYZ',
        '--convert',
        'usd',
        '--end',
        '2026-05-01T12:00:00-03:00',
      ],
      env,
    );
    expect(seeded.code, seeded.output).toBe(0);
    expect(seeded.output).toMatch(/seeded 1,200 quotes and their rollups/);
    // Seeding again the same times adds nothing.
    const again = await cais(
      [
        'db',
        'seed',
        '--quotes',
        '600',
        '--symbols',
        'BTC',
        '--convert',
        'USD',
        '--end',
        '2026-05-01T15:00:00Z',
      ],
      env,
    );
    expect(again.output).toMatch(/seeded 0 quotes/);
    const { PGlite } = await import('@electric-sql/pglite');
    const { PGLITE_EXTENSIONS, pgliteHandle } = await import('../../src/db/client.js');
    const handle = pgliteHandle(
      await PGlite.create(join(dir, 'pglite'), { extensions: PGLITE_EXTENSIONS }),
      'seeded',
    );
    try {
      const series = await query<{ symbol: string; rows: number; last: string; low: number }>(
        handle.db,
        sql`select symbol, count(*)::integer as rows, min(price)::float8 as low,
                   to_char(max(last_updated) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') as last
            from crypto_quotes where convert = 'USD' group by symbol order by symbol`,
      );
      expect(series.map((s) => [s.symbol, s.rows, s.last])).toEqual([
        ['BTC', 600, '2026-05-01T15:00:00'],
        ['XYZ', 600, '2026-05-01T15:00:00'],
      ]);
      expect(series.every((s) => s.low > 0)).toBe(true);
      expect(await rollupTotals(handle)).toEqual([
        { resolution_seconds: 3600, rows: 1200 },
        { resolution_seconds: 10800, rows: 1200 },
        { resolution_seconds: 86400, rows: 1200 },
      ]);
    } finally {
      await handle.close();
    }
  });
});

describe.skipIf(serverSkipReason() !== undefined)(
  'quotes, rollups and logins on a PostgreSQL server',
  () => {
    let handle: DatabaseHandle;
    let url: string;
    const login = `cais_test_reader_${randomUUID().replace(/-/g, '').slice(0, 8)}`;
    const password = 'a-read-only-password';

    beforeAll(async () => {
      handle = await openTestDatabase('postgres');
      url = urlFor(serverUrl(), handle.location.split('/').pop() ?? '');
    });
    afterAll(async () => {
      await handle.close();
      const admin = new pg.Client({ connectionString: serverUrl() });
      await admin.connect();
      await admin.query(`drop role if exists ${login}`);
      await admin.end();
    });

    it('rebuilds rollups for quotes loaded another way, with progress', async () => {
      await query(
        handle.db,
        sql`insert into crypto_quotes (symbol, convert, last_updated, price, source_key)
          select 'ETH', 'BRL', timestamptz '2026-01-01T00:00:00Z' + i * interval '5 minutes', i, 'sql'
          from generate_series(0, 20000) as i`,
      );
      // A rollup of a series whose quotes are gone is dropped.
      await query(
        handle.db,
        sql`insert into quote_rollups values ('OLD', 'BRL', 3600, now(), 1, 1, 1, 1, 1, now(), now())`,
      );
      expect(await rollupTotals(handle)).toEqual([{ resolution_seconds: 3600, rows: 1 }]);
      const rolled = await cais(['db', 'rollup'], { DATABASE_URL: url });
      expect(rolled.code, rolled.output).toBe(0);
      expect(rolled.output).toMatch(/rollup: 100% \(70 of 70; ETH\/BRL, days\)/);
      expect(rolled.output).toMatch(/rolled up 1 series over 70 days/);
      expect(await rollupTotals(handle)).toEqual([
        { resolution_seconds: 3600, rows: 20001 },
        { resolution_seconds: 10800, rows: 20001 },
        { resolution_seconds: 86400, rows: 20001 },
      ]);
      const [day] = await query<{
        open: number;
        high: number;
        low: number;
        close: number;
        count: number;
      }>(
        handle.db,
        sql`select open, high, low, close, count from quote_rollups
          where resolution_seconds = 86400 and bucket_start = '2026-01-02T00:00:00Z'`,
      );
      expect(day).toEqual({ open: 288, high: 575, low: 288, close: 575, count: 288 });
    });

    it('makes a read-only login that can SELECT but not write', async () => {
      const missing = await cais(['db', 'readonly-login', login], { DATABASE_URL: url });
      expect(missing.code).toBe(1);
      expect(missing.output).toMatch(/READONLY_PASSWORD is not set/);

      const made = await cais(['db', 'readonly-login', login], {
        DATABASE_URL: url,
        READONLY_PASSWORD: password,
      });
      expect(made.code, made.output).toBe(0);
      expect(made.output).toMatch(new RegExp(`read-only login ${login} created`));
      expect(made.output).not.toContain(password);
      const updated = await cais(['db', 'readonly-login', login], {
        DATABASE_URL: url,
        READONLY_PASSWORD: password,
      });
      expect(updated.output).toMatch(/updated/);

      const readerUrl = new URL(url);
      readerUrl.username = login;
      readerUrl.password = password;
      const reader = new pg.Client({ connectionString: readerUrl.toString() });
      await reader.connect();
      try {
        const { rows } = await reader.query<{ n: number }>(
          'select count(*)::integer as n from crypto_quotes',
        );
        expect(rows[0]?.n).toBe(20001);
        await expect(
          reader.query("insert into etl_settings (name, value) values ('x', 'y')"),
        ).rejects.toThrow(/read-only transaction/);
        // Even with read-only transactions switched off, the grants refuse every write.
        await reader.query('set default_transaction_read_only = off');
        await expect(
          reader.query("insert into etl_settings (name, value) values ('x', 'y')"),
        ).rejects.toThrow(/permission denied/);
        await expect(reader.query('delete from crypto_quotes')).rejects.toThrow(
          /permission denied/,
        );
        await expect(reader.query('create table t (x int)')).rejects.toThrow(/permission denied/);
      } finally {
        await reader.end();
      }
    });

    it('refuses to turn a privileged role into a read-only login', async () => {
      const result = await cais(['db', 'readonly-login', 'postgres'], {
        DATABASE_URL: url,
        READONLY_PASSWORD: password,
      });
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/postgres is a privileged role/);
    });
  },
);
