import { Duration } from 'aws-cdk-lib';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import type * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as ecs from 'aws-cdk-lib/aws-ecs';
import * as elbv2 from 'aws-cdk-lib/aws-elasticloadbalancingv2';
import type * as rds from 'aws-cdk-lib/aws-rds';
import { HOURS_PER_MONTH } from '../cost/assumptions.js';
import { runsPerMonth } from './schedule.js';

/**
 * What each alarm watches and when it fires. docs/alarms.md has a section per alarm, by name,
 * saying what it means and what to do; every alarm's description links to it.
 */
export interface AlarmSpec {
  /** The alarm's name in CloudWatch and in the e-mails (cais-...). */
  name: string;
  description: string;
  metric: cloudwatch.IMetric;
  threshold: number;
  comparison: cloudwatch.ComparisonOperator;
  evaluationPeriods: number;
  treatMissingData: cloudwatch.TreatMissingData;
}

const { GREATER_THAN_THRESHOLD: ABOVE, LESS_THAN_THRESHOLD: BELOW } = cloudwatch.ComparisonOperator;
const AT_LEAST = cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD;
const { NOT_BREACHING, BREACHING } = cloudwatch.TreatMissingData;
const FIVE_MINUTES = Duration.minutes(5);

/** The namespace and metrics the ETL worker writes as EMF lines (apps/server/src/etl/run-metrics.ts). */
export const ETL_NAMESPACE = 'CaisEtl';

const spec = (
  name: string,
  description: string,
  rest: Omit<AlarmSpec, 'name' | 'description'>,
): AlarmSpec => ({ name, description: `${description} See docs/alarms.md#${name}.`, ...rest });

/** 5xx answers (the targets' and the load balancer's own) and the targets' p95 latency. */
export function loadBalancerAlarms(alb: elbv2.ApplicationLoadBalancer): AlarmSpec[] {
  const m = alb.metrics;
  const rate = new cloudwatch.MathExpression({
    // Below 10 requests in 5 minutes one error is no rate: such periods count as fine.
    expression: 'IF(requests >= 10, 100 * (FILL(target5xx, 0) + FILL(elb5xx, 0)) / requests, 0)',
    usingMetrics: {
      requests: m.requestCount({ period: FIVE_MINUTES }),
      target5xx: m.httpCodeTarget(elbv2.HttpCodeTarget.TARGET_5XX_COUNT, { period: FIVE_MINUTES }),
      elb5xx: m.httpCodeElb(elbv2.HttpCodeElb.ELB_5XX_COUNT, { period: FIVE_MINUTES }),
    },
    period: FIVE_MINUTES,
    label: '5xx answers, % of requests',
  });
  return [
    spec(
      'cais-alb-5xx-rate',
      'More than 5% of the requests to the load balancer got a 5xx answer, two 5-minute periods in a row.',
      {
        metric: rate,
        threshold: 5,
        comparison: ABOVE,
        evaluationPeriods: 2,
        treatMissingData: NOT_BREACHING,
      },
    ),
    spec(
      'cais-alb-latency-p95',
      'The slowest 5% of answers from the api and web tasks took more than 1 second, for 15 minutes.',
      {
        metric: m.targetResponseTime({ statistic: 'p95', period: FIVE_MINUTES }),
        threshold: 1,
        comparison: ABOVE,
        evaluationPeriods: 3,
        treatMissingData: NOT_BREACHING,
      },
    ),
  ];
}

/** CPU and memory of a catalog service, and fewer tasks running than it wants. */
export function serviceAlarms(
  role: 'api' | 'web',
  cluster: ecs.ICluster,
  service: ecs.FargateService,
): AlarmSpec[] {
  const insight = (metricName: string) =>
    new cloudwatch.Metric({
      namespace: 'ECS/ContainerInsights',
      metricName,
      dimensionsMap: { ClusterName: cluster.clusterName, ServiceName: service.serviceName },
      statistic: 'Average',
      period: Duration.minutes(1),
    });
  const missing = new cloudwatch.MathExpression({
    expression: 'desired - running',
    usingMetrics: { desired: insight('DesiredTaskCount'), running: insight('RunningTaskCount') },
    period: Duration.minutes(1),
    label: 'tasks missing',
  });
  const average = { period: FIVE_MINUTES, statistic: 'Average' };
  return [
    spec(
      `cais-${role}-cpu`,
      `The ${role} tasks used more than 85% of their CPU on average for 15 minutes: scaling out has not caught up (or maxTasks is reached).`,
      {
        metric: service.metricCpuUtilization(average),
        threshold: 85,
        comparison: ABOVE,
        evaluationPeriods: 3,
        treatMissingData: NOT_BREACHING,
      },
    ),
    spec(
      `cais-${role}-memory`,
      `The ${role} tasks used more than 85% of their memory on average for 15 minutes.`,
      {
        metric: service.metricMemoryUtilization(average),
        threshold: 85,
        comparison: ABOVE,
        evaluationPeriods: 3,
        treatMissingData: NOT_BREACHING,
      },
    ),
    spec(
      `cais-${role}-tasks-below-desired`,
      `Fewer ${role} tasks ran than the service wants, for 5 minutes in a row (tasks failing to start or their health checks).`,
      {
        metric: missing,
        threshold: 1,
        comparison: AT_LEAST,
        evaluationPeriods: 5,
        treatMissingData: NOT_BREACHING,
      },
    ),
  ];
}

