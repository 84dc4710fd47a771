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
  type FixedProduct,
  type OriginalTable,
} from './originals.repository.js';
import { checkProduct, type OnInvalid, type Rounding } from './product-rows.js';

/** `cais db adopt`: moving in from the originals' database, in one transaction (docs/moving-in.md). */

export type AdoptStep = 'move-aside' | 'migrate' | 'check' | 'products' | 'quotes' | 'rollups';

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
  /** `aborted`: refused rows under --on-invalid abort; the counts are what would have been. */
  outcome: 'adopted' | 'dry-run' | 'aborted' | 'nothing-to-adopt';
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

interface ProductPlan {
  report: ProductsReport;
  repairs: FixedProduct[];
  highestId: number;
}

/** Checks every original product; decides which are copied, repaired or left out. */
async function planProducts(tx: Database, onInvalid: OnInvalid): Promise<ProductPlan> {
  const rows = await readOriginalProducts(tx);
  const adoptedAt = new Date().toISOString();
  const verdicts = rows.map((row) => checkProduct(row, adoptedAt));
  const refused = verdicts.flatMap((v) =>
    v.valid ? [] : [{ id: v.id, problems: v.problems, fix: v.fix?.changes }],
  );
  const repairs =
    onInvalid === 'fix' ? verdicts.flatMap((v) => (!v.valid && v.fix ? [v.fix.row] : [])) : [];
  const fixed = new Set(repairs.map((r) => r.id));
  const highestId = rows.at(-1)?.id ?? 0;
  return {
    report: {
      rows: rows.length,
      // What will be adopted; the copy confirms it.
      adopted: rows.length - refused.length + repairs.length,
      roundings: verdicts.flatMap((v) => (v.rounding ? [v.rounding] : [])),
      refused,
      fixed: [...fixed],
      skipped: refused.map((r) => r.id).filter((id) => !fixed.has(id)),
      nextId: highestId + 1,
    },
    repairs,
    highestId,
  };
}

async function copyPlannedProducts(tx: Database, plan: ProductPlan): Promise<number> {
  const indexes = await dropPlainIndexes(tx, 'products');
  const copied = await copyProducts(
    tx,
    plan.report.refused.map((r) => r.id),
  );
  await insertFixedProducts(tx, plan.repairs);
  await recreateIndexes(tx, indexes);
  await movePastIds(tx, 'products_id_seq', plan.highestId);
  return copied + plan.repairs.length;
}

async function copyPlannedQuotes(
  tx: Database,
  report: QuotesReport,
  highestId: number,
): Promise<void> {
  const { copied, keptIds } = await copyQuotes(tx, report.convert);
  if (keptIds) await movePastIds(tx, 'crypto_quotes_id_seq', highestId);
  await setQuoteCurrency(tx, report.convert);
  report.duplicates = report.adopted - copied;
  report.adopted = copied;
  report.keptIds = keptIds;
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

      // Every row is checked before any is copied, so an abort reports them all and costs little.
      await step('check');
      const plan = present.includes('products')
        ? await planProducts(tx, options.onInvalid)
        : undefined;
      report.products = plan?.report;
      const quotes = present.includes('bitcoin_precos')
        ? await inspectOriginalQuotes(tx)
        : undefined;
      report.quotes = quotes && {
        rows: quotes.rows,
        adopted: quotes.rows - quotes.problems.length,
        convert: options.convert,
        keptIds: true,
        refused: quotes.problems,
        duplicates: 0,
      };
      if (options.onInvalid === 'abort') {
        report.refusedWhileAbort =
          (report.products?.refused.length ?? 0) + (report.quotes?.refused.length ?? 0);
        if (report.refusedWhileAbort > 0 && !options.dryRun) {
          throw new AdoptAbortedError({ ...report, outcome: 'aborted' });
        }
      }

      if (plan && report.products) {
        await step('products');
        report.products.adopted = await copyPlannedProducts(tx, plan);
      }
      if (quotes && report.quotes) {
        await step('quotes');
        await copyPlannedQuotes(tx, report.quotes, quotes.highestId);
        if (report.quotes.adopted > 0) {
          await step('rollups');
          await rebuildRollups(tx, { symbols: ['BTC'], convert: options.convert });
        }
      }
      if (options.dryRun) throw new DryRunRollback(report);
      return report;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.report;
    throw error;
  }
}
