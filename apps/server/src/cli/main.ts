import { Command, InvalidArgumentError } from 'commander';
import { ENV } from '../config/env.js';
import { VERSION } from '../version.js';
import { apiCommand } from './commands/api.js';
import { costCommand, type CostOptions } from './commands/cost.js';
import { migrateCommand, seedCommand } from './commands/db.js';
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
