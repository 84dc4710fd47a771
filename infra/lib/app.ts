import { App, Tags, Validations, type AppProps, type Stack } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { CatalogStack } from './catalog-stack.js';
import { DataStack } from './data-stack.js';
import { NetworkStack } from './network-stack.js';
import { readOptions, type Options } from './options.js';
import { PipelineStack } from './pipeline-stack.js';

export interface CaisStacks {
  network: NetworkStack;
  data: DataStack;
  catalog: CatalogStack | undefined;
  pipeline: PipelineStack | undefined;
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
  Tags.of(app).add('project', 'cais');
  return { network, data, catalog, pipeline };
}

export const stacksOf = (stacks: CaisStacks): Stack[] =>
  [stacks.network, stacks.data, stacks.catalog, stacks.pipeline].filter(
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
  const options = readOptions((key) => app.node.tryGetContext(key));
  const stacks = defineStacks(app, options);
  if (nag) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, options, stacks };
}
