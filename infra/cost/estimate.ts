import { ETL_METADATA_KEY, type EtlMetadata } from '../lib/pipeline-stack.js';
import { runsPerMonth } from '../lib/schedule.js';
import { ASSUMPTIONS, HOURS_PER_MONTH } from './assumptions.js';
import type { PriceList } from './prices.js';

/** A CloudFormation template as `cdk synth` writes it. */
export interface CfnTemplate {
  Resources?: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
  Metadata?: Record<string, unknown>;
}

export interface LineItem {
  service: string;
  item: string;
  /** How the amount is computed, e.g. "730 h × $0.0118". */
  quantity: string;
  monthly: number;
  /** A kind of cost the original's table had (RDS, EC2, S3, CloudWatch Logs). */
  inOriginal: boolean;
}

/** A template asks for something the price table lacks. */
export class MissingPriceError extends Error {}

/** $0.40, $0.0118, $0.005: cents always shown, smaller units as the price table has them. */
const money = (value: number) =>
  `$${Number.isInteger(value * 100) ? value.toFixed(2) : String(Number(value.toPrecision(4)))}`;
const count = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 2 });

type Resource = { id: string; stack: string; type: string; props: Record<string, unknown> };

/** The logical id a `{Ref}` or `{Fn::GetAtt}` points at. */
function target(reference: unknown): string | undefined {
  if (typeof reference !== 'object' || reference === null) return undefined;
  const ref = (reference as { Ref?: unknown }).Ref;
  if (typeof ref === 'string') return ref;
  const getAtt = (reference as { 'Fn::GetAtt'?: unknown[] })['Fn::GetAtt'];
  return typeof getAtt?.[0] === 'string' ? getAtt[0] : undefined;
}

const priceOf = (table: Record<string, number>, key: string, what: string): number => {
  const price = table[key];
  if (price === undefined) {
    throw new MissingPriceError(
      `${what} ${key} has no price in infra/cost/prices.ts; priced: ${Object.keys(table).join(', ')}`,
    );
  }
  return price;
};

