import { and, count, desc, isNotNull, lt } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { products } from '../db/schema.js';
import type { Product } from './product.schema.js';
import { toProduct } from './products.repository.js';

/** All SQL of the trash: the products rows whose deleted_at is set. */

const trashed = isNotNull(products.deleted_at);

export interface TrashedProduct extends Product {
  deleted_at: string;
}

const toTrashed = (row: typeof products.$inferSelect): TrashedProduct => ({
  ...toProduct(row),
  deleted_at: (row.deleted_at ?? new Date(0)).toISOString(),
});

/** Most recently deleted first. */
export async function findTrashPage(
  db: Database,
  page: { limit: number; offset: number },
): Promise<{ items: TrashedProduct[]; total: number }> {
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(products)
      .where(trashed)
      .orderBy(desc(products.deleted_at), desc(products.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(products).where(trashed),
  ]);
  return { items: rows.map(toTrashed), total: counted?.total ?? 0 };
}

/** Ids of products trashed before `cutoff`, oldest first, for the automatic purge. */
export async function trashedBefore(db: Database, cutoff: Date, limit: number): Promise<number[]> {
  const rows = await db
    .select({ id: products.id })
    .from(products)
    .where(and(trashed, lt(products.deleted_at, cutoff)))
    .orderBy(products.deleted_at)
    .limit(limit);
  return rows.map((r) => r.id);
}
