import { sql } from 'drizzle-orm';
import { query, type Database } from '../db/client.js';
import type { Actor } from './actor.js';
import type { Product, ProductCreate } from './product.schema.js';
import { toProduct } from './products.repository.js';

/**
 * A create and its history entry in one statement: atomic without a transaction, and one round
 * trip like the create before the history existed (writes must stay within 20% of it). The
 * entry's `after` is built in SQL in the shape toProduct gives (ISO times to the millisecond).
 */
export async function insertProductRecorded(
  db: Database,
  input: ProductCreate,
  actor: Actor,
): Promise<Product> {
  const iso = (column: string) =>
    sql.raw(`to_char(p.${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
  const [row] = await query<Record<string, unknown>>(
    db,
    sql`with p as (
          insert into products (name, description, price, categoria, email_fornecedor)
          values (${input.name}, ${input.description ?? null}, ${String(input.price)}::numeric,
                  ${input.categoria}, ${input.email_fornecedor})
          returning *
        ), h as (
          insert into product_history (product_id, action, actor, request_id, before, after)
          select p.id, 'create', ${actor.name}, ${actor.requestId ?? null}, null,
                 jsonb_build_object('id', p.id, 'name', p.name, 'description', p.description,
                   'price', p.price, 'categoria', p.categoria,
                   'email_fornecedor', p.email_fornecedor,
                   'created_at', ${iso('created_at')}, 'updated_at', ${iso('updated_at')})
          from p
        )
        select * from p`,
  );
  if (!row) throw new Error('insert returned no row');
  return toProduct({
    ...row,
    created_at: new Date(row.created_at as string | Date),
    updated_at: new Date(row.updated_at as string | Date),
  } as Parameters<typeof toProduct>[0]);
}
