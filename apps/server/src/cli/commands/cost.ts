import type { Command } from 'commander';
import { run, UsageError, type Context } from '../context.js';

export interface CostOptions {
  region: string;
  context: string[];
  markdown?: boolean;
}

/** What `cais cost` uses of the infra workspace (infra/cost/index.ts). */
interface CostModule {
  costCommand(options: { region: string; context: string[]; format: 'text' | 'markdown' }): string;
}

// A variable, not a literal: the server builds and ships without the infra workspace, so the
// compiler must not resolve it, and the production image must get a clear message instead.
const COST_MODULE = '@cais/infra/cost';

async function loadCostModule(): Promise<CostModule> {
  try {
    return (await import(COST_MODULE)) as CostModule;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    const message = (error as Error).message;
    if (message.includes('infra/dist')) {
      throw new UsageError('the infra workspace is not built yet; run `npm run build`');
    }
    throw new UsageError(
      'cais cost needs the AWS CDK app (the infra workspace and its dependencies), which this ' +
        'installation does not have (the production image leaves it out): run it from a clone ' +
        'of the repository after `npm install`',
    );
  }
}

/** Prints the monthly estimate of the stacks the context describes. */
export async function costCommand(_context: Context, options: CostOptions): Promise<void> {
  const cost = await loadCostModule();
  if (process.stderr.isTTY) process.stderr.write('cais cost: synthesizing the CDK app…\n');
  let text: string;
  try {
    text = cost.costCommand({
      region: options.region,
      context: options.context,
      format: options.markdown ? 'markdown' : 'text',
    });
  } catch (error) {
    // The infra module's input errors name the flag or context key at fault; the CLI's failure
    // line already starts with `cais: `.
    if (error instanceof Error && error.name === 'CostInputError') {
      throw new UsageError(error.message, { cause: error });
    }
    throw error;
  }
  process.stdout.write(text);
}

/** `cais cost`: the monthly AWS estimate of the CDK stacks. */
export function registerCostCommand(program: Command): void {
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
}
