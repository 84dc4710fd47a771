import { Command, InvalidArgumentError, Option } from 'commander';
import { ENV } from '../config/env.js';
import { VERSION } from '../version.js';
import { apiCommand } from './commands/api.js';
import { costCommand, type CostOptions } from './commands/cost.js';
import { ON_INVALID, type OnInvalid } from '../db/adopt/product-rows.js';
import {
  adoptCommand,
  migrateCommand,
  readonlyLoginCommand,
  rollupCommand,
  seedCommand,
  seedQuotesCommand,
} from './commands/db.js';
import {
  etlReplayCommand,
  etlRunCommand,
  etlScheduleCommand,
  etlStatusCommand,
} from './commands/etl.js';
import { registerLakeCommands } from './commands/lake.register.js';
import { registerUserCommands } from './commands/users.register.js';
import { startCommand } from './commands/start.js';
import { webCommand } from './commands/web.js';
import { run } from './context.js';

const integer = (min: number, max: number) => (raw: string) => {
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new InvalidArgumentError(
      `must be an integer from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}`,
    );
  }
  return Number(raw);
};

/** A UTC calendar day; 2026-02-30 is no day. */
const day = (raw: string) => {
  const date = new Date(`${raw}T00:00:00Z`);
  if (
    !/^\d{4}-\d{2}-\d{2}$/.test(raw) ||
    Number.isNaN(date.getTime()) ||
    !date.toISOString().startsWith(raw)
  ) {
    throw new InvalidArgumentError('must be a calendar day as YYYY-MM-DD (UTC)');
  }
  return raw;
};

/** A duration such as 30s, 5m, 1h or 1d, in seconds. */
const duration = (raw: string) => {
  const match = /^(\d+)(s|m|h|d)$/.exec(raw);
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[match?.[2] ?? ''] ?? 0;
  const seconds = Number(match?.[1] ?? 0) * unit;
  if (seconds < 1 || seconds > 7 * 86400)
    throw new InvalidArgumentError('must be a duration from 1s to 7d, such as 30s, 5m or 1h');
  return seconds;
};

/** An ISO 8601 time with its zone (Z or an offset). */
const instant = (raw: string) => {
  const date = new Date(raw);
  if (
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(raw) ||
    Number.isNaN(date.getTime())
  )
    throw new InvalidArgumentError(
      'must be a time such as 2026-11-22T10:00:00Z (with Z or an offset)',
    );
  return date;
};

const code = (raw: string) => {
  if (!/^[A-Za-z0-9]{1,20}$/.test(raw))
    throw new InvalidArgumentError('must be 1 to 20 letters or digits, such as BTC or BRL');
  return raw.toUpperCase();
};

const codes = (raw: string) => {
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0)
    throw new InvalidArgumentError('must list at least one symbol, such as BTC,ETH');
  return [...new Set(items.map(code))];
};

/** A role name PostgreSQL takes unquoted. */
const roleName = (raw: string) => {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(raw))
    throw new InvalidArgumentError(
      'must be a lower-case role name (letters, digits, _; at most 63)',
    );
  return raw;
};

