import { sql, type SQL } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { rowShape, selectOne, type RowOf } from '../db/rows.js';
import type { Actor } from './actor.js';
import type { HistoryAction } from './history.schema.js';
import type { Product, ProductChanges, ProductCreate } from './product.schema.js';
import { toProduct } from './products.repository.js';

/**
 * Every catalog write and its history entry in one statement (data-modifying CTEs): atomic
 * without a transaction, and one round trip like the write before the history existed (writes
 * must stay within 20% of it). The entry's images are built in SQL in the shape toProduct gives
 * (ISO times to the millisecond, the price without trailing zeros, `sku` only when set).
 */

const iso = (alias: string, column: string) =>
  sql.raw(`to_char(${alias}.${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);

/** A row of products as the JSON of a Product, for the history's before and after. */
const image = (alias: string) => sql`
  jsonb_build_object('id', ${sql.raw(alias)}.id, 'name', ${sql.raw(alias)}.name,
    'description', ${sql.raw(alias)}.description, 'price', trim_scale(${sql.raw(alias)}.price),
    'categoria', ${sql.raw(alias)}.categoria,
    'email_fornecedor', ${sql.raw(alias)}.email_fornecedor,
    'created_at', ${iso(alias, 'created_at')}, 'updated_at', ${iso(alias, 'updated_at')})
  || case when ${sql.raw(alias)}.sku is null then '{}'::jsonb
          else jsonb_build_object('sku', ${sql.raw(alias)}.sku) end`;

/** The columns of the product a write answers with, as ProductRow reads them. */
const answer = (alias: string) => sql`
  ${sql.raw(alias)}.id, ${sql.raw(alias)}.name, ${sql.raw(alias)}.description,
  ${sql.raw(alias)}.price::text as price, ${sql.raw(alias)}.categoria,
  ${sql.raw(alias)}.email_fornecedor, ${sql.raw(alias)}.sku,
  ${iso(alias, 'created_at')} as created_at, ${iso(alias, 'updated_at')} as updated_at`;

const Nullable = (t: ReturnType<typeof Type.String>) => Type.Union([t, Type.Null()]);
const ProductRow = rowShape('recordedWrite', {
  id: Type.Integer(),
  name: Type.String(),
  description: Nullable(Type.String()),
  price: Type.String(),
  categoria: Type.String(),
  email_fornecedor: Type.String(),
  sku: Nullable(Type.String()),
  // ISO text, the same on both drivers.
  created_at: Type.String(),
  updated_at: Type.String(),
});

const toAnswer = (row: RowOf<typeof ProductRow>) =>
  toProduct({
    ...row,
    created_at: new Date(row.created_at),
    updated_at: new Date(row.updated_at),
    deleted_at: null,
  });

export async function insertProductRecorded(
  db: Database,
  input: ProductCreate,
  actor: Actor,
): Promise<Product> {
  const row = await selectOne(
    db,
    ProductRow,
    sql`with p as (
          insert into products (name, description, price, categoria, email_fornecedor, sku)
          values (${input.name}, ${input.description ?? null}, ${String(input.price)}::numeric,
                  ${input.categoria}, ${input.email_fornecedor}, ${input.sku ?? null})
          returning *
        ), h as (
          insert into product_history (product_id, action, actor, request_id, before, after)
          select p.id, 'create', ${actor.name}, ${actor.requestId ?? null}, null, ${image('p')}
          from p
        )
        select ${answer('p')} from p`,
  );
  if (!row) throw new Error('insert returned no row');
  return toAnswer(row);
}

/** A change of one existing product, and the history action it is recorded as. */
export type RecordedChange =
  | { action: 'update' | 'revert'; changes: ProductChanges }
  | { action: 'delete' | 'restore' | 'purge' };

// Column by column: a body is an object at run time whatever its type says, and spreading it
// would write any column it names.
const setChanges = ({
  name,
  description,
  price,
  categoria,
  email_fornecedor,
  sku,
}: ProductChanges) =>
  sql.join(
    [
      name !== undefined && sql`name = ${name}`,
      description !== undefined && sql`description = ${description}`,
      price !== undefined && sql`price = ${String(price)}::numeric`,
      categoria !== undefined && sql`categoria = ${categoria}`,
      email_fornecedor !== undefined && sql`email_fornecedor = ${email_fornecedor}`,
      sku !== undefined && sql`sku = ${sku}`,
      sql`updated_at = now()`,
    ].filter((set): set is SQL => set !== false),
    sql`, `,
  );

/** The write of each change on the locked row `old`, returning the row as it is after. */
const writeOf = (change: RecordedChange): SQL => {
  switch (change.action) {
    case 'update':
    case 'revert':
      return sql`update products p set ${setChanges(change.changes)} from old where p.id = old.id returning p.*`;
    case 'delete':
      return sql`update products p set deleted_at = now() from old where p.id = old.id returning p.*`;
    case 'restore':
      return sql`update products p set deleted_at = null from old where p.id = old.id returning p.*`;
    case 'purge':
      return sql`delete from products p using old where p.id = old.id returning p.*`;
  }
};

/**
 * Locks the product (a live one, or a trashed one to restore or purge), writes the change and
 * appends its history entry from the same two row images, in one statement. Concurrent writers
 * queue on the row lock, and each sees the row the one before it left (READ COMMITTED re-reads
 * a locked row once its locker commits). Answers with the product after the change (before it,
 * for a delete or purge, as the original service did), or undefined when there is no such row.
 */
export async function changeRecorded(
  db: Database,
  id: number,
  change: RecordedChange,
  actor: Actor,
): Promise<Product | undefined> {
  const trashed = change.action === 'restore' || change.action === 'purge';
  const after = change.action === 'purge' ? sql`null::jsonb` : image('p');
  const answered = change.action === 'delete' || change.action === 'purge' ? 'old' : 'p';
  const action: HistoryAction = change.action;
  const row = await selectOne(
    db,
    ProductRow,
    sql`with old as (
          select * from products
          where id = ${id} and deleted_at is ${trashed ? sql`not null` : sql`null`}
          for update
        ), p as (
          ${writeOf(change)}
        ), h as (
          insert into product_history (product_id, action, actor, request_id, before, after)
          select old.id, ${action}, ${actor.name}, ${actor.requestId ?? null}, ${image('old')},
                 ${after}
          from old join p on p.id = old.id
        )
        select ${answer(answered)} from old join p on p.id = old.id`,
  );
  return row && toAnswer(row);
}
