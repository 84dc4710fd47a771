import { ASSUMPTIONS } from '../assumptions.js';
import { count, line, money, name, type Pricer } from '../pricing.js';

/** Log groups: the assumed volume ingested, and what stays stored within the longest retention. */
export const priceLogs: Pricer = ({ resources, prices }) => {
  const groups = resources.ofType('AWS::Logs::LogGroup');
  if (groups.length === 0) return [];
  const names = groups.map((group) => name(group.id));
  const logGb = names.reduce(
    (sum, key) => sum + (ASSUMPTIONS.logGbPerMonth[key] ?? ASSUMPTIONS.defaultLogGbPerMonth),
    0,
  );
  const retentionMonths = Math.max(
    ...groups.map((g) => Number(g.props.RetentionInDays ?? 3650) / 30),
  );
  const stored = logGb * Math.min(retentionMonths, 12) * ASSUMPTIONS.logCompression;
  return [
    line(
      {
        service: 'CloudWatch',
        item: `logs of ${names.join(', ')}: ingestion`,
        quantity: `${count(logGb)} GB × ${money(prices.logsIngestGb)}`,
        inOriginal: true,
      },
      logGb * prices.logsIngestGb,
    ),
    line(
      {
        service: 'CloudWatch',
        item: 'logs: storage (compressed, within the retention)',
        quantity: `${count(stored)} GB × ${money(prices.logsStoreGbMonth)}`,
        inOriginal: true,
      },
      stored * prices.logsStoreGbMonth,
    ),
  ];
};

/** Container Insights of a cluster that has it on: custom metrics and performance log events. */
export const priceContainerInsights: Pricer = ({ resources, prices, clusters }) =>
  resources.ofType('AWS::ECS::Cluster').flatMap((cluster) => {
    const settings = (cluster.props.ClusterSettings ?? []) as { Name: string; Value: string }[];
    if (!settings.some((s) => s.Name === 'containerInsights' && s.Value !== 'disabled')) return [];
    const usage = clusters.get(`${cluster.stack}/${cluster.id}`);
    const {
      cluster: perCluster,
      service: perService,
      taskFamily,
    } = ASSUMPTIONS.containerInsightsMetrics;
    const metrics =
      perCluster + (usage?.services ?? 0) * perService + (usage?.families.size ?? 0) * taskFamily;
    const gb = (usage?.services ?? 0) * ASSUMPTIONS.containerInsightsLogGbPerService;
    return [
      line(
        {
          service: 'CloudWatch',
          item: `Container Insights (${name(cluster.id)}): metrics and performance logs`,
          quantity: `${metrics} metrics × ${money(prices.metricMonth)} + ${count(gb)} GB`,
          inOriginal: false,
        },
        metrics * prices.metricMonth + gb * prices.logsIngestGb,
      ),
    ];
  });