/** Memory of the classes cais prices and their bigger siblings, GiB (the RDS instance types page). */
function classMemoryGiB(instanceClass: string): number | undefined {
  const match = /^db\.([tmr])\d+[a-z]*\.(micro|small|medium|large|xlarge|(\d+)xlarge)$/.exec(
    instanceClass,
  );
  if (!match) return undefined;
  const [, family = '', size = '', times] = match;
  const fixed: Record<string, number> = { micro: 1, small: 2, medium: 4 };
  if (size in fixed) return family === 't' ? fixed[size] : undefined;
  const large = family === 'r' ? 16 : 8;
  return (size === 'large' ? 1 : 2 * Number(times ?? 1)) * large;
}

/**
 * PostgreSQL's default max_connections on RDS is LEAST(DBInstanceClassMemory / 9531392, 5000),
 * and DBInstanceClassMemory is less than the class's memory (RDS keeps some for itself): a
 * db.t4g.micro allows about 87 where 1 GiB would give 112. The alarm fires at 60% of the figure
 * from the class's memory, about 75% of the real limit. Undefined for a class not in the table.
 */
export function connectionsThreshold(instanceClass: string): number | undefined {
  const gib = classMemoryGiB(instanceClass);
  if (gib === undefined) return undefined;
  return Math.floor(0.6 * Math.min((gib * 2 ** 30) / 9_531_392, 5000));
}

/** CPU, free storage (below 10% of what was allocated) and connections of the database. */
export function databaseAlarms(
  database: rds.DatabaseInstance,
  instanceClass: string,
  storageGb: number,
): AlarmSpec[] {
  const connections = connectionsThreshold(instanceClass);
  return [
    spec('cais-db-cpu', 'The database used more than 80% of its CPU for 15 minutes.', {
      metric: database.metricCPUUtilization({ period: FIVE_MINUTES }),
      threshold: 80,
      comparison: ABOVE,
      evaluationPeriods: 3,
      treatMissingData: NOT_BREACHING,
    }),
    spec(
      'cais-db-free-storage',
      `The database has less than 10% of its ${storageGb} GB of storage free.`,
      {
        metric: database.metricFreeStorageSpace({ period: FIVE_MINUTES, statistic: 'Minimum' }),
        threshold: Math.round(0.1 * storageGb * 2 ** 30),
        comparison: BELOW,
        evaluationPeriods: 2,
        treatMissingData: NOT_BREACHING,
      },
    ),
    ...(connections === undefined
      ? []
      : [
          spec(
            'cais-db-connections',
            `More than ${connections} connections to the database for 10 minutes (about 75% of what ${instanceClass} allows).`,
            {
              metric: database.metricDatabaseConnections({
                period: FIVE_MINUTES,
                statistic: 'Maximum',
              }),
              threshold: connections,
              comparison: ABOVE,
              evaluationPeriods: 2,
              treatMissingData: NOT_BREACHING,
            },
          ),
        ]),
  ];
}

/** The ETL's pace: seconds between runs on average, and the alarm period that follows from it. */
export function etlPace(schedule: string): { secondsPerRun: number; period: number } {
  const secondsPerRun = Math.round((HOURS_PER_MONTH * 3600) / runsPerMonth(schedule));
  // CloudWatch takes periods in whole minutes; a day at most keeps 3 periods within its limits.
  const period = Math.min(86_400, Math.max(60, Math.ceil(secondsPerRun / 60) * 60));
  return { secondsPerRun, period };
}

/** Staleness (from the newest quote the database has) and failed runs, from the EMF metrics. */
export function etlAlarms(schedule: string): AlarmSpec[] {
  const { secondsPerRun, period } = etlPace(schedule);
  const metric = (metricName: string) =>
    new cloudwatch.Metric({
      namespace: ETL_NAMESPACE,
      metricName,
      statistic: 'Maximum',
      period: Duration.seconds(period),
    });
  const stale = Math.max(3 * secondsPerRun, 900);
  return [
    spec(
      'cais-etl-stale',
      `The newest quote in the database was more than ${stale} s old, or no run reported, for 3 periods of ${period} s (the schedule's pace).`,
      {
        metric: metric('SecondsSinceNewestQuote'),
        threshold: stale,
        comparison: ABOVE,
        evaluationPeriods: 3,
        // A worker that stopped reports nothing: that is stale too.
        treatMissingData: BREACHING,
      },
    ),
    spec('cais-etl-runs-failing', `Every ETL run failed for 3 periods of ${period} s in a row.`, {
      metric: metric('RunsFailed'),
      threshold: 1,
      comparison: AT_LEAST,
      evaluationPeriods: 3,
      treatMissingData: NOT_BREACHING,
    }),
  ];
}

/** The dashboard instance: its status checks (system and instance) and its CPU. */
export function hostAlarms(instance: ec2.Instance): AlarmSpec[] {
  const metric = (metricName: string, period: Duration, statistic: string) =>
    new cloudwatch.Metric({
      namespace: 'AWS/EC2',
      metricName,
      dimensionsMap: { InstanceId: instance.instanceId },
      period,
      statistic,
    });
  return [
    spec(
      'cais-dashboard-status-check',
      'The dashboard instance failed its EC2 status checks (the host or the instance itself) for 3 minutes.',
      {
        metric: metric('StatusCheckFailed', Duration.minutes(1), 'Maximum'),
        threshold: 1,
        comparison: AT_LEAST,
        evaluationPeriods: 3,
        treatMissingData: BREACHING,
      },
    ),
    spec(
      'cais-dashboard-cpu',
      'The dashboard instance used more than 90% of its CPU for 15 minutes.',
      {
        metric: metric('CPUUtilization', FIVE_MINUTES, 'Average'),
        threshold: 90,
        comparison: ABOVE,
        evaluationPeriods: 3,
        treatMissingData: NOT_BREACHING,
      },
    ),
  ];
}
