import { Option, type Command } from 'commander';
import { ON_INVALID, type OnInvalid } from '../../db/adopt/product-rows.js';
import {
  addFlag,
  argParser,
  code,
  codes,
  count,
  duration,
  flag,
  instant,
  roleName,
} from '../flags.js';
import { run } from '../context.js';
import {
  adoptCommand,
  migrateCommand,
  readonlyLoginCommand,
  rollupCommand,
  seedCommand,
  seedQuotesCommand,
} from './db.js';

const FLAGS = {
  adoptConvert: flag(
    "the quote currency of the original pipeline's bitcoin_precos rows",
    'BRL',
    code,
  ),
  products: flag('how many products to insert', undefined, count(10_000_000)),
  seed: flag(
    'random seed of the products, to reproduce them (default: random)',
    undefined,
    count(2 ** 32 - 1, 0),
  ),
  quotes: flag(
    'how many random-walk quotes to insert per symbol, ending at --end',
    undefined,
    count(10_000_000),
  ),
  symbols: flag('comma-separated symbols of the quotes (default: ETL_SYMBOLS)', undefined, codes),
  convert: flag('quote currency of the quotes (default: ETL_CONVERT)', undefined, code),
  interval: flag('time between two quotes: 30s, 5m, 1h ...', '5m', duration),
  end: flag(
    'time of the newest quote, ISO 8601 with a zone (default: now, rounded down to the interval)',
    undefined,
    instant,
  ),
  symbol: flag('only this symbol', undefined, code),
  rollupConvert: flag('only this quote currency', undefined, code),
  user: flag('name of the login, such as cais_dashboard', undefined, roleName),
};

interface SeedOptions {
  products?: number;
  seed?: number;
  quotes?: number;
  symbols?: string[];
  convert?: string;
  interval: number;
  end?: Date;
}

/** `cais db seed`: products, quotes or both; the quote flags need --quotes. */
function seedAction(this: Command, options: SeedOptions): Promise<void> {
  if (options.products === undefined && options.quotes === undefined) {
    this.error('error: give --products <n>, --quotes <n> or both (see cais db seed --help)');
  }
  const quoteOnly = (['symbols', 'convert', 'end'] as const).filter(
    (name) => options[name] !== undefined,
  );
  if (options.quotes === undefined && quoteOnly.length > 0) {
    this.error(`error: ${quoteOnly.map((n) => `--${n}`).join(', ')} only apply with --quotes <n>`);
  }
  return run(async (context) => {
    if (options.products !== undefined) {
      await seedCommand(context, {
        products: options.products,
        seed: options.seed ?? Date.now() % 2 ** 32,
      });
    }
    if (options.quotes !== undefined) {
      const step = options.interval * 1000;
      await seedQuotesCommand(context, {
        quotes: options.quotes,
        symbols: options.symbols ?? context.config.etl.symbols,
        convert: options.convert ?? context.config.etl.convert,
        intervalSeconds: options.interval,
        end: options.end ?? new Date(Math.floor(Date.now() / step) * step),
      });
    }
  });
}

/** `cais db migrate|adopt|seed|rollup|readonly-login`. */
export function registerDbCommands(program: Command): void {
  const db = program.command('db').description('database tasks');
  db.command('migrate')
    .description('apply the committed SQL migrations (also done at every start)')
    .action(() => run(migrateCommand));

  const adopt = db
    .command('adopt')
    .description(
      'move in from the originals: rename their tables to *_original (never dropped), create the cais tables and copy their rows in, in one transaction',
    )
    .option('--dry-run', 'print the full report and change nothing')
    .addOption(
      new Option(
        '--on-invalid <what>',
        'rows cais refuses: abort (change nothing), skip them, or fix what can be fixed and skip the rest',
      )
        .choices(ON_INVALID)
        .default('abort'),
    );
  addFlag(adopt, '--convert <code>', FLAGS.adoptConvert)
    .addHelpText(
      'after',
      '\nExamples:\n  cais db adopt --dry-run\n  cais db adopt --on-invalid skip\n' +
        'A second adopt finds nothing to do. See docs/moving-in.md (also for rolling back).',
    )
    .action((options: { dryRun?: boolean; onInvalid: OnInvalid; convert: string }) =>
      run((context) =>
        adoptCommand(context, {
          dryRun: options.dryRun ?? false,
          onInvalid: options.onInvalid,
          convert: options.convert,
        }),
      ),
    );

  const seed = db
    .command('seed')
    .description('insert realistic demo data: catalog products, or price quotes for the dashboard');
  addFlag(seed, '--products <n>', FLAGS.products);
  addFlag(seed, '--seed <n>', FLAGS.seed);
  addFlag(seed, '--quotes <n>', FLAGS.quotes);
  addFlag(seed, '--symbols <list>', FLAGS.symbols);
  addFlag(seed, '--convert <code>', FLAGS.convert);
  addFlag(seed, '--interval <duration>', FLAGS.interval);
  addFlag(seed, '--end <time>', FLAGS.end)
    .addHelpText(
      'after',
      '\nExamples:\n  cais db seed --products 1000\n  cais db seed --quotes 105120 --symbols BTC,ETH   (a year of 5-minute quotes each)',
    )
    .action(seedAction);

  const rollup = db
    .command('rollup')
    .description(
      'rebuild the price rollups (1 h, 3 h, 1 d buckets) from the quotes, with progress; the loader keeps them current, this is for data loaded another way',
    );
  addFlag(rollup, '--symbol <code>', FLAGS.symbol);
  addFlag(rollup, '--convert <code>', FLAGS.rollupConvert).action(
    (options: { symbol?: string; convert?: string }) =>
      run((context) => rollupCommand(context, options)),
  );

  db.command('readonly-login')
    .description(
      'create or update a PostgreSQL login in the read-only role cais_readonly, for the dashboard (password from READONLY_PASSWORD)',
    )
    .argument('<user>', FLAGS.user.description, argParser(FLAGS.user))
    .addHelpText(
      'after',
      '\nThe password is read from READONLY_PASSWORD, never from a flag (flags show in ps and shell history).\n' +
        'The web role then reads with DATABASE_READONLY_URL=postgres://<user>:<password>@host:5432/db.\n' +
        'See docs/dashboard.md.',
    )
    .action((user: string) => run((context) => readonlyLoginCommand(context, user)));
}
