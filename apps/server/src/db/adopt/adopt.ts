import { rebuildRollups } from '../../prices/rollups.js';
import type { Database } from '../client.js';
import { migrateWithin } from '../migrate.js';
import {
  copyProducts,
  copyQuotes,
  dropPlainIndexes,
  findOriginals,
  insertFixedProducts,
  inspectOriginalQuotes,
  moveAside,
  movePastIds,
  readOriginalProducts,
  recreateIndexes,
  setQuoteCurrency,
  type OriginalTable,
} from './originals.repository.js';
import { checkProduct, type OnInvalid, type Rounding } from './product-rows.js';

/** `cais db adopt`: moving in from the originals' database, in one transaction (docs/moving-in.md). */

export type AdoptStep = 'move-aside' | 'migrate' | 'products' | 'quotes' | 'rollups';

export interface AdoptOptions {
  dryRun: boolean;
  onInvalid: OnInvalid;
  /** The quote currency of the original pipeline's rows (it collected BRL). */
  convert: string;
  /** Called as each step begins: progress for a person, a failure point for a test. */
  onStep?: (step: AdoptStep) => void | Promise<void>;
}

export interface RefusedRow {
  id: number;
  problems: string[];
  /** What `--on-invalid fix` changes; undefined when no safe repair exists (then it skips). */
  fix: string[] | undefined;
}

export interface ProductsReport {
  rows: number;
  /** Rows now in products (copied as they were, or repaired). */
  adopted: number;
  roundings: Rounding[];
  refused: RefusedRow[];
  /** Refused rows left out (in `_original` still). */
  skipped: number[];
  /** Refused rows repaired and adopted. */
  fixed: number[];
  /** The id the next new product gets. */
  nextId: number;
}

export interface QuotesReport {
  rows: number;
  adopted: number;
  convert: string;
  /** Whether the rows kept their ids (they do unless crypto_quotes had rows already). */
  keptIds: boolean;
  refused: { id: number; reason: string }[];
  /** Rows crypto_quotes had already (same time): the ones there win. */
  duplicates: number;
}

export interface AdoptReport {
  outcome: 'adopted' | 'dry-run' | 'nothing-to-adopt';
  onInvalid: OnInvalid;
  found: OriginalTable[];
  /** `_original` tables of an earlier adopt. */
  alreadyAside: string[];
  migrations: number;
  products: ProductsReport | undefined;
  quotes: QuotesReport | undefined;
  /** Rows refused while --on-invalid is abort: a real adopt stops (a dry run says so). */
  refusedWhileAbort: number;
}

/** Adopt found rows cais refuses and --on-invalid abort said to stop: nothing was changed. */
export class AdoptAbortedError extends Error {
  constructor(readonly report: AdoptReport) {
    super(
      `nothing was changed: ${report.refusedWhileAbort} rows are refused (listed above) and ` +
        '--on-invalid is abort; run again with --on-invalid skip (leave them out) or fix ' +
        '(repair what can be repaired, leave out the rest)',
    );
  }
}

/** Thrown inside the transaction to roll a dry run back, carrying its report out. */
class DryRunRollback extends Error {
  constructor(readonly report: AdoptReport) {
    super('dry run');
  }
}

async function adoptProducts(
  tx: Database,
  onInvalid: OnInvalid,
  dryRun: boolean,
): Promise<ProductsReport> {
  const rows = await readOriginalProducts(tx);
  const adoptedAt = new Date().toISOString();
  const verdicts = rows.map((row) => checkProduct(row, adoptedAt));
  const refused = verdicts.flatMap((v) =>
    v.valid ? [] : [{ id: v.id, problems: v.problems, fix: v.fix?.changes }],
  );
  const repairs =
    onInvalid === 'fix' ? verdicts.flatMap((v) => (!v.valid && v.fix ? [v.fix.row] : [])) : [];
  const report: ProductsReport = {
    rows: rows.length,
    adopted: 0,
    roundings: verdicts.flatMap((v) => (v.rounding ? [v.rounding] : [])),
    refused,
    fixed: repairs.map((r) => r.id),
    skipped: refused.map((r) => r.id).filter((id) => !repairs.some((r) => r.id === id)),
    nextId: 1,
  };
  if (refused.length > 0 && onInvalid === 'abort' && !dryRun) return report;
  const indexes = await dropPlainIndexes(tx, 'products');
  report.adopted =
    (await copyProducts(
      tx,
      refused.map((r) => r.id),
    )) + repairs.length;
  await insertFixedProducts(tx, repairs);
  await recreateIndexes(tx, indexes);
  const highest = rows.at(-1)?.id ?? 0;
  await movePastIds(tx, 'products_id_seq', highest);
  report.nextId = highest + 1;
  return report;
}

async function adoptQuotes(tx: Database, convert: string): Promise<QuotesReport> {
  const inspected = await inspectOriginalQuotes(tx);
  const { copied, keptIds } = await copyQuotes(tx, convert);
  if (keptIds) await movePastIds(tx, 'crypto_quotes_id_seq', inspected.highestId);
  await setQuoteCurrency(tx, convert);
  return {
    rows: inspected.rows,
    adopted: copied,
    convert,
    keptIds,
    refused: inspected.problems,
    duplicates: inspected.rows - inspected.problems.length - copied,
  };
}

/**
 * Moves the originals' tables aside (renamed `<name>_original`, never dropped), creates the cais
 * schema and copies their rows in, all in one transaction: any failure, or a dry run, leaves the
 * database exactly as it was. A database with no original table left is not touched.
 */
export async function adoptOriginals(db: Database, options: AdoptOptions): Promise<AdoptReport> {
  const step = async (name: AdoptStep) => {
    await options.onStep?.(name);
  };
  try {
    return await db.transaction(async (tx) => {
      const { present, aside } = await findOriginals(tx);
      const report: AdoptReport = {
        outcome: options.dryRun ? 'dry-run' : 'adopted',
        onInvalid: options.onInvalid,
        found: present,
        alreadyAside: aside,
        migrations: 0,
        products: undefined,
        quotes: undefined,
        refusedWhileAbort: 0,
      };
      if (present.length === 0) return { ...report, outcome: 'nothing-to-adopt' };

      await step('move-aside');
      for (const table of present) await moveAside(tx, table);
      await step('migrate');
      report.migrations = await migrateWithin(tx);
      if (present.includes('products')) {
        await step('products');
        report.products = await adoptProducts(tx, options.onInvalid, options.dryRun);
      }
      if (present.includes('bitcoin_precos')) {
        await step('quotes');
        report.quotes = await adoptQuotes(tx, options.convert);
      }
      if (options.onInvalid === 'abort') {
        report.refusedWhileAbort =
          (report.products?.refused.length ?? 0) + (report.quotes?.refused.length ?? 0);
        if (report.refusedWhileAbort > 0 && !options.dryRun) throw new AdoptAbortedError(report);
      }
      if (report.quotes && report.quotes.adopted > 0) {
        await step('rollups');
        await rebuildRollups(tx, { symbols: ['BTC'], convert: options.convert });
      }
      if (options.dryRun) throw new DryRunRollback(report);
      return report;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
}
