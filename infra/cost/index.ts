import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, stacksOf } from '../lib/app.js';
import { repositoryRoot } from '../lib/image.js';
import { CONTEXT, CONTEXT_KEYS, ContextError, type ContextKey } from '../lib/options.js';
import { estimate, MissingPriceError, type CfnTemplate } from './estimate.js';
import { PRICED_REGIONS, PRICES, type PricedRegion } from './prices.js';
import { formatMarkdown, formatText, total, type Report } from './report.js';
import { IN_MEMORY_CONTEXT, validationProblem } from './validation.js';

/**
 * `cais cost`: synthesizes the CDK app with the given context, reads the templates and prices
 * every billable resource. The cais command loads this module lazily: the production image has
 * no CDK, and the command says so there.
 */

/** Input a person can fix: the message names the flag or the context key. */
export class CostInputError extends Error {
  override name = 'CostInputError';
}

export { PRICED_REGIONS };
export { PRICE_DATE, PRICE_SOURCE } from './prices.js';

/** Context keys `--context` accepts, with their defaults, for `cais cost --help`. */
export const contextKeysHelp = (): string =>
  CONTEXT_KEYS.filter((key) => key !== 'region')
    .map((key) => {
      const option = CONTEXT[key];
      return `  ${key.padEnd(22)} ${option.description}${option.default ? ` (default: ${option.default})` : ''}`;
    })
    .join('\n');

/** Parses `key=value` pairs as `cdk -c` takes them; an unknown key or a bad pair is an error. */
export function parseContext(pairs: string[]): Partial<Record<ContextKey, string>> {
  const context: Partial<Record<ContextKey, string>> = {};
  for (const pair of pairs) {
    const match = /^([A-Za-z][A-Za-z0-9]*)=(.*)$/.exec(pair);
    if (!match) throw new CostInputError(`--context ${pair}: expected key=value, e.g. nat=true`);
    const [, key = '', value = ''] = match;
    if (key === 'region') {
      throw new CostInputError(`--context region=${value}: give the region with --region instead`);
    }
    if (!(CONTEXT_KEYS as string[]).includes(key)) {
      throw new CostInputError(
        `--context ${pair}: unknown key "${key}"; known keys: ${CONTEXT_KEYS.filter((k) => k !== 'region').join(', ')}`,
      );
    }
    context[key as ContextKey] = value;
  }
  return context;
}

export interface CostOptions {
  region: string;
  context: string[];
  format?: 'text' | 'markdown';
}

/** Synthesizes, estimates and returns the report; throws CostInputError on bad input. */
export function costReport({ region, context: pairs }: CostOptions): Report {
  if (!(PRICED_REGIONS as string[]).includes(region)) {
    throw new CostInputError(
      `--region ${region}: the price table has no prices for it; choose ${PRICED_REGIONS.join(' or ')}`,
    );
  }
  const context = parseContext(pairs);
  const root = repositoryRoot();
  const cdkJson = JSON.parse(readFileSync(join(root, 'cdk.json'), 'utf8')) as {
    context: Record<string, unknown>;
  };
  const outdir = mkdtempSync(join(tmpdir(), 'cais-cost-'));
  try {
    let synthesized;
    try {
      const { app, options, stacks } = buildApp(
        {
          outdir,
          context: {
            ...cdkJson.context,
            'aws:cdk:disable-asset-staging': true,
            ...IN_MEMORY_CONTEXT,
            // The range does not change the price; a documentation range stands in for it.
            allowedCidr: '192.0.2.0/24',
            ...context,
            region,
          },
        },
        false,
      );
      const assembly = app.synth();
      synthesized = {
        options,
        names: stacksOf(stacks).map((s) => s.stackName),
        templates: Object.fromEntries(
          assembly.stacks.map((s) => [s.stackName, s.template as CfnTemplate]),
        ),
      };
    } catch (error) {
      if (error instanceof ContextError) {
        throw new CostInputError(error.problems.map((p) => `--context ${p}`).join('; '), {
          cause: error,
        });
      }
      const rejected = validationProblem(error, context);
      if (rejected !== undefined) throw new CostInputError(rejected, { cause: error });
      throw error;
    }
    const { options, names, templates } = synthesized;
    let lines;
    try {
      lines = estimate(templates, PRICES[region as PricedRegion]);
    } catch (error) {
      if (error instanceof MissingPriceError)
        throw new CostInputError(error.message, { cause: error });
      throw error;
    }
    const setup = [
      `topology=${options.topology}`,
      `nat=${String(options.nat)}`,
      ...(options.topology === 'catalog' ? [] : [`etl=${options.etl}`]),
      ...(Object.keys(context).length > 0
        ? Object.entries(context)
            .filter(([key]) => !['topology', 'nat', 'etl'].includes(key))
            .map(([key, value]) => `${key}=${value}`)
        : []),
    ].join(' ');
    return {
      region,
      regionName: PRICES[region as PricedRegion].name,
      setup,
      stacks: names,
      lines,
    };
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}

/** The report as the command prints it. */
export function costCommand(options: CostOptions): string {
  const report = costReport(options);
  return options.format === 'markdown' ? formatMarkdown(report) : formatText(report);
}

export { total };
