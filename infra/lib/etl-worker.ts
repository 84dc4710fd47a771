import type { Stack } from 'aws-cdk-lib';
import { CfnOutput, Fn, Validations } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import { DASHBOARD_DATABASE_USER, type DataStack } from './data-stack.js';
import { acknowledgeImagePull, type AppImage } from './image.js';
import { hostInstance, instanceRole, outToHttpsAndDatabase } from './instance-host.js';
import type { NetworkStack } from './network-stack.js';
import type { Options } from './options.js';
import { toEventBridgeCron } from './schedule.js';
import { roleHostUserData } from './user-data.js';

/**
 * Creates the dashboard's read-only login, or sets its password again: run by the ETL side, which
 * holds the owner's DATABASE_URL, so that the dashboard host never does.
 */
const READONLY_LOGIN_COMMAND = ['db', 'readonly-login', DASHBOARD_DATABASE_USER];

export interface EtlWorkerProps {
  options: Options;
  network: NetworkStack;
  data: DataStack;
  image: AppImage;
  logGroup: logs.ILogGroup;
  cmcApiKey: secretsmanager.ISecret;
  lakeUrl: string;
}

/**
 * The ETL worker: with etl=ec2 an instance running `cais etl schedule` that admits no inbound
 * connection (Session Manager instead of SSH); with etl=fargate a scheduled `cais etl run` task.
 * Either way it may reach out to HTTPS (CoinMarketCap) and PostgreSQL only.
 * A part of its stack, built in the stack's scope so that no id changes (see pipeline-stack.ts).
 */
export class EtlWorker {
  constructor(
    private readonly stack: Stack,
    props: EtlWorkerProps,
  ) {
    const { options, network, data } = props;
    const securityGroup = outToHttpsAndDatabase(this.stack, 'Etl', network.vpc, data, {
      description: 'cais ETL worker: no inbound rule at all; out to HTTPS and PostgreSQL only',
      https: 'HTTPS: CoinMarketCap, AWS APIs, the image registry, packages',
      database: 'ETL to PostgreSQL',
    });
    const environment = {
      LAKE_URL: props.lakeUrl,
      ETL_SYMBOLS: options.pipeline.symbols,
      ETL_CONVERT: options.pipeline.convert,
      ETL_SCHEDULE: options.pipeline.schedule,
      // Few connections: the worker writes one batch at a time (RDS allows about 100 in all).
      DATABASE_POOL_SIZE: '2',
      LOG_LEVEL: 'info',
    };
    if (options.etl === 'ec2') this.onInstance(props, securityGroup, environment);
    else this.scheduled(props, securityGroup, environment);
  }

  private onInstance(
    { options, network, data, image, logGroup, cmcApiKey }: EtlWorkerProps,
    securityGroup: ec2.SecurityGroup,
    environment: Record<string, string>,
  ): void {
    const region = this.stack.region;
    const role = instanceRole(this.stack, 'EtlRole', image, logGroup);
    role.addManagedPolicy(data.lakeAccess);
    data.databaseUrl.grantRead(role);
    data.dashboardPassword.grantRead(role);
    cmcApiKey.grantRead(role);
    const instance = hostInstance(this.stack, 'Etl', {
      vpc: network.vpc,
      instanceType: options.instances.etl,
      subnets: network.appSubnets,
      publicIp: !options.nat,
      securityGroup,
      role,
      userData: roleHostUserData({
        image,
        region,
        logGroup,
        units: [
          {
            name: 'cais-db-readonly-login',
            description: `cais dashboard login (cais ${READONLY_LOGIN_COMMAND.join(' ')})`,
            command: READONLY_LOGIN_COMMAND,
            environment: { DATABASE_POOL_SIZE: '1', LOG_LEVEL: 'info' },
            secrets: {
              DATABASE_URL: { secret: data.databaseUrl },
              READONLY_PASSWORD: { secret: data.dashboardPassword },
            },
            oneshot: true,
          },
          {
            name: 'cais-etl',
            description: 'cais ETL worker (cais etl schedule)',
            command: ['etl', 'schedule'],
            environment: { ...environment, AWS_REGION: region },
            secrets: {
              DATABASE_URL: { secret: data.databaseUrl },
              CMC_API_KEY: { secret: cmcApiKey, field: 'CMC_API_KEY' },
            },
          },
        ],
      }),
    });
    new CfnOutput(this.stack, 'EtlInstanceId', {
      description: 'aws ssm start-session --target <this id> (no SSH: the instance admits nothing)',
      value: instance.instanceId,
    });
  }