const environmentHelp = () =>
  '\nEnvironment variables (all optional):\n' +
  Object.entries(ENV)
    .map(
      ([name, v]) =>
        `  ${name.padEnd(20)} ${v.description.replace(/`/g, '')}${v.default ? ` (default: ${v.default})` : ''}`,
    )
    .join('\n');

export function buildProgram(): Command {
  const program = new Command('cais')
    .description(
      'Product catalog and crypto price pipeline: one command locally, AWS in production.',
    )
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', environmentHelp());

  program
    .command('start')
    .description(
      'run everything in one process (the local default): the catalog API on API_PORT and the web UI on WEB_PORT',
    )
    .action(() => run(startCommand));

  program
    .command('api')
    .description('run the catalog API (Fastify) on API_PORT, with its docs at /docs')
    .action(() => run(apiCommand));

  program
    .command('web')
    .description(
      'serve the web UI on WEB_PORT, forwarding /api to the api at API_URL; with DATABASE_READONLY_URL it serves /api/prices and /api/pipeline itself (build it first: npm run build)',
    )
    .action(() => run(webCommand));

  const db = program.command('db').description('database tasks');
  db.command('migrate')
    .description('apply the committed SQL migrations (also done at every start)')
    .action(() => run(migrateCommand));
  db.command('adopt')
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
    )
    .option(
      '--convert <code>',
      "the quote currency of the original pipeline's bitcoin_precos rows",
      code,
      'BRL',
    )
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
  db.command('seed')
    .description('insert realistic demo data: catalog products, or price quotes for the dashboard')
    .option('--products <n>', 'how many products to insert', integer(1, 10_000_000))
    .option(
      '--seed <n>',
      'random seed of the products, to reproduce them (default: random)',
      integer(0, 2 ** 32 - 1),
    )
    .option(
      '--quotes <n>',
      'how many random-walk quotes to insert per symbol, ending at --end',
      integer(1, 10_000_000),
    )
    .option(
      '--symbols <list>',
      'comma-separated symbols of the quotes (default: ETL_SYMBOLS)',
      codes,
    )
    .option('--convert <code>', 'quote currency of the quotes (default: ETL_CONVERT)', code)
    .option('--interval <duration>', 'time between two quotes: 30s, 5m, 1h ...', duration, 300)
    .option(
      '--end <time>',
      'time of the newest quote, ISO 8601 with a zone (default: now, rounded down to the interval)',
      instant,
    )
    .addHelpText(
      'after',
      '\nExamples:\n  cais db seed --products 1000\n  cais db seed --quotes 105120 --symbols BTC,ETH   (a year of 5-minute quotes each)',
    )
    .action(function (
      this: Command,
      options: {
        products?: number;
        seed?: number;
        quotes?: number;
        symbols?: string[];
        convert?: string;
        interval: number;
        end?: Date;
      },
    ) {
      if (options.products === undefined && options.quotes === undefined) {
        this.error('error: give --products <n>, --quotes <n> or both (see cais db seed --help)');
      }
      const quoteOnly = ['symbols', 'convert', 'end'].filter(
        (name) => options[name as keyof typeof options] !== undefined,
      );
      if (options.quotes === undefined && quoteOnly.length > 0) {
        this.error(
          `error: ${quoteOnly.map((n) => `--${n}`).join(', ')} only apply with --quotes <n>`,
        );
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
    });
  db.command('rollup')
    .description(
      'rebuild the price rollups (1 h, 3 h, 1 d buckets) from the quotes, with progress; the loader keeps them current, this is for data loaded another way',
    )
    .option('--symbol <code>', 'only this symbol', code)
    .option('--convert <code>', 'only this quote currency', code)
    .action((options: { symbol?: string; convert?: string }) =>
      run((context) => rollupCommand(context, options)),
    );
  db.command('readonly-login')
    .description(
      'create or update a PostgreSQL login in the read-only role cais_readonly, for the dashboard (password from READONLY_PASSWORD)',
    )
    .argument('<user>', 'name of the login, such as cais_dashboard', roleName)
    .addHelpText(
      'after',
      '\nThe password is read from READONLY_PASSWORD, never from a flag (flags show in ps and shell history).\n' +
        'The web role then reads with DATABASE_READONLY_URL=postgres://<user>:<password>@host:5432/db.\n' +
        'See docs/dashboard.md.',
    )
    .action((user: string) => run((context) => readonlyLoginCommand(context, user)));

  const etl = program
    .command('etl')
    .description('the crypto price pipeline: CoinMarketCap -> lake (source of truth) -> database')
    .addHelpText(
      'after',
      '\nThe ETL reads CMC_API_KEY, CMC_BASE_URL, ETL_SYMBOLS, ETL_CONVERT, ETL_SCHEDULE, LAKE_URL,\n' +
        'S3_ENDPOINT, S3_FORCE_PATH_STYLE and the database settings. See docs/pipeline.md.',
    );
  etl
    .command('run')
    .description(
      'run one extraction now: fetch the quotes, write them to the lake, load the database',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 loaded; 3 written to the lake, load pending (the database was unavailable;\n' +
        'the next run or `cais etl replay` loads it); 1 failed (nothing written); 2 bad configuration.',
    )
    .action(() => run(etlRunCommand));
  etl
    .command('schedule')
    .description('run the extraction now and then on ETL_SCHEDULE (UTC), until SIGTERM or SIGINT')
    .action(() => run(etlScheduleCommand));
  etl
    .command('replay')
    .description(
      'load every lake object the database does not have yet (rebuilds a lost database), with progress',
    )
    .option(
      '--from <date>',
      'first day to replay, YYYY-MM-DD (UTC, inclusive; default: the oldest)',
      day,
    )
    .option(
      '--to <date>',
      'last day to replay, YYYY-MM-DD (UTC, inclusive; default: the newest)',
      day,
    )
    .option(
      '--retry-rejected',
      'read again the objects an earlier load rejected (after you fixed or replaced them)',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 done, everything in the range is loaded; 3 done, but some objects are left\n' +
        '(bad now, or rejected earlier: their keys and reasons are listed; fix or replace them, then\n' +
        'use --retry-rejected); 1 failed or interrupted (run it again: loaded objects are skipped).',
    )
    .action((options: { from?: string; to?: string; retryRejected?: boolean }) =>
      run((context) => etlReplayCommand(context, options)),
    );
  etl
    .command('status')
    .description('show the last runs, the lake objects not in the database and the credits used')
    .option('--runs <n>', 'how many recent runs to show', integer(1, 1_000), 10)
    .option('--json', 'print the status as JSON')
    .action((options: { runs: number; json?: boolean }) =>
      run((context) =>
        etlStatusCommand(context, { runs: options.runs, json: options.json ?? false }),
      ),
    );

  registerLakeCommands(program, { day });
  registerUserCommands(program);

  program
    .command('cost')
    .description(
      'estimate the monthly AWS bill of the CDK stacks, line by line (needs the infra workspace)',
    )
    .option('--region <region>', 'AWS region to price: eu-west-3 or us-east-1', 'eu-west-3')
    .option(
      '-c, --context <key=value>',
      'a deployment option, as `cdk -c` takes it (repeatable), e.g. topology=pipeline',
      (pair: string, pairs: string[]) => [...pairs, pair],
      [],
    )
    .option('--markdown', 'print a Markdown table (as in docs/deployment.md)')
    .addHelpText(
      'after',
      '\nContext keys (all in docs/deployment.md): topology (all|catalog|pipeline), nat (true|false),\n' +
        'etl (ec2|fargate), dbInstanceClass, dbStorageGb, dbMultiAz, etlInstanceType,\n' +
        'dashboardInstanceType, apiCpu, apiMemory, webCpu, webMemory, minTasks, maxTasks,\n' +
        'etlSchedule, etlSymbols, logRetentionDays, ...\n' +
        'The original EC2 topology: cais cost --region eu-west-3 --context topology=pipeline',
    )
    .action((options: CostOptions) => run((context) => costCommand(context, options)));

  return program;
}

export async function main(argv: string[]): Promise<void> {
  await buildProgram().parseAsync(argv);
}
