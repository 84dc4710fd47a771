import { seedProducts } from '../../catalog/seed.js';
import { adoptOriginals, AdoptAbortedError } from '../../db/adopt/adopt.js';
import { formatAdoptReport } from '../../db/adopt/adopt-report.js';
import type { OnInvalid } from '../../db/adopt/product-rows.js';
import type { DatabaseHandle } from '../../db/client.js';
import { migrate } from '../../db/migrate.js';
import { grantReadonlyLogin, READONLY_ROLE } from '../../db/roles.js';
import { seedQuotes } from '../../prices/demo-quotes.js';
import { rebuildRollups } from '../../prices/rollups.js';
import { UsageError, type Context } from '../context.js';
import { stopwatch, withDatabase } from '../database.js';
import { createProgress, type Progress } from '../progress.js';

const n = (value: number) => value.toLocaleString('en');

/** Runs long work on the database with a progress line (ended whatever happens) and a stopwatch. */
async function withProgress(
  context: Context,
  label: string,
  work: (database: DatabaseHandle, progress: Progress, seconds: () => number) => Promise<void>,
): Promise<void> {
  const progress = createProgress(label, context.log);
  try {
    await withDatabase(context, (database) => work(database, progress, stopwatch()));
  } finally {
    progress.finish();
  }
}

export async function migrateCommand(context: Context): Promise<void> {
  await withDatabase(
    context,
    async (database) => {
      await migrate(database);
      context.log.info(`migrations applied: ${database.location}`);
    },
    { migrated: false },
  );
}

export interface AdoptCommandOptions {
  dryRun: boolean;
  onInvalid: OnInvalid;
  convert: string;
}

/** `cais db adopt`: moves in from the originals' tables; prints the full report. */
export async function adoptCommand(context: Context, options: AdoptCommandOptions): Promise<void> {
  const { config, log } = context;
  const print = (text: string) => process.stdout.write(`${text}\n`);
  await withDatabase(
    context,
    async (database) => {
      try {
        const report = await adoptOriginals(database.db, {
          ...options,
          onStep: (step) => {
            log.debug(`adopt: ${step}`);
          },
        });
        print(formatAdoptReport(report, database.location));
        if (options.convert !== config.etl.convert && report.quotes) {
          log.warn(
            `the quotes were adopted in ${options.convert} but ETL_CONVERT is ${config.etl.convert}: ` +
              `bitcoin_precos shows ${config.etl.convert} quotes from the next ETL run on`,
          );
        }
      } catch (error) {
        if (error instanceof AdoptAbortedError)
          print(formatAdoptReport(error.report, database.location));
        throw error;
      }
    },
    { migrated: false },
  );
}

export async function seedCommand(
  context: Context,
  options: { products: number; seed: number },
): Promise<void> {
  const { log } = context;
  await withDatabase(context, async (database) => {
    const seconds = stopwatch();
    let reported = 0;
    await seedProducts(database.db, options.products, {
      seed: options.seed,
      onProgress: ({ inserted, total }) => {
        // About ten progress lines, however many products.
        if (inserted === total || inserted - reported >= total / 10) {
          reported = inserted;
          log.info(`seeding: ${n(inserted)} of ${n(total)} products`);
        }
      },
    });
    const took = seconds();
    log.info(
      `seeded ${n(options.products)} products in ${took.toFixed(1)} s ` +
        `(${n(Math.round(options.products / took))}/s, --seed ${options.seed})`,
    );
  });
}

export async function rollupCommand(
  context: Context,
  options: { symbol?: string | undefined; convert?: string | undefined },
): Promise<void> {
  const { log } = context;
  await withProgress(context, 'rollup', async (database, progress, seconds) => {
    const { series, days } = await rebuildRollups(
      database.db,
      { symbols: options.symbol ? [options.symbol] : undefined, convert: options.convert },
      ({ done, total, series: name }) => {
        progress.update(done, total, `${name}, days`);
      },
    );
    progress.finish();
    log.info(
      series === 0
        ? 'no quotes to roll up'
        : `rolled up ${series} series over ${n(days)} days in ${seconds().toFixed(1)} s`,
    );
  });
}

export interface QuoteSeedOptions {
  quotes: number;
  symbols: string[];
  convert: string;
  intervalSeconds: number;
  end: Date;
}

export async function seedQuotesCommand(
  context: Context,
  options: QuoteSeedOptions,
): Promise<void> {
  const { log } = context;
  await withProgress(context, 'rollup', async (database, progress, seconds) => {
    log.info(
      `seeding ${n(options.quotes)} quotes for each of ${options.symbols.join(', ')} ` +
        `in ${options.convert}, one every ${options.intervalSeconds} s up to ${options.end.toISOString()}`,
    );
    const inserted = await seedQuotes(database.db, {
      symbols: options.symbols,
      convert: options.convert,
      count: options.quotes,
      intervalSeconds: options.intervalSeconds,
      end: options.end,
      onSeries: ({ symbol, inserted: rows }) => {
        log.info(`seeding: ${symbol} done, ${n(rows)} new quotes`);
      },
      onRollup: ({ done, total, series }) => {
        progress.update(done, total, `${series}, days`);
      },
    });
    progress.finish();
    log.info(`seeded ${n(inserted)} quotes and their rollups in ${seconds().toFixed(1)} s`);
  });
}

/** Creates or updates a login of the read-only role, its password from READONLY_PASSWORD. */
export async function readonlyLoginCommand(context: Context, user: string): Promise<void> {
  const password = context.config.database.readonlyPassword;
  if (password === undefined) {
    throw new UsageError(
      'READONLY_PASSWORD is not set: put the password of the read-only login in it (never on the command line)',
    );
  }
  await withDatabase(context, async (database) => {
    const outcome = await grantReadonlyLogin(database, user, password);
    context.log.info(
      `read-only login ${user} ${outcome} (member of ${READONLY_ROLE}); ` +
        `the web role reads with DATABASE_READONLY_URL=postgres://${user}:<READONLY_PASSWORD>@host:port/db`,
    );
  });
}