  private scheduled(
    { options, network, data, image, logGroup, cmcApiKey }: EtlWorkerProps,
    securityGroup: ec2.SecurityGroup,
    environment: Record<string, string>,
  ): void {
    const stack = this.stack;
    const cluster = new ecs.Cluster(this.stack, 'EtlCluster', {
      vpc: network.vpc,
      containerInsightsV2: ecs.ContainerInsights.DISABLED,
    });
    Validations.of(cluster).acknowledge({
      id: 'AwsSolutions-ECS4',
      reason:
        'The cluster only runs a short scheduled job; Container Insights metrics would cost more than the job itself (see cais cost), and its logs are in CloudWatch.',
    });
    const task = new ecs.FargateTaskDefinition(this.stack, 'EtlTask', {
      cpu: options.tasks.etl.cpu,
      memoryLimitMiB: options.tasks.etl.memoryMiB,
      runtimePlatform: {
        cpuArchitecture: ecs.CpuArchitecture.X86_64,
        operatingSystemFamily: ecs.OperatingSystemFamily.LINUX,
      },
    });
    // Each run first makes sure the dashboard's read-only login exists with its password (a few
    // milliseconds; there is no long-lived host on this side to do it once).
    const readonlyLogin = task.addContainer('readonly-login', {
      image: image.container,
      command: READONLY_LOGIN_COMMAND,
      essential: false,
      environment: { DATABASE_POOL_SIZE: '1', LOG_LEVEL: environment.LOG_LEVEL ?? 'info' },
      secrets: {
        DATABASE_URL: ecs.Secret.fromSecretsManager(data.databaseUrl),
        READONLY_PASSWORD: ecs.Secret.fromSecretsManager(data.dashboardPassword),
      },
      logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'readonly-login', logGroup }),
    });
    const etl = task.addContainer('etl', {
      image: image.container,
      command: ['etl', 'run'],
      environment,
      secrets: {
        DATABASE_URL: ecs.Secret.fromSecretsManager(data.databaseUrl),
        CMC_API_KEY: ecs.Secret.fromSecretsManager(cmcApiKey, 'CMC_API_KEY'),
      },
      logging: ecs.LogDrivers.awsLogs({ streamPrefix: 'etl', logGroup }),
    });
    etl.addContainerDependencies({
      container: readonlyLogin,
      condition: ecs.ContainerDependencyCondition.SUCCESS,
    });
    task.taskRole.addManagedPolicy(data.lakeAccess);
    acknowledgeImagePull(image, task);
    Validations.of(task).acknowledge({
      id: 'AwsSolutions-ECS2',
      reason:
        'The plain environment holds only non-secret settings (lake URL, symbols, schedule); DATABASE_URL, READONLY_PASSWORD and CMC_API_KEY come from Secrets Manager as ECS secrets.',
    });
    // EventBridge tags the tasks it starts; the task ARN pattern is this cluster's.
    const clusterId = stack.resolve(
      (cluster.node.defaultChild as ecs.CfnCluster).logicalId,
    ) as string;
    const partition = RegionInfo.get(stack.region).partition ?? 'aws';
    Validations.of(task).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:${partition}:ecs:${stack.region}:*:task/<${clusterId}>/*]`,
      reason:
        'EventBridge may only tag the tasks it starts in this cluster; task ids are not known in advance.',
    });
    const subnets = network.vpc.selectSubnets(network.appSubnets).subnetIds;
    new CfnOutput(this.stack, 'EtlRunTask', {
      description: 'Runs the ETL once now; append --overrides to run another cais etl command',
      value: Fn.join('', [
        `aws ecs run-task --region ${stack.region} --launch-type FARGATE --cluster `,
        cluster.clusterName,
        ' --task-definition ',
        task.taskDefinitionArn,
        ' --network-configuration awsvpcConfiguration={subnets=[',
        Fn.join(',', subnets),
        '],securityGroups=[',
        securityGroup.securityGroupId,
        `],assignPublicIp=${options.nat ? 'DISABLED' : 'ENABLED'}}`,
      ]),
    });
    new events.Rule(this.stack, 'EtlSchedule', {
      description: `cais etl run, ${options.pipeline.schedule} (UTC)`,
      schedule: events.Schedule.expression(toEventBridgeCron(options.pipeline.schedule)),
      targets: [
        new targets.EcsTask({
          cluster,
          taskDefinition: task,
          launchType: ecs.LaunchType.FARGATE,
          platformVersion: ecs.FargatePlatformVersion.LATEST,
          subnetSelection: network.appSubnets,
          assignPublicIp: !options.nat,
          securityGroups: [securityGroup],
        }),
      ],
    });
  }
}
