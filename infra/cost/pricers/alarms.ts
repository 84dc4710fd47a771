import { count, line, money, type Pricer } from '../pricing.js';

type MetricStat = { MetricStat?: { Metric?: { Namespace?: string; MetricName?: string } } };

/** Namespaces AWS fills on its own; Container Insights is priced with its cluster. */
const billedElsewhere = (namespace: string) =>
  namespace.startsWith('AWS/') || namespace === 'ECS/ContainerInsights';

/**
 * CloudWatch alarms, billed per metric they watch (a metric math alarm counts each metric of its
 * expression), and the custom metrics they read that cais itself publishes (the ETL's EMF lines).
 */
export const priceAlarms: Pricer = ({ resources, prices }) => {
  const alarms = resources.ofType('AWS::CloudWatch::Alarm');
  if (alarms.length === 0) return [];
  const custom = new Set<string>();
  let metrics = 0;
  for (const { props } of alarms) {
    const watched: { namespace: string; name: string }[] =
      typeof props.MetricName === 'string'
        ? [{ namespace: String(props.Namespace), name: props.MetricName }]
        : ((props.Metrics ?? []) as MetricStat[]).flatMap(({ MetricStat: stat }) =>
            stat?.Metric?.MetricName
              ? [{ namespace: String(stat.Metric.Namespace), name: stat.Metric.MetricName }]
              : [],
          );
    metrics += watched.length;
    for (const { namespace, name } of watched) {
      if (!billedElsewhere(namespace)) custom.add(`${namespace}: ${name}`);
    }
  }
  return [
    line(
      {
        service: 'CloudWatch',
        item: `${alarms.length} alarms, standard resolution`,
        quantity: `${metrics} alarm metrics × ${money(prices.alarmMetricMonth)}`,
        inOriginal: false,
      },
      metrics * prices.alarmMetricMonth,
    ),
    ...(custom.size === 0
      ? []
      : [
          line(
            {
              service: 'CloudWatch',
              item: `custom metrics the ETL writes (${[...custom].join(', ')})`,
              quantity: `${count(custom.size)} metrics × ${money(prices.metricMonth)}`,
              inOriginal: false,
            },
            custom.size * prices.metricMonth,
          ),
        ]),
  ];
};

/** Customer-managed KMS keys: a monthly fee each (their requests here are a few a month). */
export const priceKmsKeys: Pricer = ({ resources, prices }) => {
  const keys = resources.ofType('AWS::KMS::Key');
  if (keys.length === 0) return [];
  return [
    line(
      {
        service: 'KMS',
        item: `${keys.length === 1 ? 'key' : `${keys.length} keys`} of the alarm topic, rotated yearly`,
        quantity: `${keys.length} × ${money(prices.kmsKeyMonth)}`,
        inOriginal: false,
      },
      keys.length * prices.kmsKeyMonth,
    ),
  ];
};

/** SNS topics: notifications by e-mail and publishes stay within the monthly free tier. */
export const priceTopics: Pricer = ({ resources }) => {
  const topics = resources.ofType('AWS::SNS::Topic');
  if (topics.length === 0) return [];
  const emails = resources
    .ofType('AWS::SNS::Subscription')
    .filter((s) => s.props.Protocol === 'email').length;
  return [
    line(
      {
        service: 'SNS',
        item: `alarm topic, ${emails === 1 ? '1 e-mail subscription' : `${emails} e-mail subscriptions`}`,
        quantity: 'first 1,000 e-mails and 1,000,000 publishes a month not billed',
        inOriginal: false,
      },
      0,
    ),
  ];
};

/** AWS Budgets: the first two budgets of an account are free (cais defines one). */
export const priceBudgets: Pricer = ({ resources }) =>
  resources.ofType('AWS::Budgets::Budget').map((budget) => {
    const limit = (budget.props.Budget as { BudgetLimit?: { Amount?: unknown } } | undefined)
      ?.BudgetLimit?.Amount;
    return line(
      {
        service: 'Budgets',
        item: `monthly budget of US$ ${String(limit)}, notified at 80% and 100%`,
        quantity: 'first 2 budgets of an account not billed',
        inOriginal: false,
      },
      0,
    );
  });
