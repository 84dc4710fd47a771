import { seedProducts } from '../../catalog/seed.js';
import { adoptOriginals, AdoptAbortedError } from '../../db/adopt/adopt.js';
import { formatAdoptReport } from '../../db/adopt/adopt-report.js';
import type { OnInvalid } from '../../db/adopt/product-rows.js';
import { openDatabase } from '../../db/client.js';
import { migrate } from '../../db/migrate.js';
import { READONLY_ROLE, roleInfo, upsertReadonlyLogin } from '../../db/roles.repository.js';
import { seedQuotes } from '../../prices/demo-quotes.js';
import { rebuildRollups } from '../../prices/rollups.js';
import { openMigratedDatabase, UsageError, type Context } from '../context.js';
import { createProgress } from '../progress.js';

export async function migrateCommand({ config, log }: Context): Promise<void> {
  const database = await openDatabase(config.database, log);
  try {
    await migrate(database);
    log.info(`migrations applied: ${database.location}`);
  } finally {
    await database.close();
  }
}

export interface AdoptCommandOptions {
  dryRun: boolean;
  onInvalid: OnInvalid;
  convert: string;
}

/** `cais db adopt`: moves in from the originals' tables; prints the full report. */
export async function adoptCommand(
  { config, log }: Context,
  options: AdoptCommandOptions,
): Promise<void> {
  const database = await openDatabase(config.database, log);
  const print = (text: string) => process.stdout.write(`${text}\n`);
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
  } finally {
    await database.close();
  }
}

export async function seedCommand(
  context: Context,
  options: { products: number; seed: number },
): Promise<void> {
  const { log } = context;
  const database = await openMigratedDatabase(context);
  const started = performance.now();
  let reported = 0;
  try {
    await seedProducts(database.db, options.products, {
      seed: options.seed,
      onProgress: ({ inserted, total }) => {
        // About ten progress lines, however many products.
        if (inserted === total || inserted - reported >= total / 10) {
          reported = inserted;
          log.info(
            `seeding: ${inserted.toLocaleString('en')} of ${total.toLocaleString('en')} products`,
          );
        }
      },
    });
    const seconds = (performance.now() - started) / 1000;
    log.info(
      `seeded ${options.products.toLocaleString('en')} products in ${seconds.toFixed(1)} s ` +
        `(${Math.round(options.products / seconds).toLocaleString('en')}/s, --seed ${options.seed})`,
    );
  } finally {
    await database.close();
  }
}

export async function rollupCommand(
  context: Context,
  options: { symbol?: string | undefined; convert?: string | undefined },
): Promise<void> {
  const { log } = context;
  const database = await openMigratedDatabase(context);
  const progress = createProgress('rollup', log);
  const started = performance.now();
  try {
    const { series, days } = await rebuildRollups(
      database.db,
      { symbols: options.symbol ? [options.symbol] : undefined, convert: options.convert },
      ({ done, total, series: name }) => {
        progress.update(done, total, `${name}, days`);
      },
    );
    progress.finish();
    const seconds = (performance.now() - started) / 1000;
    log.info(
      series === 0
        ? 'no quotes to roll up'
        : `rolled up ${series} series over ${days.toLocaleString('en')} days in ${seconds.toFixed(1)} s`,
    );
  } finally {
    progress.finish();
    await database.close();
  }
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
  const database = await openMigratedDatabase(context);
  const progress = createProgress('rollup', log);
  const started = performance.now();
  try {
    log.info(
      `seeding ${options.quotes.toLocaleString('en')} quotes for each of ${options.symbols.join(', ')} ` +
        `in ${options.convert}, one every ${options.intervalSeconds} s up to ${options.end.toISOString()}`,
    );
    const inserted = await seedQuotes(database.db, {
      symbols: options.symbols,
      convert: options.convert,
      count: options.quotes,
      intervalSeconds: options.intervalSeconds,
      end: options.end,
      onSeries: ({ symbol, inserted: rows }) => {
        log.info(`seeding: ${symbol} done, ${rows.toLocaleString('en')} new quotes`);
      },
      onRollup: ({ done, total, series }) => {
        progress.update(done, total, `${series}, days`);
      },
    });
    progress.finish();
    const seconds = (performance.now() - started) / 1000;
    log.info(
      `seeded ${inserted.toLocaleString('en')} quotes and their rollups in ${seconds.toFixed(1)} s`,
    );
  } finally {
    progress.finish();
    await database.close();
  }
}

/** Creates or updates a login of the read-only role, its password from READONLY_PASSWORD. */
export async function readonlyLoginCommand(context: Context, user: string): Promise<void> {
  const { config, log } = context;
  const password = config.database.readonlyPassword;
  if (password === undefined) {
    throw new UsageError(
      'READONLY_PASSWORD is not set: put the password of the read-only login in it (never on the command line)',
    );
  }
  const database = await openMigratedDatabase(context);
  try {
    if (database.kind === 'pglite') {
      throw new UsageError(
        'The embedded PGlite database has no logins; set DATABASE_URL to the PostgreSQL server the dashboard reads',
      );
    }
    if (!(await roleInfo(database.db, READONLY_ROLE)).exists) {
      throw new UsageError(
        `The role ${READONLY_ROLE} does not exist: the migrating user could not create it (it lacks CREATEROLE); ` +
          'an administrator can create it as docs/dashboard.md shows',
      );
    }
    if ((await roleInfo(database.db, user)).privileged) {
      throw new UsageError(
        `${user} is a privileged role (superuser, CREATEROLE or CREATEDB, or the one connected): choose another name for the read-only login`,
      );
    }
    const outcome = await upsertReadonlyLogin(database.db, user, password);
    log.info(
      `read-only login ${user} ${outcome} (member of ${READONLY_ROLE}); ` +
        `the web role reads with DATABASE_READONLY_URL=postgres://${user}:<READONLY_PASSWORD>@host:port/db`,
    );
  } finally {
    await database.close();
  }
}
