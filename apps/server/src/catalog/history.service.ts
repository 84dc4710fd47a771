import { stringify } from 'csv-stringify';
import { AppError } from '../http/app-error.js';
import type { Actor } from './actor.js';
import * as history from './history.repository.js';
import type { HistoryEntry, PageQuery } from './history.schema.js';
import type { Product } from './product.schema.js';
import { afterWrite, recordedChange, throwError, type Catalog } from './products.service.js';

/** The history's use cases: read a product's changes, revert to one, export them all. */

export async function productHistory(
  { db }: Catalog,
  productId: number,
  page: PageQuery,
): Promise<{ items: HistoryEntry[]; total: number }> {
  const found = await history.findHistoryPage(db, productId, page);
  if (found.total === 0) throw new AppError('not_found', 'No product with this id has a history');
  return found;
}

/** Makes the product as it was after `entryId` (as a new `revert` entry); If-Match applies. */
export async function revertProduct(
  catalog: Catalog,
  actor: Actor,
  productId: number,
  entryId: number,
  ifMatch: string | undefined,
): Promise<Product> {
  const entry =
    (await history.findHistoryEntry(catalog.db, productId, entryId)) ??
    throwError(new AppError('not_found', 'This product has no history entry with this id'));
  const version = entry.after ?? entry.before;
  if (!version) throw new Error('history entry without a product');
  const { name, description, price, categoria, email_fornecedor } = version;
  return afterWrite(
    catalog,
    recordedChange(catalog.db, actor, productId, ifMatch, {
      action: 'revert',
      changes: { name, description, price, categoria, email_fornecedor },
    }),
  );
}

export const HISTORY_CSV_COLUMNS = [
  'id',
  'product_id',
  'action',
  'actor',
  'request_id',
  'at',
  'before',
  'after',
] as const;

/** Every entry as CSV, oldest first; before and after are JSON text in their cells. */
export function historyCsv({ db }: Catalog): NodeJS.ReadableStream {
  const csv = stringify({ header: true, columns: [...HISTORY_CSV_COLUMNS] });
  void (async () => {
    try {
      for await (const entry of history.allHistory(db)) {
        const row = {
          ...entry,
          before: entry.before && JSON.stringify(entry.before),
          after: entry.after && JSON.stringify(entry.after),
        };
        // Respect backpressure: a large history must not pile up in memory.
        if (!csv.write(row)) await new Promise((resolve) => csv.once('drain', resolve));
      }
      csv.end();
    } catch (error) {
      csv.destroy(error as Error);
    }
  })();
  return csv;
}
