import { sql } from 'drizzle-orm';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { rowShape, selectOne } from '../db/rows.js';
import type { Actor } from './actor.js';
import type { Product, ProductCreate } from './product.schema.js';
import { toProduct } from './products.repository.js';

/**
 * A create and its history entry in one statement: atomic without a transaction, and one round
 * trip like the create before the history existed (writes must stay within 20% of it). The
 * entry's `after` is built in SQL in the shape toProduct gives (ISO times to the millisecond).
 */
const Nullable = (t: ReturnType<typeof Type.String>) => Type.Union([t, Type.Null()]);
const CreatedRow = rowShape('insertProductRecorded', {
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

export async function insertProductRecorded(
  db: Database,
  input: ProductCreate,
  actor: Actor,
): Promise<Product> {
  const iso = (column: string) =>
    sql.raw(`to_char(p.${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
  const row = await selectOne(
    db,
    CreatedRow,
    sql`with p as (
          insert into products (name, description, price, categoria, email_fornecedor, sku)
          values (${input.name}, ${input.description ?? null}, ${String(input.price)}::numeric,
                  ${input.categoria}, ${input.email_fornecedor}, ${input.sku ?? null})
          returning *
        ), h as (
          insert into product_history (product_id, action, actor, request_id, before, after)
          select p.id, 'create', ${actor.name}, ${actor.requestId ?? null}, null,
                 jsonb_build_object('id', p.id, 'name', p.name, 'description', p.description,
                   'price', p.price, 'categoria', p.categoria,
                   'email_fornecedor', p.email_fornecedor,
                   'created_at', ${iso('created_at')}, 'updated_at', ${iso('updated_at')})
                 || case when p.sku is null then '{}'::jsonb
                         else jsonb_build_object('sku', p.sku) end
          from p
        )
        select p.id, p.name, p.description, p.price::text as price, p.categoria,
               p.email_fornecedor, p.sku, ${iso('created_at')} as created_at,
               ${iso('updated_at')} as updated_at
        from p`,
  );
  if (!row) throw new Error('insert returned no row');
  return toProduct({
    ...row,
    created_at: new Date(row.created_at),
    updated_at: new Date(row.updated_at),
    deleted_at: null,
  });
}
