import {
  CfnOutput,
  RemovalPolicy,
  SecretValue,
  Stack,
  Validations,
  type StackProps,
} from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { DashboardHost } from './dashboard-host.js';
import { LAKE_PREFIX, type DataStack } from './data-stack.js';
import { EtlWorker } from './etl-worker.js';
import { appImage } from './image.js';
import { retentionDays } from './log-retention.js';
import type { NetworkStack } from './network-stack.js';
import type { Options } from './options.js';

export interface PipelineStackProps extends StackProps {
  options: Options;
  network: NetworkStack;
  data: DataStack;
}

/** Template metadata the cost estimate reads: how often the ETL writes to the lake. */
export const ETL_METADATA_KEY = 'cais:etl';
export interface EtlMetadata {
  mode: Options['etl'];
  schedule: string;
  symbols: string[];
}

/**
 * The pipeline as the original ran it: the ETL worker on an instance with no inbound rule at all
 * (Session Manager instead of SSH), allowed out to the internet for CoinMarketCap; the dashboard
 * on a second instance with only 8501 open, to the range the deployer names. Both run the cais
 * image as systemd services. With etl=fargate the worker is a scheduled task instead.
 *
 * Built of named parts (EtlWorker, DashboardHost): classes, not constructs, that build their resources in the
 * stack's scope. A construct would add its id to every path below it, and CDK derives from paths
 * the logical ids and several names (launch templates, scaling policies, task families, the
 * instances' Name tag), so a deployed stack would see its resources replaced.
 */
export class PipelineStack extends Stack {
  /** The dashboard instance, for the alarms stack. */
  readonly dashboard: ec2.Instance;

  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, props);
    const { options, network, data } = props;
    const image = appImage(this, options);

    this.templateOptions.metadata = {
      [ETL_METADATA_KEY]: {
        mode: options.etl,
        schedule: options.pipeline.schedule,
        symbols: options.pipeline.symbols.split(','),
      } satisfies EtlMetadata,
    };

    // Created with an empty key, so the worker starts idle and says how to enable it; the
    // deployer puts the real key with put-secret-value (docs/deployment.md).
    const cmcApiKey = new secretsmanager.Secret(this, 'CmcApiKey', {
      description: 'CoinMarketCap API key of the cais ETL: {"CMC_API_KEY": "<key>"}',
      secretObjectValue: { CMC_API_KEY: SecretValue.unsafePlainText('') },
    });
    Validations.of(cmcApiKey).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'A third-party API key: it can only be rotated at CoinMarketCap, then stored here with put-secret-value.',
    });

    const logGroup = new logs.LogGroup(this, 'Logs', {
      retention: retentionDays(options.logRetentionDays),
      removalPolicy: RemovalPolicy.DESTROY,
    });

    new EtlWorker(this, {
      options,
      network,
      data,
      image,
      logGroup,
      cmcApiKey,
      lakeUrl: `s3://${data.lake.bucketName}/${LAKE_PREFIX}`,
    });
    this.dashboard = new DashboardHost(this, { options, network, data, image, logGroup }).instance;

    new CfnOutput(this, 'CmcApiKeySecret', {
      description: 'Put the CoinMarketCap key here: aws secretsmanager put-secret-value',
      value: cmcApiKey.secretArn,
    });
  }
}
