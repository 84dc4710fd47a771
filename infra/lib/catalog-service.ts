import type { Stack } from 'aws-cdk-lib';
import { Duration, RemovalPolicy, Validations } from 'aws-cdk-lib';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as logs from 'aws-cdk-lib/aws-logs';
import { acknowledgeImagePull, healthCheckCommand, type AppImage } from './image.js';
import { retentionDays } from './log-retention.js';
import type { NetworkStack } from './network-stack.js';
import type { Options } from './options.js';

export interface CatalogServiceProps {
  /** Api or Web: the prefix of every id, so that the logical ids stay as they were. */
  name: 'Api' | 'Web';
  options: Options;
  network: NetworkStack;
  cluster: ecs.ICluster;
  image: AppImage;
  securityGroup: ec2.SecurityGroup;
  size: { cpu: number; memoryMiB: number };
  /** The `cais` command the container runs, its port and its plain environment. */
  container: Pick<ecs.ContainerDefinitionOptions, 'environment' | 'secrets'> & {
    command: string;
    port: number;
  };
  /** Registers the service in the cluster's namespace under this name. */
  cloudMapName?: string;
}

/**
 * One catalog service (`cais api` or `cais web`) on Fargate: its log group, task definition and
 * service, which replaces failed tasks (circuit breaker with rollback) and scales on CPU.
 * A part of its stack, built in the stack's scope so that no id changes (see catalog-stack.ts).
 */
export class CatalogService {
  readonly service: ecs.FargateService;
  private readonly container: { name: string; port: number };

  constructor(
    private readonly stack: Stack,
    props: CatalogServiceProps,
  ) {
    const { name, options, image, container } = props;
    const lower = container.command;
    this.container = { name: lower, port: container.port };
    const task = new ecs.FargateTaskDefinition(this.stack, `${name}Task`, {
      cpu: props.size.cpu,
      memoryLimitMiB: props.size.memoryMiB,
      runtimePlatform: {
        cpuArchitecture: ecs.CpuArchitecture.X86_64,
        operatingSystemFamily: ecs.OperatingSystemFamily.LINUX,
      },
    });
    const logGroup = new logs.LogGroup(this.stack, `${name}Logs`, {
      retention: retentionDays(options.logRetentionDays),
      removalPolicy: RemovalPolicy.DESTROY,
    });
    task.addContainer(lower, {
      image: image.container,
      command: [lower],
      ...(container.environment ? { environment: container.environment } : {}),
      ...(container.secrets ? { secrets: container.secrets } : {}),
      portMappings: [{ containerPort: container.port, name: lower }],
      healthCheck: {
        command: healthCheckCommand(`http://127.0.0.1:${container.port}/health`),
        interval: Duration.seconds(30),
        timeout: Duration.seconds(5),
        retries: 3,
        startPeriod: Duration.seconds(30),
      },
      logging: ecs.LogDrivers.awsLogs({ streamPrefix: lower, logGroup }),
    });
    acknowledgeImagePull(image, task);
    Validations.of(task).acknowledge({
      id: 'AwsSolutions-ECS2',
      reason:
        'The plain environment holds only non-secret settings (host, port, log level, API_URL); DATABASE_URL and API_TOKEN come from Secrets Manager as ECS secrets.',
    });

    this.service = new ecs.FargateService(this.stack, `${name}Service`, {
      cluster: props.cluster,
      taskDefinition: task,
      desiredCount: options.tasks.min,
      vpcSubnets: props.network.appSubnets,
      assignPublicIp: !options.nat,
      securityGroups: [props.securityGroup],
      circuitBreaker: { enable: true, rollback: true },
      minHealthyPercent: 100,
      maxHealthyPercent: 200,
      healthCheckGracePeriod: Duration.seconds(60),
      platformVersion: ecs.FargatePlatformVersion.LATEST,
      ...(props.cloudMapName
        ? { cloudMapOptions: { name: props.cloudMapName, dnsTtl: Duration.seconds(10) } }
        : {}),
    });
    this.service
      .autoScaleTaskCount({ minCapacity: options.tasks.min, maxCapacity: options.tasks.max })
      .scaleOnCpuUtilization('Cpu', {
        targetUtilizationPercent: 60,
        scaleInCooldown: Duration.seconds(120),
        scaleOutCooldown: Duration.seconds(60),
      });
  }

  /** What a load balancer's target group forwards to: the container's port. */
  target(): ecs.IEcsLoadBalancerTarget {
    return this.service.loadBalancerTarget({
      containerName: this.container.name,
      containerPort: this.container.port,
    });
  }
}
