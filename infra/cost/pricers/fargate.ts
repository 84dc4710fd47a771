import { ASSUMPTIONS, HOURS_PER_MONTH } from '../assumptions.js';
import {
  addPublicIpv4,
  count,
  line,
  money,
  name,
  target,
  taskSize,
  type Pricer,
} from '../pricing.js';

/**
 * ECS services on Fargate, at their minimum task count: vCPU and memory hours, public addresses
 * of the tasks, and the services of each cluster for Container Insights.
 */
export const priceFargateServices: Pricer = ({ resources, prices, publicIpv4, clusters }) =>
  resources.ofType('AWS::ECS::Service').flatMap((service) => {
    const { vcpu, gb, family } = taskSize(resources, service.stack, service.props.TaskDefinition);
    const scaling = resources
      .ofType('AWS::ApplicationAutoScaling::ScalableTarget')
      .find(
        (t) =>
          t.stack === service.stack &&
          JSON.stringify(t.props.ResourceId).includes(`"${service.id}"`),
      );
    const tasks = Number(scaling?.props.MinCapacity ?? service.props.DesiredCount ?? 1);
    const hours = tasks * HOURS_PER_MONTH;
    const most = scaling ? `, up to ${String(scaling.props.MaxCapacity)} under load` : '';
    const network = service.props.NetworkConfiguration as
      { AwsvpcConfiguration?: { AssignPublicIp?: string } } | undefined;
    if (network?.AwsvpcConfiguration?.AssignPublicIp === 'ENABLED') {
      addPublicIpv4(publicIpv4, hours, 'task', tasks);
    }
    const cluster = `${service.stack}/${target(service.props.Cluster) ?? ''}`;
    const entry = clusters.get(cluster) ?? { services: 0, families: new Set<string>() };
    entry.services += 1;
    entry.families.add(family);
    clusters.set(cluster, entry);
    return [
      line(
        {
          service: 'Fargate',
          item: `${name(service.id)}: ${tasks} task${tasks > 1 ? 's' : ''} of ${vcpu} vCPU${most}`,
          quantity: `${count(hours * vcpu)} vCPU-h × ${money(prices.fargateVcpuHour)}`,
          inOriginal: false,
        },
        hours * vcpu * prices.fargateVcpuHour,
      ),
      line(
        {
          service: 'Fargate',
          item: `${name(service.id)}: ${gb} GB memory`,
          quantity: `${count(hours * gb)} GB-h × ${money(prices.fargateGbHour)}`,
          inOriginal: false,
        },
        hours * gb * prices.fargateGbHour,
      ),
    ];
  });

type EcsTarget = {
  EcsParameters?: { TaskDefinitionArn?: unknown; NetworkConfiguration?: unknown };
};

/** EventBridge rules that start a Fargate task: the scheduled ETL, billed per run. */
export const priceScheduledTasks: Pricer = ({ resources, prices, publicIpv4, runsPerMonth }) =>
  resources.ofType('AWS::Events::Rule').flatMap((rule) =>
    ((rule.props.Targets ?? []) as EcsTarget[]).flatMap((ruleTarget) => {
      if (!ruleTarget.EcsParameters) return [];
      const { vcpu, gb } = taskSize(
        resources,
        rule.stack,
        ruleTarget.EcsParameters.TaskDefinitionArn,
      );
      const hours = (runsPerMonth * ASSUMPTIONS.etlTaskMinutesPerRun) / 60;
      if (JSON.stringify(ruleTarget.EcsParameters.NetworkConfiguration).includes('"ENABLED"')) {
        addPublicIpv4(publicIpv4, hours, 'scheduled task while it runs');
      }
      const hourly = vcpu * prices.fargateVcpuHour + gb * prices.fargateGbHour;
      return [
        line(
          {
            service: 'Fargate',
            item: `scheduled ETL: ${count(runsPerMonth)} runs of ${ASSUMPTIONS.etlTaskMinutesPerRun} min, ${vcpu} vCPU + ${gb} GB`,
            quantity: `${count(hours)} h × ${money(hourly)}`,
            inOriginal: false,
          },
          hours * hourly,
        ),
      ];
    }),
  );
