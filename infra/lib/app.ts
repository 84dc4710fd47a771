import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Tags, Validations, type AppProps, type Stack } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { ASSUMPTIONS } from '../cost/assumptions.js';
import { estimate, MissingPriceError, type CfnTemplate } from '../cost/estimate.js';
import { PRICES, type PriceList } from '../cost/prices.js';
import { AlarmsStack } from './alarms-stack.js';
import { CatalogStack } from './catalog-stack.js';
import { DataStack } from './data-stack.js';
import { NetworkStack } from './network-stack.js';
import { ContextError, readOptions, type Options } from './options.js';
import { PipelineStack } from './pipeline-stack.js';

export interface CaisStacks {
  network: NetworkStack;
  data: DataStack;
  catalog: CatalogStack | undefined;
  pipeline: PipelineStack | undefined;
  alarms: AlarmsStack;
}

/** The stacks the options ask for; `cdk deploy <name>` deploys one with what it depends on. */
export function defineStacks(app: App, options: Options): CaisStacks {
  const env = options.account
    ? { account: options.account, region: options.region }
    : { region: options.region };
  const network = new NetworkStack(app, 'cais-network', {
    env,
    options,
    description: 'cais: VPC over two zones, public and isolated subnets, S3 gateway endpoint',
  });
  const data = new DataStack(app, 'cais-data', {
    env,
    options,
    vpc: network.vpc,
    description: 'cais: RDS PostgreSQL and the S3 lake',
  });
  const catalog =
    options.topology === 'pipeline'
      ? undefined
      : new CatalogStack(app, 'cais-catalog', {
          env,
          options,
          network,
          data,
          description: 'cais: catalog api and web on ECS Fargate behind a load balancer',
        });
  const pipeline =
    options.topology === 'catalog'
      ? undefined
      : new PipelineStack(app, 'cais-pipeline', {
          env,
          options,
          network,
          data,
          description: `cais: ETL (${options.etl === 'ec2' ? 'EC2 instance' : 'scheduled Fargate task'}) and dashboard instance`,
        });
  const alarms = new AlarmsStack(app, 'cais-alarms', {
    env,
    options,
    data,
    catalog,
    pipeline,
    description: 'cais: CloudWatch alarms, their SNS topic and the monthly budget',
  });
  Tags.of(app).add('project', 'cais');
  return { network, data, catalog, pipeline, alarms };
}

export const stacksOf = (stacks: CaisStacks): Stack[] =>
  [stacks.network, stacks.data, stacks.catalog, stacks.pipeline, stacks.alarms].filter(
    (stack): stack is NonNullable<typeof stack> => stack !== undefined,
  );

/**
 * The whole app as `cdk synth` builds it: options from context, the stacks, and the cdk-nag
 * AwsSolutions checks, which fail the synthesis on any finding not acknowledged with a reason.
 */
export function buildApp(
  props: AppProps = {},
  nag = true,
): { app: App; options: Options; stacks: CaisStacks } {
  const app = new App(props);
  const read = readOptions((key) => app.node.tryGetContext(key));
  const options =
    read.alarms.budgetUsd === undefined
      ? { ...read, alarms: { ...read.alarms, budgetUsd: estimatedBudget(props, read) } }
      : read;
  const stacks = defineStacks(app, options);
  if (nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, options, stacks };
}

/**
 * budgetUsd's default: what `cais cost` estimates for these very stacks (synthesized once more,
 * without the budget, into a folder thrown away), plus a margin, in whole dollars.
 */
function estimatedBudget(props: AppProps, options: Options): number {
  const noDefault = (reason: string) =>
    new ContextError([
      `budgetUsd has no default: ${reason}; pass -c budgetUsd=<US$ a month>, or 0 for no budget`,
    ]);
  const prices = (PRICES as Record<string, PriceList | undefined>)[options.region];
  if (!prices) throw noDefault(`cais cost has no prices for ${options.region}`);
  const outdir = mkdtempSync(join(tmpdir(), 'cais-budget-'));
  try {
    const probe = new App({
      ...props,
      outdir,
      postCliContext: { ...props.postCliContext, 'aws:cdk:disable-asset-staging': true },
    });
    defineStacks(probe, { ...options, alarms: { ...options.alarms, budgetUsd: 0 } });
    const templates = Object.fromEntries(
      probe
        .synth({ skipValidation: true })
        .stacks.map((s) => [s.stackName, s.template as CfnTemplate]),
    );
    const monthly = estimate(templates, prices).reduce((sum, line) => sum + line.monthly, 0);
    return Math.ceil(monthly * (1 + ASSUMPTIONS.budgetMargin));
  } catch (error) {
    if (error instanceof MissingPriceError) throw noDefault(error.message);
    throw error;
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
