import { Command, InvalidArgumentError } from 'commander';
import { ENV } from '../config/env.js';
import { VERSION } from '../version.js';
import { apiCommand } from './commands/api.js';
import { costCommand, type CostOptions } from './commands/cost.js';
import { migrateCommand, seedCommand } from './commands/db.js';
import {
  etlReplayCommand,
  etlRunCommand,
  etlScheduleCommand,
  etlStatusCommand,
} from './commands/etl.js';
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
      'serve the web UI on WEB_PORT, forwarding /api to the api at API_URL (build it first: npm run build)',
    )
    .action(() => run(webCommand));

  const db = program.command('db').description('database tasks');
  db.command('migrate')
    .description('apply the committed SQL migrations (also done at every start)')
    .action(() => run(migrateCommand));
  db.command('seed')
    .description('insert realistic demo products')
    .requiredOption('--products <n>', 'how many products to insert', integer(1, 10_000_000))
    .option(
      '--seed <n>',
      'random seed, to reproduce the same products (default: random)',
      integer(0, 2 ** 32 - 1),
    )
    .action((options: { products: number; seed?: number }) =>
      run((context) =>
        seedCommand(context, {
          products: options.products,
          seed: options.seed ?? Date.now() % 2 ** 32,
        }),
      ),
    );

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
    .addHelpText(
      'after',
      '\nExit codes: 0 done; 3 done, but some files could not be read (their keys are listed);\n' +
        '1 failed or interrupted (run it again: loaded objects are skipped).',
    )
    .action((options: { from?: string; to?: string }) =>
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
