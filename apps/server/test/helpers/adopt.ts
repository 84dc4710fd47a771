import { sql } from 'drizzle-orm';
import type { AdoptOptions } from '../../src/db/adopt/adopt.js';
import { type DatabaseHandle } from '../../src/db/client.js';
import { query } from './sql.js';
import type { DATABASE_KINDS } from './database.js';
import {
  createOriginalTables,
  insertOriginalProducts,
  insertOriginalQuotes,
  openBlankDatabase,
  ORIGINAL_CATALOG_DDL,
  ORIGINAL_PIPELINE_DDL,
  originalQuotes,
} from './originals.js';

/** What `cais db adopt` is given, the defaults first. */
export const options = (overrides: Partial<AdoptOptions> = {}): AdoptOptions => ({
  dryRun: false,
  onInvalid: 'abort',
  convert: 'BRL',
  ...overrides,
});

/** Both originals' tables in one database, with their rows. */
export async function originals(
  kind: (typeof DATABASE_KINDS)[number],
  quotes = 150,
): Promise<DatabaseHandle> {
  const handle = await openBlankDatabase(kind);
  await createOriginalTables(handle, ORIGINAL_CATALOG_DDL);
  await createOriginalTables(handle, ORIGINAL_PIPELINE_DDL);
  await insertOriginalProducts(handle);
  const rows = originalQuotes(quotes);
  // A retried fetch: the same last_updated with another price, refused by the original.
  const retried = rows.slice(3, 4).map((row) => ({ ...row, price: '1.5' }));
  await insertOriginalQuotes(handle, [...rows.slice(0, 5), ...retried, ...rows.slice(5)]);
  return handle;
}

export const productIndexes = (h: DatabaseHandle) =>
  query(
    h.db,
    sql`select indexname, indexdef from pg_indexes where tablename = 'products' order by 1`,
  );

export const products = (h: DatabaseHandle) =>
  query(
    h.db,
    sql`select id, name, description, price::text as price, categoria, email_fornecedor
        from products order by id`,
  );
