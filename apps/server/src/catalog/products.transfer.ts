import type { Database } from '../db/client.js';
import * as list from './product-list.repository.js';
import type { ListQuery } from './product.schema.js';
import { productsCsv, productsNdjson, readImport, type RowError } from './products.csv.js';
import * as repo from './products.repository.js';
import { listFilter, parseSort, type Catalog } from './products.service.js';

/** The catalog in and out as files: export of a filtered list, import with a dry run. */

export type ExportQuery = Omit<ListQuery, 'limit' | 'offset' | 'cursor'>;
export type ExportFormat = 'csv' | 'ndjson';

/**
 * The filtered list in its order, as CSV or JSON lines, read by keyset in batches: memory stays
 * flat however many products, and each appears once even while others are written. Bad filters
 * throw here, before anything is sent.
 */
export function exportProducts(
  { db }: Catalog,
  query: ExportQuery,
  format: ExportFormat,
  batch = 2_000,
): AsyncGenerator<string> {
  const filter = listFilter(query);
  const sort = parseSort(query.sort, query.q !== undefined);
  async function* lines(): AsyncGenerator<string> {
    let header = format === 'csv';
    for await (const products of list.allProducts(db, filter, sort, batch)) {
      yield format === 'csv' ? productsCsv(products, header) : productsNdjson(products);
      header = false;
    }
    if (header) yield productsCsv([], true);
  }
  return lines();
}

export const IMPORT_MODES = ['dry-run', 'all-or-nothing', 'valid-rows'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];

export interface ImportReport {
  mode: ImportMode;
  /** Rows read from the file, valid or not. */
  rows: number;
  valid: number;
  invalid: number;
  created: number;
  updated: number;
  /** Valid rows whose sku names a product that already has the same values. */
  unchanged: number;
  /** True when the valid rows were written. */
  committed: boolean;
  /** Every invalid row: its line, the field and why. */
  errors: RowError[];
}

const IMPORT_BATCH = 1_000;

/**
 * Imports a file of products. `dry-run` writes nothing; `all-or-nothing` writes only a file with
 * no invalid row; `valid-rows` writes the valid ones. Writes are one transaction, so a failure at
 * any row (or from `onProgress`, called after each batch) leaves the catalog as it was.
 */
export async function importProducts(
  catalog: Catalog,
  text: string,
  options: {
    format: 'csv' | 'ndjson';
    mode: ImportMode;
    onProgress?: (written: number, total: number) => void | Promise<void>;
  },
): Promise<ImportReport> {
  const parsed = readImport(text, options.format);
  const report: ImportReport = {
    mode: options.mode,
    rows: parsed.total,
    valid: parsed.rows.length,
    invalid: parsed.total - parsed.rows.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    committed: false,
    errors: parsed.errors,
  };
  const write =
    options.mode === 'valid-rows' || (options.mode === 'all-or-nothing' && report.invalid === 0);
  if (!write || parsed.rows.length === 0) return report;
  const products = parsed.rows.map((r) => r.product);
  try {
    await catalog.db.transaction(async (tx: Database) => {
      for (let at = 0; at < products.length; at += IMPORT_BATCH) {
        const counts = await repo.upsertProducts(tx, products.slice(at, at + IMPORT_BATCH));
        report.created += counts.created;
        report.updated += counts.updated;
        await options.onProgress?.(Math.min(at + IMPORT_BATCH, products.length), products.length);
      }
    });
  } finally {
    catalog.totals.clear();
  }
  report.unchanged = report.valid - report.created - report.updated;
  report.committed = true;
  return report;
}
