import { and, asc, count, desc, eq, gte, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { query, type Database } from '../db/client.js';
import { categories, products } from '../db/schema.js';
import type {
  Categoria,
  Category,
  Product,
  ProductChanges,
  ProductCreate,
  SortField,
} from './product.schema.js';

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
  created_at: row.created_at.toISOString(),
  updated_at: row.updated_at.toISOString(),
});

/** The exact decimal text of a JSON number: its shortest round-trip form. */
const decimal = (value: number): string => String(value);

export interface ProductFilter {
  categoria?: Categoria | undefined;
  priceMin?: number | undefined;
  priceMax?: number | undefined;
  text?: string | undefined;
}

export interface SortKey {
  field: SortField;
  descending: boolean;
}

/** The one place that keeps trashed products out of the catalog: every read and write uses it. */
export const live = isNull(products.deleted_at);

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function where(filter: ProductFilter): SQL | undefined {
  return and(
    live,
    filter.categoria !== undefined ? eq(products.categoria, filter.categoria) : undefined,
    filter.priceMin !== undefined ? gte(products.price, decimal(filter.priceMin)) : undefined,
    filter.priceMax !== undefined ? lte(products.price, decimal(filter.priceMax)) : undefined,
    // The same expression as products_search_trgm_idx, so the trigram index serves it.
    filter.text !== undefined
      ? sql`(${products.name} || ' ' || coalesce(${products.description}, '')) ilike ${`%${escapeLike(filter.text)}%`}`
      : undefined,
  );
}

const prepareFindById = (db: Database) =>
  db
    .select()
    .from(products)
    .where(and(eq(products.id, sql.placeholder('id')), live))
    .prepare('cais_product_by_id');
const findByIdStatements = new WeakMap<Database, ReturnType<typeof prepareFindById>>();

/** The hottest read: a prepared statement per database, parsed and planned once per connection. */
export async function findProduct(db: Database, id: number): Promise<Product | undefined> {
  let statement = findByIdStatements.get(db);
  if (!statement) {
    statement = prepareFindById(db);
    findByIdStatements.set(db, statement);
  }
  const [row] = await statement.execute({ id });
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

export async function findProductPage(
  db: Database,
  filter: ProductFilter,
  sort: SortKey[],
  page: { limit: number; offset: number },
): Promise<Product[]> {
  const order = sort.map((key) =>
    key.descending ? desc(products[key.field]) : asc(products[key.field]),
  );
  const rows = await db
    .select()
    .from(products)
    .where(where(filter))
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset);
  return rows.map(toProduct);
}

export async function countProducts(db: Database, filter: ProductFilter): Promise<number> {
  const [row] = await db.select({ total: count() }).from(products).where(where(filter));
  return row?.total ?? 0;
}

export async function insertProduct(db: Database, input: ProductCreate): Promise<Product> {
  const [row] = await db
    .insert(products)
    .values({
      name: input.name,
      description: input.description ?? null,
      price: decimal(input.price),
      categoria: input.categoria,
      email_fornecedor: input.email_fornecedor,
    })
    .returning();
  if (!row) throw new Error('insert returned no row');
  return toProduct(row);
}

export async function updateProduct(
  db: Database,
  id: number,
  changes: ProductChanges,
): Promise<Product | undefined> {
  // Column by column: a body is an object at run time whatever its type says, and spreading it
  // would write any column it names (drizzle skips the undefined ones).
  const { name, description, price, categoria, email_fornecedor } = changes;
  const [row] = await db
    .update(products)
    .set({
      name,
      description,
      price: price === undefined ? undefined : decimal(price),
      categoria,
      email_fornecedor,
      updated_at: sql`now()`,
    })
    .where(and(eq(products.id, id), live))
    .returning();
  return row && toProduct(row);
}

/** Moves the product to the trash; it answers as gone until restored. */
export async function trashProduct(db: Database, id: number): Promise<Product | undefined> {
  const [row] = await db
    .update(products)
    .set({ deleted_at: sql`now()` })
    .where(and(eq(products.id, id), live))
    .returning();
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
  await query(
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
