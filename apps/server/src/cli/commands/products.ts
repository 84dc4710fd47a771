import { readFile } from 'node:fs/promises';
import { createCatalog } from '../../catalog/products.service.js';
import { importProducts, type ImportMode } from '../../catalog/products.transfer.js';
import { AppError } from '../../http/app-error.js';
import { openMigratedDatabase, UsageError, type Context } from '../context.js';
import { createProgress } from '../progress.js';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * `cais products import FILE`: the API's import from a file, with progress. Every invalid row is
 * printed as `FILE:LINE: field message`; a dry run or a refused all-or-nothing import exits 1
 * when there are any, so scripts can check a file before importing it.
 */
export async function productsImportCommand(
  context: Context,
  options: { file: string; mode: ImportMode },
): Promise<void> {
  const { log } = context;
  let text: string;
  try {
    text = strictUtf8.decode(await readFile(options.file));
  } catch (error) {
    const reason = error instanceof TypeError ? 'it is not UTF-8' : (error as Error).message;
    throw new UsageError(`Cannot read ${options.file}: ${reason}`);
  }
  const format = /\.(nd)?jsonl?$/i.test(options.file) ? 'ndjson' : 'csv';
  const database = await openMigratedDatabase(context);
  const progress = createProgress('importing', log);
  try {
    const report = await importProducts(createCatalog(database.db), text, {
      format,
      mode: options.mode,
      onProgress: (written, total) => {
        progress.update(written, total, 'rows written');
      },
    }).catch((error: unknown) => {
      if (error instanceof AppError) throw new UsageError(`${options.file}: ${error.detail}`);
      throw error;
    });
    progress.finish();
    for (const e of report.errors) {
      process.stdout.write(`${options.file}:${e.line}: ${e.field} ${e.message}\n`);
    }
    const summary =
      `${report.rows.toLocaleString('en')} rows, ${report.invalid.toLocaleString('en')} invalid; ` +
      (report.committed
        ? `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged`
        : 'nothing written');
    log.info(`${options.mode}: ${summary}`);
    if (!report.committed && report.invalid > 0) {
      throw new UsageError(
        `${options.file} has ${report.invalid} invalid rows (listed above); nothing was written`,
      );
    }
  } finally {
    progress.finish();
    await database.close();
  }
}