/** The monthly cost of every billable resource in the templates, one line per item. */
export function estimate(templates: Record<string, CfnTemplate>, prices: PriceList): LineItem[] {
  const all: Resource[] = Object.entries(templates).flatMap(([stack, template]) =>
    Object.entries(template.Resources ?? {}).map(([id, r]) => ({
      id,
      stack,
      type: r.Type,
      props: r.Properties ?? {},
    })),
  );
  const ofType = (type: string) => all.filter((r) => r.type === type);
  const find = (stack: string, id: string | undefined) =>
    all.find((r) => r.stack === stack && r.id === id);
  const lines: LineItem[] = [];
  const add = (line: Omit<LineItem, 'monthly'>, monthly: number) => {
    lines.push({ ...line, monthly });
  };
  // Logical ids without their hash (and without the stack name CDK puts before some).
  const name = (id: string) =>
    id.replace(/[0-9A-F]{8,}.*$/, '').replace(/^cais[a-z]+(?=[A-Z])/, '');
  let publicIpv4Hours = 0;
  const publicIpv4 = new Map<string, number>();
  const addPublicIpv4 = (hours: number, what: string, addresses = 1) => {
    publicIpv4Hours += hours;
    publicIpv4.set(what, (publicIpv4.get(what) ?? 0) + addresses);
  };

  for (const db of ofType('AWS::RDS::DBInstance')) {
    const instanceClass = String(db.props.DBInstanceClass);
    const multiAz = db.props.MultiAZ === true;
    const hour = priceOf(prices.rdsInstanceHour, instanceClass, 'RDS instance class');
    const copies = multiAz ? 2 : 1;
    add(
      {
        service: 'RDS',
        item: `PostgreSQL ${instanceClass}, ${multiAz ? 'Multi-AZ' : 'single-AZ'}`,
        quantity: `${copies > 1 ? `${copies} × ` : ''}${HOURS_PER_MONTH} h × ${money(hour)}`,
        inOriginal: true,
      },
      copies * HOURS_PER_MONTH * hour,
    );
    const storage = Number(db.props.AllocatedStorage);
    add(
      {
        service: 'RDS',
        item: `storage ${typeof db.props.StorageType === 'string' ? db.props.StorageType : 'gp2'}, backups within it free`,
        quantity: `${copies > 1 ? `${copies} × ` : ''}${storage} GB × ${money(prices.rdsStorageGbMonth)}`,
        inOriginal: true,
      },
      copies * storage * prices.rdsStorageGbMonth,
    );
  }

  for (const instance of ofType('AWS::EC2::Instance')) {
    const type = String(instance.props.InstanceType);
    const hour = priceOf(prices.ec2InstanceHour, type, 'EC2 instance type');
    add(
      {
        service: 'EC2',
        item: `${type} (${name(instance.id)}), always on`,
        quantity: `${HOURS_PER_MONTH} h × ${money(hour)}`,
        inOriginal: true,
      },
      HOURS_PER_MONTH * hour,
    );
    const volumes = (instance.props.BlockDeviceMappings ?? []) as {
      Ebs?: { VolumeSize?: number };
    }[];
    const gb = volumes.reduce((sum, v) => sum + (v.Ebs?.VolumeSize ?? 0), 0);
    add(
      {
        service: 'EBS',
        item: `gp3 volume (${name(instance.id)})`,
        quantity: `${gb} GB × ${money(prices.ebsGp3GbMonth)}`,
        inOriginal: true,
      },
      gb * prices.ebsGp3GbMonth,
    );
    const nic = (
      (instance.props.NetworkInterfaces ?? []) as { AssociatePublicIpAddress?: boolean }[]
    )[0];
    if (nic?.AssociatePublicIpAddress === true) {
      addPublicIpv4(HOURS_PER_MONTH, 'instance');
    }
  }

  const taskSize = (stack: string, reference: unknown) => {
    const task = find(stack, target(reference));
    return {
      vcpu: Number(task?.props.Cpu) / 1024,
      gb: Number(task?.props.Memory) / 1024,
      family: task?.id ?? '',
    };
  };

  const servicesByCluster = new Map<string, { services: number; families: Set<string> }>();
  for (const service of ofType('AWS::ECS::Service')) {
    const { vcpu, gb, family } = taskSize(service.stack, service.props.TaskDefinition);
    const scaling = ofType('AWS::ApplicationAutoScaling::ScalableTarget').find(
      (t) =>
        t.stack === service.stack && JSON.stringify(t.props.ResourceId).includes(`"${service.id}"`),
    );
    const tasks = Number(scaling?.props.MinCapacity ?? service.props.DesiredCount ?? 1);
    const hours = tasks * HOURS_PER_MONTH;
    const most = scaling ? `, up to ${String(scaling.props.MaxCapacity)} under load` : '';
    add(
      {
        service: 'Fargate',
        item: `${name(service.id)}: ${tasks} task${tasks > 1 ? 's' : ''} of ${vcpu} vCPU${most}`,
        quantity: `${count(hours * vcpu)} vCPU-h × ${money(prices.fargateVcpuHour)}`,
        inOriginal: false,
      },
      hours * vcpu * prices.fargateVcpuHour,
    );
    add(
      {
        service: 'Fargate',
        item: `${name(service.id)}: ${gb} GB memory`,
        quantity: `${count(hours * gb)} GB-h × ${money(prices.fargateGbHour)}`,
        inOriginal: false,
      },
      hours * gb * prices.fargateGbHour,
    );
    const network = service.props.NetworkConfiguration as
      { AwsvpcConfiguration?: { AssignPublicIp?: string } } | undefined;
    if (network?.AwsvpcConfiguration?.AssignPublicIp === 'ENABLED') {
      addPublicIpv4(hours, 'task', tasks);
    }
    const cluster = `${service.stack}/${target(service.props.Cluster) ?? ''}`;
    const entry = servicesByCluster.get(cluster) ?? { services: 0, families: new Set<string>() };
    entry.services += 1;
    entry.families.add(family);
    servicesByCluster.set(cluster, entry);
  }

  const etl = Object.values(templates)
    .map((t) => t.Metadata?.[ETL_METADATA_KEY] as EtlMetadata | undefined)
    .find((m) => m !== undefined);
  const runs = etl ? runsPerMonth(etl.schedule) : 0;

  for (const rule of ofType('AWS::Events::Rule')) {
    for (const ruleTarget of (rule.props.Targets ?? []) as {
      EcsParameters?: { TaskDefinitionArn?: unknown; NetworkConfiguration?: unknown };
    }[]) {
      if (!ruleTarget.EcsParameters) continue;
      const { vcpu, gb } = taskSize(rule.stack, ruleTarget.EcsParameters.TaskDefinitionArn);
      const hours = (runs * ASSUMPTIONS.etlTaskMinutesPerRun) / 60;
      add(
        {
          service: 'Fargate',
          item: `scheduled ETL: ${count(runs)} runs of ${ASSUMPTIONS.etlTaskMinutesPerRun} min, ${vcpu} vCPU + ${gb} GB`,
          quantity: `${count(hours)} h × ${money(vcpu * prices.fargateVcpuHour + gb * prices.fargateGbHour)}`,
          inOriginal: false,
        },
        hours * (vcpu * prices.fargateVcpuHour + gb * prices.fargateGbHour),
      );
      if (JSON.stringify(ruleTarget.EcsParameters.NetworkConfiguration).includes('"ENABLED"')) {
        addPublicIpv4(hours, 'scheduled task while it runs');
      }
    }
  }

  for (const alb of ofType('AWS::ElasticLoadBalancingV2::LoadBalancer')) {
    add(
      {
        service: 'Load balancer',
        item: 'Application Load Balancer',
        quantity: `${HOURS_PER_MONTH} h × ${money(prices.albHour)}`,
        inOriginal: false,
      },
      HOURS_PER_MONTH * prices.albHour,
    );
    add(
      {
        service: 'Load balancer',
        item: `capacity units (${ASSUMPTIONS.albLcu} LCU on average)`,
        quantity: `${count(HOURS_PER_MONTH * ASSUMPTIONS.albLcu)} LCU-h × ${money(prices.albLcuHour)}`,
        inOriginal: false,
      },
      HOURS_PER_MONTH * ASSUMPTIONS.albLcu * prices.albLcuHour,
    );
    if (alb.props.Scheme === 'internet-facing') {
      const zones = ((alb.props.Subnets ?? []) as unknown[]).length || 2;
      addPublicIpv4(zones * HOURS_PER_MONTH, 'load balancer node', zones);
    }
  }

  for (const nat of ofType('AWS::EC2::NatGateway')) {
    add(
      {
        service: 'NAT gateway',
        item: `${name(nat.id)}, always on`,
        quantity: `${HOURS_PER_MONTH} h × ${money(prices.natHour)}`,
        inOriginal: false,
      },
      HOURS_PER_MONTH * prices.natHour,
    );
    add(
      {
        service: 'NAT gateway',
        item: `data processed (${ASSUMPTIONS.natGbPerMonth} GB)`,
        quantity: `${ASSUMPTIONS.natGbPerMonth} GB × ${money(prices.natGb)}`,
        inOriginal: false,
      },
      ASSUMPTIONS.natGbPerMonth * prices.natGb,
    );
  }
  const eips = ofType('AWS::EC2::EIP').length;
  if (eips > 0) addPublicIpv4(eips * HOURS_PER_MONTH, 'NAT gateway', eips);

  if (publicIpv4Hours > 0) {
    add(
      {
        service: 'VPC',
        item: `public IPv4: ${[...publicIpv4]
          .map(([what, n]) => `${n} ${what}${n > 1 && !what.endsWith('runs') ? 's' : ''}`)
          .join(', ')}`,
        quantity: `${count(publicIpv4Hours)} h × ${money(prices.publicIpv4Hour)}`,
        inOriginal: false,
      },
      publicIpv4Hours * prices.publicIpv4Hour,
    );
  }

  if (ofType('AWS::S3::Bucket').some((b) => b.id.startsWith('Lake')) && etl) {
    const extractions = runs * etl.symbols.length;
    const gb = (extractions * ASSUMPTIONS.lakeBytesPerExtraction * ASSUMPTIONS.lakeMonths) / 1e9;
    add(
      {
        service: 'S3',
        item: `lake storage after ${ASSUMPTIONS.lakeMonths} months (${count(extractions)} extractions a month)`,
        quantity: `${count(gb)} GB × ${money(prices.s3StandardGbMonth)}`,
        inOriginal: true,
      },
      gb * prices.s3StandardGbMonth,
    );
    const puts = extractions * ASSUMPTIONS.lakePutsPerExtraction;
    add(
      {
        service: 'S3',
        item: `lake writes (${etl.schedule}, ${etl.symbols.join(',')}) and their access logs`,
        quantity: `${count(puts * 2)} PUT × ${money(prices.s3PutPer1000)}/1000`,
        inOriginal: true,
      },
      ((puts * 2) / 1000) * prices.s3PutPer1000,
    );
  }

  let logGb = 0;
  const logGroups: string[] = [];
  for (const group of ofType('AWS::Logs::LogGroup')) {
    const key = name(group.id);
    logGb += ASSUMPTIONS.logGbPerMonth[key] ?? ASSUMPTIONS.defaultLogGbPerMonth;
    logGroups.push(key);
  }
  if (logGroups.length > 0) {
    const retentionMonths = Math.max(
      ...ofType('AWS::Logs::LogGroup').map((g) => Number(g.props.RetentionInDays ?? 3650) / 30),
    );
    const stored = logGb * Math.min(retentionMonths, 12) * ASSUMPTIONS.logCompression;
    add(
      {
        service: 'CloudWatch',
        item: `logs of ${logGroups.join(', ')}: ingestion`,
        quantity: `${count(logGb)} GB × ${money(prices.logsIngestGb)}`,
        inOriginal: true,
      },
      logGb * prices.logsIngestGb,
    );
    add(
      {
        service: 'CloudWatch',
        item: 'logs: storage (compressed, within the retention)',
        quantity: `${count(stored)} GB × ${money(prices.logsStoreGbMonth)}`,
        inOriginal: true,
      },
      stored * prices.logsStoreGbMonth,
    );
  }

  for (const cluster of ofType('AWS::ECS::Cluster')) {
    const settings = (cluster.props.ClusterSettings ?? []) as { Name: string; Value: string }[];
    if (!settings.some((s) => s.Name === 'containerInsights' && s.Value !== 'disabled')) continue;
    const usage = servicesByCluster.get(`${cluster.stack}/${cluster.id}`);
    const {
      cluster: perCluster,
      service: perService,
      taskFamily,
    } = ASSUMPTIONS.containerInsightsMetrics;
    const metrics =
      perCluster + (usage?.services ?? 0) * perService + (usage?.families.size ?? 0) * taskFamily;
    const gb = (usage?.services ?? 0) * ASSUMPTIONS.containerInsightsLogGbPerService;
    add(
      {
        service: 'CloudWatch',
        item: `Container Insights (${name(cluster.id)}): metrics and performance logs`,
        quantity: `${metrics} metrics × ${money(prices.metricMonth)} + ${count(gb)} GB`,
        inOriginal: false,
      },
      metrics * prices.metricMonth + gb * prices.logsIngestGb,
    );
  }

  const secrets = ofType('AWS::SecretsManager::Secret').length;
  if (secrets > 0) {
    add(
      {
        service: 'Secrets Manager',
        item: `${secrets} secrets (${ofType('AWS::SecretsManager::Secret')
          .map((s) => name(s.id))
          .join(', ')})`,
        quantity: `${secrets} × ${money(prices.secretMonth)}`,
        inOriginal: false,
      },
      secrets * prices.secretMonth,
    );
  }

  for (const zone of ofType('AWS::ServiceDiscovery::PrivateDnsNamespace')) {
    add(
      {
        service: 'Route 53',
        item: `private zone of the service discovery namespace (${name(zone.id)})`,
        quantity: `1 × ${money(prices.hostedZoneMonth)}`,
        inOriginal: false,
      },
      prices.hostedZoneMonth,
    );
  }

  return lines;
}
