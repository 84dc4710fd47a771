import { afterAll, beforeAll, expect, it } from 'vitest';
import * as originals from '../../src/db/adopt/originals.repository.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { migrateWithin } from '../../src/db/migrate.js';
import {
  createOriginalTables,
  insertOriginalProducts,
  insertOriginalQuotes,
  ORIGINAL_CATALOG_DDL,
  ORIGINAL_PIPELINE_DDL,
  originalQuotes,
} from '../helpers/originals.js';
import { header, openCapturing, renderCalls, type Capturing } from './capture.js';

/**
 * The SQL of moving in from the originals (sql-snapshots.test.ts for the other repositories):
 * each function in the order `cais db adopt` calls them, on a database the originals left.
 */

let capturing: Capturing;
beforeAll(async () => {
  capturing = await openCapturing('pglite', { blank: true });
  const handle: DatabaseHandle = {
    db: capturing.db,
    kind: 'pglite',
    location: 'PGlite in memory',
    pool: undefined,
    close: () => capturing.close(),
  };
  await createOriginalTables(handle, ORIGINAL_CATALOG_DDL);
  await createOriginalTables(handle, ORIGINAL_PIPELINE_DDL);
  await insertOriginalProducts(handle, [
    {
      name: 'Camisa',
      description: null,
      price: 19.9,
      categoria: 'Roupas',
      email_fornecedor: 'a@a.com',
    },
  ]);
  await insertOriginalQuotes(handle, originalQuotes(3));
});
afterAll(async () => {
  await capturing.close();
});

it('matches the reviewed snapshot of db/adopt/originals.repository', async () => {
  const before = await renderCalls(capturing, {
    findOriginals: (db) => originals.findOriginals(db),
    moveAside: async (db) => {
      await originals.moveAside(db, 'products');
      await originals.moveAside(db, 'bitcoin_precos');
    },
    readOriginalProducts: (db) => originals.readOriginalProducts(db),
    inspectOriginalQuotes: (db) => originals.inspectOriginalQuotes(db),
  });
  // The cais tables, from the migrations (their own files, not captured).
  await capturing.db.transaction((tx) => migrateWithin(tx));
  let indexes: string[] = [];
  const after = await renderCalls(capturing, {
    dropPlainIndexes: async (db) => {
      indexes = await originals.dropPlainIndexes(db, 'products');
    },
    copyProducts: (db) => originals.copyProducts(db, [2]),
    insertFixedProducts: (db) =>
      originals.insertFixedProducts(db, [
        {
          id: 2,
          name: 'Calça',
          description: null,
          price: '10.00',
          categoria: 'Roupas',
          email_fornecedor: 'a@example.com',
          created_at: '2025-01-01T00:00:00Z',
        },
      ]),
    recreateIndexes: (db) => originals.recreateIndexes(db, indexes),
    movePastIds: (db) => originals.movePastIds(db, 'products_id_seq', 10),
    copyQuotes: (db) => originals.copyQuotes(db, 'BRL'),
    setQuoteCurrency: (db) => originals.setQuoteCurrency(db, 'BRL'),
  });
  const module = 'src/db/adopt/originals.repository.ts';
  await expect(`${header(module)}${before}\n${after}`).toMatchFileSnapshot(
    '../../sql/db/adopt/originals.repository.sql',
  );
});
