import { sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../client.js';
import { execute, nullable, rowShape, select, selectOne } from '../rows.js';

/**
 * All SQL of moving in from the originals (docs/moving-in.md): finding their tables, moving them
 * aside, and copying their rows into the cais tables. Every function runs inside the caller's
 * transaction.
 */

// The SQL of the original quotes (bitcoin_precos) is in original-quotes.repository.ts; re-exported
// so that adopt and the SQL snapshot still find all of it here.
export * from './original-quotes.repository.js';

const Named = rowShape('relationNamed', { name: Type.String() });
const Copied = rowShape('copied', { copied: Type.Integer() });
const OriginalTableRow = rowShape('findOriginals', {
  name: Type.String(),
  kind: Type.String(),
  price_type: nullable(Type.String()),
});
const RelatedRow = rowShape('moveAside', { name: Type.String(), kind: Type.String() });
const ConstraintRow = rowShape('constraintNamed', { conname: Type.String() });
const IndexRow = rowShape('dropPlainIndexes', { name: Type.String(), definition: Type.String() });

/** The originals' tables, by the name they were created with (in the public schema). */
export const ORIGINAL_TABLES = ['products', 'bitcoin_precos'] as const;
export type OriginalTable = (typeof ORIGINAL_TABLES)[number];

/** Where adopt moves an original table; it is never dropped. */
export const asideName = (table: OriginalTable): string => `${table}_original`;

export interface OriginalsFound {
  /** Original tables still under their own name: what adopt would move in. */
  present: OriginalTable[];
  /** Tables already moved aside by an earlier adopt. */
  aside: string[];
}

/**
 * The original catalog's `products` has a double precision price (SQLAlchemy's Float); ours is
 * numeric(12,2). The original pipeline's `bitcoin_precos` is a table; ours is a view.
 */
export async function findOriginals(db: Database): Promise<OriginalsFound> {
  const rows = await select(
    db,
    OriginalTableRow,
    sql`select c.relname as name, c.relkind::text as kind,
               (select format_type(a.atttypid, a.atttypmod) from pg_attribute a
                where a.attrelid = c.oid and a.attname = 'price' and not a.attisdropped) as price_type
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')
          and c.relname in ('products', 'bitcoin_precos', 'products_original', 'bitcoin_precos_original')`,
  );
  const present: OriginalTable[] = [];
  const aside: string[] = [];
  for (const row of rows) {
    if (row.name === 'products' && row.price_type === 'double precision') present.push('products');
    else if (row.name === 'bitcoin_precos') present.push('bitcoin_precos');
    else if (row.name.endsWith('_original')) aside.push(row.name);
  }
  return { present: ORIGINAL_TABLES.filter((t) => present.includes(t)), aside: aside.sort() };
}

/**
 * Renames an original table to `<name>_original`, and with it its sequence and the indexes named
 * after it (`products_pkey`, `products_id_seq`), whose names the cais tables take next.
 */
export async function moveAside(db: Database, table: OriginalTable): Promise<void> {
  const target = asideName(table);
  const taken = await select(
    db,
    Named,
    sql`select relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and relname = ${target}`,
  );
  if (taken.length > 0) throw new AdoptConflictError(table, target);
  const related = await select(
    db,
    RelatedRow,
    sql`select c.relname as name, c.relkind::text as kind
        from pg_class c
        where (c.oid in (select indexrelid from pg_index where indrelid = ${`public.${table}`}::regclass)
               or c.oid in (select objid from pg_depend
                            where refobjid = ${`public.${table}`}::regclass
                              and classid = 'pg_class'::regclass and deptype in ('a', 'i')
                              and objid in (select oid from pg_class where relkind = 'S')))
          and c.relname like ${`${table}\\_%`}`,
  );
  await execute(db, sql`alter table ${sql.identifier(table)} rename to ${sql.identifier(target)}`);
  for (const { name, kind } of related) {
    const renamed = `${target}${name.slice(table.length)}`;
    // An index behind a constraint is renamed through the constraint, which keeps both names equal.
    const constraint = await select(
      db,
      ConstraintRow,
      sql`select conname from pg_constraint
          where conrelid = ${`public.${target}`}::regclass and conname = ${name}`,
    );
    if (constraint.length > 0) {
      await execute(
        db,
        sql`alter table ${sql.identifier(target)} rename constraint ${sql.identifier(name)} to ${sql.identifier(renamed)}`,
      );
    } else {
      await execute(
        db,
        sql`alter ${sql.raw(kind === 'S' ? 'sequence' : 'index')} ${sql.identifier(name)} rename to ${sql.identifier(renamed)}`,
      );
    }
  }
}

export class AdoptConflictError extends Error {
  constructor(table: string, target: string) {
    super(
      `cannot move ${table} aside: a table named ${target} exists already (an earlier adopt?); ` +
        `rename or drop one of them, then run cais db adopt again`,
    );
  }
}

/** A row of the original `products`, the price in the float's shortest decimal form. */
export interface OriginalProduct {
  id: number;
  name: string | null;
  description: string | null;
  /** `float8::text`: since PostgreSQL 12 the shortest text that reads back as the same double. */
  price: string | null;
  categoria: string | null;
  email_fornecedor: string | null;
  created_at: string | null;
}

const OriginalProductRow = rowShape('readOriginalProducts', {
  id: Type.Integer(),
  name: nullable(Type.String()),
  description: nullable(Type.String()),
  price: nullable(Type.String()),
  categoria: nullable(Type.String()),
  email_fornecedor: nullable(Type.String()),
  created_at: nullable(Type.String()),
});

export async function readOriginalProducts(db: Database): Promise<OriginalProduct[]> {
  // Any positive value gives the shortest exact form; 0 (an old default) would round to 15 digits.
  await execute(db, sql`set local extra_float_digits = 1`);
  return select(
    db,
    OriginalProductRow,
    sql`select id, name::text, description::text, price::text as price, categoria::text,
               email_fornecedor::text, created_at::text as created_at
        from products_original order by id`,
  );
}

/**
 * Copies the rows that need no change, with their ids, straight from the original table: the
 * price from its shortest decimal text, rounded to cents (the report lists each rounding).
 */
export async function copyProducts(db: Database, except: readonly number[]): Promise<number> {
  const row = await selectOne(
    db,
    Copied,
    sql`with copied as (
          insert into products (id, name, description, price, categoria, email_fornecedor,
                                created_at, updated_at)
          overriding system value
          select id, name, description, round(price::text::numeric, 2), categoria,
                 email_fornecedor, created_at, created_at
          from products_original
          where not (id = any(${sql.param(except)}::integer[]))
          returning 1)
        select count(*)::integer as copied from copied`,
  );
  return row?.copied ?? 0;
}

/**
 * Drops the table's plain indexes (not those behind a key or constraint) and returns their
 * definitions: building an index once over 100,000 copied rows is faster than updating it for each
 * row, the trigram index above all. `recreateIndexes` puts them back in the same transaction.
 */
export async function dropPlainIndexes(db: Database, table: 'products'): Promise<string[]> {
  const rows = await select(
    db,
    IndexRow,
    sql`select i.relname as name, pg_get_indexdef(i.oid) as definition
        from pg_index x join pg_class i on i.oid = x.indexrelid
        where x.indrelid = ${`public.${table}`}::regclass and not x.indisunique
          and not exists (select 1 from pg_constraint c where c.conindid = x.indexrelid)
        order by i.relname`,
  );
  for (const { name } of rows) await execute(db, sql`drop index ${sql.identifier(name)}`);
  return rows.map((r) => r.definition);
}

export async function recreateIndexes(db: Database, definitions: readonly string[]): Promise<void> {
  await execute(db, sql`set local maintenance_work_mem = '128MB'`);
  for (const definition of definitions) await execute(db, sql.raw(definition));
}

export interface FixedProduct {
  id: number;
  name: string;
  description: string | null;
  price: string;
  categoria: string;
  email_fornecedor: string;
  created_at: string;
}

/** Inserts rows repaired by `--on-invalid fix`, with their ids. */
export async function insertFixedProducts(
  db: Database,
  rows: readonly FixedProduct[],
): Promise<void> {
  if (rows.length === 0) return;
  await execute(
    db,
    sql`insert into products (id, name, description, price, categoria, email_fornecedor,
                              created_at, updated_at)
        overriding system value
        select id, name, description, price, categoria, email_fornecedor, created_at, created_at
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id integer, name text,
          description text, price numeric, categoria text, email_fornecedor text,
          created_at timestamptz)`,
  );
}

/**
 * Moves a cais identity past every id the original used, skipped rows included, so no new row
 * takes an id a client of the original may still hold.
 */
export async function movePastIds(
  db: Database,
  sequence: 'products_id_seq' | 'crypto_quotes_id_seq',
  highest: number,
): Promise<void> {
  if (highest < 1) return;
  await execute(db, sql`select setval(${sequence}::regclass, ${highest}, true)`);
}
