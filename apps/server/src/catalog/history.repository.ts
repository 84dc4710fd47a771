import { and, asc, count, desc, eq, gt } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { productHistory } from '../db/schema.js';
import type { HistoryAction, HistoryEntry } from './history.schema.js';
import type { Product } from './product.schema.js';

/** All SQL of the product history: append and read, never change (a trigger refuses it too). */

type Row = typeof productHistory.$inferSelect;

const toEntry = (row: Row): HistoryEntry => ({
  id: row.id,
  product_id: row.product_id,
  action: row.action as HistoryAction,
  actor: row.actor,
  request_id: row.request_id,
  at: row.at.toISOString(),
  before: row.before as Product | null,
  after: row.after as Product | null,
});

/** Newest first. */
export async function findHistoryPage(
  db: Database,
  productId: number,
  page: { limit: number; offset: number },
): Promise<{ items: HistoryEntry[]; total: number }> {
  const where = eq(productHistory.product_id, productId);
  const [rows, [counted]] = await Promise.all([
    db
      .select()
      .from(productHistory)
      .where(where)
      .orderBy(desc(productHistory.id))
      .limit(page.limit)
      .offset(page.offset),
    db.select({ total: count() }).from(productHistory).where(where),
  ]);
  return { items: rows.map(toEntry), total: counted?.total ?? 0 };
}

export async function findHistoryEntry(
  db: Database,
  productId: number,
  entryId: number,
): Promise<HistoryEntry | undefined> {
  const [row] = await db
    .select()
    .from(productHistory)
    .where(and(eq(productHistory.product_id, productId), eq(productHistory.id, entryId)));
  return row && toEntry(row);
}

/** Every entry in order, a batch at a time, for the CSV export. */
export async function* allHistory(db: Database, batch = 1000): AsyncGenerator<HistoryEntry> {
  let after = 0;
  for (;;) {
    const rows = await db
      .select()
      .from(productHistory)
      .where(gt(productHistory.id, after))
      .orderBy(asc(productHistory.id))
      .limit(batch);
    for (const row of rows) yield toEntry(row);
    const last = rows.at(-1);
    if (!last || rows.length < batch) return;
    after = last.id;
  }
}
