import { UsageError, type Context } from '../context.js';

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
      throw new UsageError('cais cost: the infra workspace is not built yet; run `npm run build`');
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
    // The infra module's input errors name the flag or context key at fault.
    if (error instanceof Error && error.name === 'CostInputError') {
      throw new UsageError(`cais cost: ${error.message}`, { cause: error });
    }
    throw error;
  }
  process.stdout.write(text);
}
