import {
  CfnOutput,
  Fn,
  RemovalPolicy,
  SecretValue,
  Stack,
  Validations,
  type StackProps,
} from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as events from 'aws-cdk-lib/aws-events';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { RegionInfo } from 'aws-cdk-lib/region-info';
import type { Construct } from 'constructs';
import { DASHBOARD_DATABASE_USER, LAKE_PREFIX, type DataStack } from './data-stack.js';
import { acknowledgeImagePull, appImage, type AppImage } from './image.js';
import type { NetworkStack } from './network-stack.js';
import { retentionDays } from './log-retention.js';
import type { Options } from './options.js';
import { toEventBridgeCron } from './schedule.js';
import { roleHostUserData, type RoleUnit } from './user-data.js';

export interface PipelineStackProps extends StackProps {
  options: Options;
  network: NetworkStack;
  data: DataStack;
}

const WEB_PORT = 8501;

/**
 * Creates the dashboard's read-only login, or sets its password again: run by the ETL side, which
 * holds the owner's DATABASE_URL, so that the dashboard host never does.
 */
const READONLY_LOGIN_COMMAND = ['db', 'readonly-login', DASHBOARD_DATABASE_USER];

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
 */
export class PipelineStack extends Stack {
  constructor(scope: Construct, id: string, props: PipelineStackProps) {
    super(scope, id, props);
    const { options, network, data } = props;
    const { vpc } = network;
    const image = appImage(this, options);
    const lakeUrl = `s3://${data.lake.bucketName}/${LAKE_PREFIX}`;

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

    const etlSecurityGroup = this.outToHttpsAndDatabase('Etl', vpc, data, {
      description: 'cais ETL worker: no inbound rule at all; out to HTTPS and PostgreSQL only',
      https: 'HTTPS: CoinMarketCap, AWS APIs, the image registry, packages',
      database: 'ETL to PostgreSQL',
    });

    const etlEnvironment = {
      LAKE_URL: lakeUrl,
      ETL_SYMBOLS: options.pipeline.symbols,
      ETL_CONVERT: options.pipeline.convert,
      ETL_SCHEDULE: options.pipeline.schedule,
      // Few connections: the worker writes one batch at a time (RDS allows about 100 in all).
      DATABASE_POOL_SIZE: '2',
      LOG_LEVEL: 'info',
    };

    if (options.etl === 'ec2') {
      const role = this.instanceRole('EtlRole', image, logGroup);
      role.addManagedPolicy(data.lakeAccess);
      data.databaseUrl.grantRead(role);
      data.dashboardPassword.grantRead(role);
      cmcApiKey.grantRead(role);
      const instance = this.instance('Etl', {
        vpc,
        instanceType: options.instances.etl,
        subnets: network.appSubnets,
        publicIp: !options.nat,
        securityGroup: etlSecurityGroup,
        role,
        userData: roleHostUserData({
          image,
          region: this.region,
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
              environment: { ...etlEnvironment, AWS_REGION: this.region },
              secrets: {
                DATABASE_URL: { secret: data.databaseUrl },
                CMC_API_KEY: { secret: cmcApiKey, field: 'CMC_API_KEY' },
              },
            },
          ],
        }),
      });
      new CfnOutput(this, 'EtlInstanceId', {
        description:
          'aws ssm start-session --target <this id> (no SSH: the instance admits nothing)',
        value: instance.instanceId,
      });
    } else {
      this.scheduledEtl(
        options,
        network,
        data,
        image,
        etlSecurityGroup,
        logGroup,
        cmcApiKey,
        etlEnvironment,
      );
    }

    const dashboardSecurityGroup = this.outToHttpsAndDatabase('Dashboard', vpc, data, {
      description: 'cais dashboard: 8501 from the allowed range only; out to HTTPS and PostgreSQL',
      https: 'HTTPS: AWS APIs, the image registry, packages',
      database: 'dashboard to PostgreSQL',
    });
    if (options.allowedCidr) {
      dashboardSecurityGroup.addIngressRule(
        ec2.Peer.ipv4(options.allowedCidr),
        ec2.Port.tcp(WEB_PORT),
        'dashboard from the allowed range',
      );
    } else {
      Validations.of(this).addError(
        'cais:allowedCidr',
        'The dashboard needs the range allowed to reach port 8501, and it has no default: ' +
          'pass -c allowedCidr=<your IP>/32 (curl -s https://checkip.amazonaws.com shows your IP).',
      );
    }

    // The dashboard reads prices as the read-only login and holds no other credential: no owner
    // DATABASE_URL, so no api (the catalog lives in the catalog stack).
    const dashboardRole = this.instanceRole('DashboardRole', image, logGroup);
    data.databaseReadonlyUrl.grantRead(dashboardRole);
    const dashboardUnits: RoleUnit[] = [
      {
        name: 'cais-web',
        description: 'cais price dashboard on 8501 (read-only database login)',
        command: ['web'],
        environment: {
          HOST: '0.0.0.0',
          WEB_PORT: String(WEB_PORT),
          DATABASE_POOL_SIZE: '3',
          LOG_LEVEL: 'info',
        },
        secrets: { DATABASE_READONLY_URL: { secret: data.databaseReadonlyUrl } },
      },
    ];
    const dashboard = this.instance('Dashboard', {
      vpc,
      instanceType: options.instances.dashboard,
      subnets: { subnetType: ec2.SubnetType.PUBLIC },
      publicIp: true,
      securityGroup: dashboardSecurityGroup,
      role: dashboardRole,
      userData: roleHostUserData({ image, region: this.region, logGroup, units: dashboardUnits }),
    });
    new CfnOutput(this, 'DashboardUrl', {
      description: 'The dashboard, reachable from allowedCidr only',
      value: `http://${dashboard.instancePublicDnsName}:${WEB_PORT}`,
    });
    new CfnOutput(this, 'CmcApiKeySecret', {
      description: 'Put the CoinMarketCap key here: aws secretsmanager put-secret-value',
      value: cmcApiKey.secretArn,
    });
  }

  /** A security group that admits nothing and lets out HTTPS and PostgreSQL only. */
  private outToHttpsAndDatabase(
    name: string,
    vpc: ec2.IVpc,
    data: DataStack,
    reasons: { description: string; https: string; database: string },
  ): ec2.SecurityGroup {
    const group = new ec2.SecurityGroup(this, `${name}SecurityGroup`, {
      vpc,
      description: reasons.description,
      allowAllOutbound: false,
    });
    group.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), reasons.https);
    group.connections.allowTo(data.databaseSecurityGroup, ec2.Port.tcp(5432), reasons.database);
    return group;
  }

  /** The role of an instance: Session Manager, pulling the image, writing its logs. */
  private instanceRole(id: string, image: AppImage, logGroup: logs.ILogGroup): iam.Role {
    const role = new iam.Role(this, id, {
      assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
      managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore')],
    });
    image.grantPull(role);
    acknowledgeImagePull(image, role);
    logGroup.grantWrite(role);
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore]',
      reason:
        'The AWS-maintained minimum for Session Manager, which replaces SSH: the instances admit no inbound connection.',
    });
    return role;
  }

  private instance(
    id: string,
    props: {
      vpc: ec2.IVpc;
      instanceType: string;
      subnets: ec2.SubnetSelection;
      publicIp: boolean;
      securityGroup: ec2.SecurityGroup;
      role: iam.Role;
      userData: ec2.UserData;
    },
  ): ec2.Instance {
    const instance = new ec2.Instance(this, id, {
      vpc: props.vpc,
      vpcSubnets: props.subnets,
      associatePublicIpAddress: props.publicIp,
      instanceType: new ec2.InstanceType(props.instanceType),
      machineImage: ec2.MachineImage.latestAmazonLinux2023({
        cpuType: ec2.AmazonLinuxCpuType.X86_64,
      }),
      securityGroup: props.securityGroup,
      role: props.role,
      userData: props.userData,
      // A new configuration means a new instance: they hold no state (it is in RDS and S3).
      userDataCausesReplacement: true,
      requireImdsv2: true,
      blockDevices: [
        {
          deviceName: '/dev/xvda',
          volume: ec2.BlockDeviceVolume.ebs(8, {
            encrypted: true,
            volumeType: ec2.EbsDeviceVolumeType.GP3,
          }),
        },
      ],
    });
    Validations.of(instance).acknowledge(
      {
        id: 'AwsSolutions-EC28',
        reason:
          'Basic (5-minute) monitoring is enough here; detailed monitoring is billed per metric.',
      },
      {
        id: 'AwsSolutions-EC29',
        reason:
          'The instance is disposable (state lives in RDS and S3) and is replaced when its configuration changes; termination protection would block that.',
      },
    );
    return instance;
  }

  private scheduledEtl(
    options: Options,
    network: NetworkStack,
    data: DataStack,
    image: AppImage,
    securityGroup: ec2.SecurityGroup,
    logGroup: logs.ILogGroup,
    cmcApiKey: secretsmanager.ISecret,
    environment: Record<string, string>,
  ): void {
    const cluster = new ecs.Cluster(this, 'EtlCluster', {
      vpc: network.vpc,
      containerInsightsV2: ecs.ContainerInsights.DISABLED,
    });
    Validations.of(cluster).acknowledge({
      id: 'AwsSolutions-ECS4',
      reason:
        'The cluster only runs a short scheduled job; Container Insights metrics would cost more than the job itself (see cais cost), and its logs are in CloudWatch.',
    });
    const task = new ecs.FargateTaskDefinition(this, 'EtlTask', {
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
    const clusterId = this.resolve(
      (cluster.node.defaultChild as ecs.CfnCluster).logicalId,
    ) as string;
    const partition = RegionInfo.get(this.region).partition ?? 'aws';
    Validations.of(task).acknowledge({
      id: `AwsSolutions-IAM5[Resource::arn:${partition}:ecs:${this.region}:*:task/<${clusterId}>/*]`,
      reason:
        'EventBridge may only tag the tasks it starts in this cluster; task ids are not known in advance.',
    });
    const subnets = network.vpc.selectSubnets(network.appSubnets).subnetIds;
    new CfnOutput(this, 'EtlRunTask', {
      description: 'Runs the ETL once now; append --overrides to run another cais etl command',
      value: Fn.join('', [
        `aws ecs run-task --region ${this.region} --launch-type FARGATE --cluster `,
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
    new events.Rule(this, 'EtlSchedule', {
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
