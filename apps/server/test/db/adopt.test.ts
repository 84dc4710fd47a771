import { sql } from 'drizzle-orm';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adoptOriginals, AdoptAbortedError } from '../../src/db/adopt/adopt.js';
import { formatAdoptReport } from '../../src/db/adopt/adopt-report.js';
import { OriginalTablesError } from '../../src/db/adopt/originals.js';
import { type DatabaseHandle } from '../../src/db/client.js';
import { query } from '../helpers/sql.js';
import { isMigrated, migrate } from '../../src/db/migrate.js';
import { options, originals, productIndexes, products } from '../helpers/adopt.js';
import { buildTestApp } from '../helpers/app.js';
import { DATABASE_KINDS, openTestDatabase, serverSkipReason } from '../helpers/database.js';
import { dashboardRows, databaseSnapshot } from '../helpers/originals.js';
import { asDataFrame, pythonJson, pythonRequests } from '../helpers/streamlit-client.js';

for (const kind of DATABASE_KINDS) {
  const skip = kind === 'postgres' && serverSkipReason() !== undefined;

  // One database through the whole story: each step before the real adopt must change nothing,
  // so the next one starts from the originals as they were.
  describe.skipIf(skip)(`moving in from both originals, step by step [${kind}]`, () => {
    let h: DatabaseHandle;
    let before: unknown;
    let dashboard: string[][];
    beforeAll(async () => {
      h = await originals(kind);
      before = await databaseSnapshot(h);
      dashboard = await dashboardRows(h);
    });
    afterAll(async () => {
      await h.close();
    });

    it('migrate refuses a database holding an original table, naming it and adopt', async () => {
      const failure = await migrate(h).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(OriginalTablesError);
      expect((failure as Error).message).toMatch(
        /original catalog's table products and the original pipeline's table bitcoin_precos.*cais db adopt --dry-run/,
      );
      expect(await databaseSnapshot(h)).toEqual(before);
    });

    it('a dry run reports everything, row by row, and changes nothing', async () => {
      const report = await adoptOriginals(h.db, options({ dryRun: true }));
      expect(await databaseSnapshot(h)).toEqual(before);
      expect(report.outcome).toBe('dry-run');
      expect(report.found).toEqual(['products', 'bitcoin_precos']);
      expect(report.products?.roundings).toEqual([
        { id: 2, from: '19.999', to: '20.00' },
        { id: 3, from: '0.30000000000000004', to: '0.30' },
        { id: 5, from: '1234.565', to: '1234.57' },
        { id: 11, from: '0.004', to: '0.00' },
      ]);
      expect(report.products?.refused.map((r) => r.id)).toEqual([5, 6, 7, 8, 9, 10, 11]);
      expect(report.refusedWhileAbort).toBe(7);
      expect(report.quotes).toMatchObject({ rows: 150, adopted: 150, refused: [] });
      const text = formatAdoptReport(report, h.location);
      expect(text).toContain('Nothing was changed');
      expect(text).toContain('id 2: 19.999 -> 20.00');
      expect(text).toMatch(/id 6: categoria must be one of: .* \[fix would skip it/);
      expect(text).toMatch(
        /id 5: categoria .*\[fix would: categoria "eletrodomestico" -> "Eletrodoméstico"\]/,
      );
      expect(text).toMatch(
        /id 10: email_fornecedor must be a valid email address \[fix would: email_fornecedor trimmed\]/,
      );
      expect(text).toMatch(/id 8: name must not be empty/);
      expect(text).toMatch(/id 9: price must be greater than 0/);
      expect(text).toMatch(/id 11: price must be greater than 0/);
      expect(text).toContain('adopt would stop here and change nothing');
    });

    it('--on-invalid abort (the default) stops on refused rows and changes nothing', async () => {
      const failure = await adoptOriginals(h.db, options()).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(AdoptAbortedError);
      expect((failure as AdoptAbortedError).report.refusedWhileAbort).toBe(7);
      expect(await databaseSnapshot(h)).toEqual(before);
    });

    it('a failure at any step leaves the database exactly as it was', async () => {
      for (const failingStep of [
        'move-aside',
        'migrate',
        'check',
        'products',
        'quotes',
        'rollups',
      ]) {
        const failure = await adoptOriginals(
          h.db,
          options({
            onInvalid: 'skip',
            onStep: (step) => {
              if (step === failingStep) throw new Error(`injected at ${step}`);
            },
          }),
        ).catch((error: unknown) => error);
        expect((failure as Error).message).toBe(`injected at ${failingStep}`);
        expect(await databaseSnapshot(h), failingStep).toEqual(before);
      }
    });

    it('--on-invalid skip adopts the valid rows with their ids and exact prices', async () => {
      const report = await adoptOriginals(h.db, options({ onInvalid: 'skip' }));
      expect(report.outcome).toBe('adopted');
      expect(report.products).toMatchObject({ rows: 11, adopted: 4, nextId: 12 });
      expect(report.products?.skipped).toEqual([5, 6, 7, 8, 9, 10, 11]);
      expect(await products(h)).toEqual([
        {
          id: 1,
          name: 'Smart TV 55"',
          description: '4K',
          price: '2999.90',
          categoria: 'Eletrônico',
          email_fornecedor: 'vendas@tv.com.br',
        },
        {
          id: 2,
          name: 'Caneta',
          description: null,
          price: '20.00',
          categoria: 'Roupas',
          email_fornecedor: 'a@b.com',
        },
        {
          id: 3,
          name: 'Sofá',
          description: '',
          price: '0.30',
          categoria: 'Móveis',
          email_fornecedor: 'sofa@moveis.com',
        },
        {
          id: 4,
          name: 'Tênis',
          description: 'Corrida',
          price: '1899.99',
          categoria: 'Calçados',
          email_fornecedor: 'x@y.com',
        },
      ]);
      // The originals are kept whole, under their new names.
      const [kept] = await query<{ products: number; quotes: number }>(
        h.db,
        sql`select (select count(*)::integer from products_original) as products,
                   (select count(*)::integer from bitcoin_precos_original) as quotes`,
      );
      expect(kept).toEqual({ products: 11, quotes: 150 });
      // The indexes adopt rebuilt after the copy are those of a migrated database.
      const fresh = await openTestDatabase(kind);
      try {
        expect(await productIndexes(h)).toEqual(await productIndexes(fresh));
      } finally {
        await fresh.close();
      }
      expect(await isMigrated(h.db)).toBe(true);
      await migrate(h);
      const [rollup] = await query<{ count: number }>(
        h.db,
        sql`select sum(count)::integer as count from quote_rollups where resolution_seconds = 3600`,
      );
      expect(rollup?.count).toBe(150);
    });

    it("the original dashboard's query returns the same 100 rows, ids included", async () => {
      expect(dashboard).toHaveLength(100);
      expect(await dashboardRows(h)).toEqual(dashboard);
    });

    it('a second adopt finds nothing to do and changes nothing', async () => {
      const after = await databaseSnapshot(h);
      const again = await adoptOriginals(h.db, options({ onInvalid: 'skip' }));
      expect(again.outcome).toBe('nothing-to-adopt');
      expect(again.alreadyAside).toEqual(['bitcoin_precos_original', 'products_original']);
      expect(await databaseSnapshot(h)).toEqual(after);
      expect(formatAdoptReport(again, h.location)).toMatch(/^Nothing to adopt/);
    });

    it("the original Streamlit client's requests work on the adopted rows", async () => {
      const app = await buildTestApp(h);
      try {
        await app.listen({ host: '127.0.0.1', port: 0 });
        const port = (app.server.address() as AddressInfo).port;
        const listed = await pythonRequests(port, 'GET', '/products/');
        expect(listed.status).toBe(200);
        expect(asDataFrame(listed.json()).map((p) => [p.id, p.price])).toEqual([
          [1, 2999.9],
          [2, 20],
          [3, 0.3],
          [4, 1899.99],
        ]);
        const one = await pythonRequests(port, 'GET', '/products/2');
        expect(asDataFrame(one.json())[0]).toMatchObject({ name: 'Caneta', description: null });
        const update = await pythonRequests(
          port,
          'PUT',
          '/products/2',
          pythonJson({ price: 0 }).replace('"price": 0', '"price": 21.5'),
        );
        expect(asDataFrame(update.json())[0]).toMatchObject({ id: 2, price: 21.5 });
        const removed = await pythonRequests(port, 'DELETE', '/products/3');
        expect(removed.status).toBe(200);
        const created = await pythonRequests(
          port,
          'POST',
          '/products/',
          pythonJson({
            name: 'Abajur',
            description: '',
            price: 0,
            categoria: 'Móveis',
            email_fornecedor: 'luz@moveis.com',
          }).replace('"price": 0', '"price": 120.0'),
        );
        expect(created.status).toBe(201);
        // New products take ids past every id of the original, skipped rows included.
        expect(asDataFrame(created.json())[0]).toMatchObject({ id: 12, price: 120 });
      } finally {
        await app.close();
      }
    });
  });
}
