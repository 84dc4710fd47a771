import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { preparedPer } from '../db/prepared.js';
import { execute, rowShape, select } from '../db/rows.js';
import { categories, products, signingKeys } from '../db/schema.js';
import type { Categoria, Category, Product, ProductCreate } from './product.schema.js';

/** All SQL of the catalog. Prices cross this boundary as decimal text, never as float maths. */

type ProductRow = typeof products.$inferSelect;

export const toProduct = (row: ProductRow): Product => ({
  id: row.id,
  name: row.name,
  description: row.description,
  // numeric(12,2) has at most 12 significant digits, which a double holds exactly enough that
  // its shortest form gives back the same digits.
  price: Number(row.price),
  categoria: row.categoria as Categoria,
  email_fornecedor: row.email_fornecedor,
  ...(row.sku !== null && { sku: row.sku }),
  created_at: row.created_at.toISOString(),
  updated_at: row.updated_at.toISOString(),
});

/** The exact decimal text of a JSON number: its shortest round-trip form. */
const decimal = (value: number): string => String(value);

/** The one place that keeps trashed products out of the catalog: every read and write uses it. */
export const live = isNull(products.deleted_at);

const findById = preparedPer((db) =>
  db
    .select()
    .from(products)
    .where(and(eq(products.id, sql.placeholder('id')), live))
    .prepare('cais_product_by_id'),
);

/** The hottest read, prepared. */
export async function findProduct(db: Database, id: number): Promise<Product | undefined> {
  const [row] = await findById(db).execute({ id });
  return row && toProduct(row);
}

/** Reads and locks the row until the transaction ends, for conditional writes. */
export async function lockProduct(db: Database, id: number): Promise<Product | undefined> {
  const [row] = await db
    .select()
    .from(products)
    .where(and(eq(products.id, id), live))
    .for('update');
  return row && toProduct(row);
}

export async function listCategories(db: Database): Promise<Category[]> {
  return db.select().from(categories).orderBy(asc(categories.id));
}

export interface NewProductRow {
  name: string;
  description: string | null;
  price: string;
  categoria: string;
  email_fornecedor: string;
  created_at: Date;
}

/** Bulk insert for seeding: one statement per batch, each column passed as one array. */
export async function insertProductBatch(db: Database, rows: NewProductRow[]): Promise<void> {
  const column = <T>(pick: (row: NewProductRow) => T) => sql.param(rows.map(pick));
  await execute(
    db,
    sql`insert into products (name, description, price, categoria, email_fornecedor, created_at, updated_at)
        select n, d, p, c, e, t, t
        from unnest(${column((r) => r.name)}::text[], ${column((r) => r.description)}::text[],
                    ${column((r) => r.price)}::numeric[], ${column((r) => r.categoria)}::text[],
                    ${column((r) => r.email_fornecedor)}::text[],
                    ${column((r) => r.created_at.toISOString())}::timestamptz[])
             as u(n, d, p, c, e, t)`,
  );
}

const IndexRow = rowShape('dropGinIndexes', { name: Type.String(), definition: Type.String() });

/**
 * Drops the GIN (search) indexes of products, answering their definitions for recreateIndexes.
 * Building a trigram index once over a million rows is several times faster than updating it a
 * row at a time, as a bulk insert otherwise does. Inside a transaction, readers wait for it (the
 * drop locks the table) and see the index back when it commits.
 */
export async function dropGinIndexes(db: Database): Promise<string[]> {
  const rows = await select(
    db,
    IndexRow,
    sql`select indexname as name, indexdef as definition from pg_indexes
        where schemaname = current_schema() and tablename = 'products' and indexdef like '% USING gin %'`,
  );
  for (const row of rows) await execute(db, sql`drop index ${sql.identifier(row.name)}`);
  return rows.map((row) => row.definition);
}

export async function recreateIndexes(db: Database, definitions: string[]): Promise<void> {
  // The definitions come from pg_indexes, not from any input.
  for (const definition of definitions) await execute(db, sql.raw(definition));
}

/** A secret made at migration (migration 0010), by name. */
export async function findSigningKey(db: Database, name: string): Promise<string | undefined> {
  const [row] = await db
    .select({ secret: signingKeys.secret })
    .from(signingKeys)
    .where(eq(signingKeys.name, name));
  return row?.secret;
}

export interface UpsertCounts {
  created: number;
  updated: number;
}

/**
 * Creates products in one statement; a row whose sku a product already has updates that product
 * instead, and only if something differs (so re-importing a file changes nothing). Rows must not
 * repeat a sku: one statement cannot update a row twice.
 */
const UpsertedRow = rowShape('upsertProducts', { created: Type.Boolean() });

export async function upsertProducts(db: Database, rows: ProductCreate[]): Promise<UpsertCounts> {
  const column = <T>(pick: (row: ProductCreate) => T) => sql.param(rows.map(pick));
  const written = await select(
    db,
    UpsertedRow,
    sql`insert into products as p (name, description, price, categoria, email_fornecedor, sku)
        select n, d, pr, c, e, s
        from unnest(${column((r) => r.name)}::text[], ${column((r) => r.description ?? null)}::text[],
                    ${column((r) => decimal(r.price))}::numeric[], ${column((r) => r.categoria)}::text[],
                    ${column((r) => r.email_fornecedor)}::text[], ${column((r) => r.sku ?? null)}::text[])
             as u(n, d, pr, c, e, s)
        on conflict (sku) do update
          set name = excluded.name, description = excluded.description, price = excluded.price,
              categoria = excluded.categoria, email_fornecedor = excluded.email_fornecedor,
              updated_at = now()
          where (p.name, p.description, p.price, p.categoria, p.email_fornecedor)
                is distinct from (excluded.name, excluded.description, excluded.price,
                                  excluded.categoria, excluded.email_fornecedor)
        returning (xmax = 0) as created`,
  );
  const created = written.filter((r) => r.created).length;
  return { created, updated: written.length - created };
}
