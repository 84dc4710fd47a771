import { Match } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_NOTIFICATIONS } from '../lib/alarms-stack.js';
import { connectionsThreshold, etlPace } from '../lib/alarms.js';
import { buildApp } from '../lib/app.js';
import { ContextError } from '../lib/options.js';
import { total } from '../cost/report.js';
import { costReport } from '../cost/index.js';
import { CDK_JSON_CONTEXT, ALLOWED_CIDR, logicalId, resources, synth } from './support/synth.js';

type Props = Record<string, unknown>;
type Stat = {
  Metric: { Namespace: string; MetricName: string; Dimensions?: unknown };
  Period: number;
  Stat: string;
};

/** What an alarm watches, in one comparable line per metric. */
function watched(alarm: Props): string[] {
  if (typeof alarm.MetricName === 'string') {
    return [
      `${String(alarm.Namespace)} ${alarm.MetricName} ${String(alarm.Statistic ?? alarm.ExtendedStatistic)} ${String(alarm.Period)}s`,
    ];
  }
  return (alarm.Metrics as { Expression?: string; MetricStat?: Stat }[]).map((m) =>
    m.Expression !== undefined
      ? `= ${m.Expression}`
      : `${m.MetricStat?.Metric.Namespace} ${m.MetricStat?.Metric.MetricName} ${m.MetricStat?.Stat} ${m.MetricStat?.Period}s`,
  );
}

/** Every alarm of a synthesis: name → [comparison threshold, periods, missing data, metrics]. */
function alarmsOf(context: Record<string, string>) {
  const template = synth(context).template('cais-alarms');
  const topic = logicalId(template, 'AWS::SNS::Topic', 'AlarmTopic');
  return Object.fromEntries(
    resources(template, 'AWS::CloudWatch::Alarm').map(([, alarm]) => {
      const p = alarm.Properties ?? {};
      // Every alarm tells the topic when it fires and when it recovers.
      expect(p.AlarmActions, String(p.AlarmName)).toEqual([{ Ref: topic }]);
      expect(p.OKActions, String(p.AlarmName)).toEqual([{ Ref: topic }]);
      expect(p.AlarmDescription).toContain(`docs/alarms.md#${String(p.AlarmName)}`);
      return [
        String(p.AlarmName),
        [
          `${String(p.ComparisonOperator)} ${String(p.Threshold)}`,
          p.EvaluationPeriods,
          p.TreatMissingData,
          watched(p),
        ],
      ];
    }),
  );
}

const ABOVE = 'GreaterThanThreshold';
const AT_LEAST = 'GreaterThanOrEqualToThreshold';

describe('alarms stack', () => {
  // The first synthesis loads all of aws-cdk-lib: slow on a busy machine, so outside the tests' time.
  beforeAll(() => {
    synth({ topology: 'catalog' });
  }, 600_000);

  it('watches the load balancer, both services and the database of the catalog', () => {
    const alarms = alarmsOf({ topology: 'catalog' });
    const service = (role: string) => ({
      [`cais-${role}-cpu`]: [
        `${ABOVE} 85`,
        3,
        'notBreaching',
        ['AWS/ECS CPUUtilization Average 300s'],
      ],
      [`cais-${role}-memory`]: [
        `${ABOVE} 85`,
        3,
        'notBreaching',
        ['AWS/ECS MemoryUtilization Average 300s'],
      ],
      [`cais-${role}-tasks-below-desired`]: [
        `${AT_LEAST} 1`,
        5,
        'notBreaching',
        [
          '= desired - running',
          'ECS/ContainerInsights DesiredTaskCount Average 60s',
          'ECS/ContainerInsights RunningTaskCount Average 60s',
        ],
      ],
    });
    expect(alarms).toEqual({
      'cais-alb-5xx-rate': [
        `${ABOVE} 5`,
        2,
        'notBreaching',
        [
          '= IF(requests >= 10, 100 * (FILL(target5xx, 0) + FILL(elb5xx, 0)) / requests, 0)',
          'AWS/ApplicationELB RequestCount Sum 300s',
          'AWS/ApplicationELB HTTPCode_Target_5XX_Count Sum 300s',
          'AWS/ApplicationELB HTTPCode_ELB_5XX_Count Sum 300s',
        ],
      ],
      'cais-alb-latency-p95': [
        `${ABOVE} 1`,
        3,
        'notBreaching',
        ['AWS/ApplicationELB TargetResponseTime p95 300s'],
      ],
      ...service('api'),
      ...service('web'),
      'cais-db-cpu': [`${ABOVE} 80`, 3, 'notBreaching', ['AWS/RDS CPUUtilization Average 300s']],
      'cais-db-free-storage': [
        `LessThanThreshold ${Math.round(0.1 * 20 * 2 ** 30)}`,
        2,
        'notBreaching',
        ['AWS/RDS FreeStorageSpace Minimum 300s'],
      ],
      'cais-db-connections': [
        `${ABOVE} 67`,
        2,
        'notBreaching',
        ['AWS/RDS DatabaseConnections Maximum 300s'],
      ],
    });
  });

  it('watches the ETL from the metrics its worker writes, and the dashboard host, in the pipeline', () => {
    const alarms = alarmsOf({ topology: 'pipeline' });
    expect(Object.keys(alarms)).toEqual([
      'cais-db-cpu',
      'cais-db-free-storage',
      'cais-db-connections',
      'cais-etl-stale',
      'cais-etl-runs-failing',
      'cais-dashboard-status-check',
      'cais-dashboard-cpu',
    ]);
    expect(alarms['cais-etl-stale']).toEqual([
      `${ABOVE} 900`,
      3,
      'breaching',
      ['CaisEtl SecondsSinceNewestQuote Maximum 300s'],
    ]);
    expect(alarms['cais-etl-runs-failing']).toEqual([
      `${AT_LEAST} 1`,
      3,
      'notBreaching',
      ['CaisEtl RunsFailed Maximum 300s'],
    ]);
    expect(alarms['cais-dashboard-status-check']).toEqual([
      `${AT_LEAST} 1`,
      3,
      'breaching',
      ['AWS/EC2 StatusCheckFailed Maximum 60s'],
    ]);
    expect(alarms['cais-dashboard-cpu']).toEqual([
      `${ABOVE} 90`,
      3,
      'notBreaching',
      ['AWS/EC2 CPUUtilization Average 300s'],
    ]);
  });

  it('paces the ETL alarms on the schedule, and sizes the connection alarm on the class', () => {
    expect(etlPace('*/5 * * * *')).toEqual({ secondsPerRun: 300, period: 300 });
    expect(etlPace('0 * * * *')).toEqual({ secondsPerRun: 3600, period: 3600 });
    expect(etlPace('0 6 * * *').period).toBe(86_400);
    expect(
      alarmsOf({ topology: 'pipeline', etlSchedule: '0 * * * *' })['cais-etl-stale']?.[0],
    ).toBe(`${ABOVE} 10800`);
    expect(connectionsThreshold('db.t4g.micro')).toBe(67);
    expect(connectionsThreshold('db.t3.medium')).toBe(270);
    expect(connectionsThreshold('db.r6g.large')).toBe(Math.floor((0.6 * 16 * 2 ** 30) / 9_531_392));
    // PostgreSQL's formula stops at 5000 connections.
    expect(connectionsThreshold('db.r6g.4xlarge')).toBe(3000);
    expect(connectionsThreshold('db.x2g.large')).toBeUndefined();
  });

  it('sends to one encrypted, TLS-only topic, with the e-mail subscription only when asked', () => {
    const plain = synth({ topology: 'pipeline' }).template('cais-alarms');
    plain.resourceCountIs('AWS::SNS::Subscription', 0);
    const template = synth({ topology: 'pipeline', alarmEmail: 'ops@example.com' }).template(
      'cais-alarms',
    );
    template.resourceCountIs('AWS::SNS::Topic', 1);
    const key = logicalId(template, 'AWS::KMS::Key', 'AlarmTopicKey');
    template.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: { 'Fn::GetAtt': [key, 'Arn'] },
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: 'ops@example.com',
    });
    const policy = JSON.stringify(resources(template, 'AWS::SNS::TopicPolicy')[0]?.[1].Properties);
    expect(policy).toMatch(/"aws:SecureTransport":"false"/);
    expect(policy).toMatch(/"Service":\["budgets.amazonaws.com","cloudwatch.amazonaws.com"\]/);
    const keyPolicy = JSON.stringify(resources(template, 'AWS::KMS::Key')[0]?.[1].Properties);
    expect(keyPolicy).toMatch(/"kms:Decrypt","kms:GenerateDataKey"/);
  });

  it('budgets the month and notifies the topic at 80% and 100% (actual) and 100% (forecast)', () => {
    const template = synth({ topology: 'pipeline', budgetUsd: '60' }).template('cais-alarms');
    const topic = logicalId(template, 'AWS::SNS::Topic', 'AlarmTopic');
    template.hasResourceProperties('AWS::Budgets::Budget', {
      Budget: {
        BudgetType: 'COST',
        TimeUnit: 'MONTHLY',
        BudgetLimit: { Amount: 60, Unit: 'USD' },
        BudgetName: 'cais-monthly',
      },
      NotificationsWithSubscribers: BUDGET_NOTIFICATIONS.map(([threshold, type]) => ({
        Notification: {
          NotificationType: type,
          ComparisonOperator: 'GREATER_THAN',
          Threshold: threshold,
          ThresholdType: 'PERCENTAGE',
        },
        Subscribers: [{ SubscriptionType: 'SNS', Address: { Ref: topic } }],
      })),
    });
    synth({ topology: 'pipeline', budgetUsd: '0' })
      .template('cais-alarms')
      .resourceCountIs('AWS::Budgets::Budget', 0);
  });

  it('defaults the budget to cais cost’s estimate plus 25%, and says when it cannot estimate', () => {
    const { options } = buildApp(
      {
        context: {
          ...CDK_JSON_CONTEXT,
          'aws:cdk:disable-asset-staging': true,
          allowedCidr: ALLOWED_CIDR,
          topology: 'pipeline',
        },
      },
      false,
    );
    const estimated = total(
      costReport({ region: 'eu-west-3', context: ['topology=pipeline', 'budgetUsd=0'] }).lines,
    );
    expect(options.alarms.budgetUsd).toBe(Math.ceil(estimated * 1.25));
    expect(() =>
      buildApp(
        { context: { ...CDK_JSON_CONTEXT, topology: 'catalog', region: 'ap-south-2' } },
        false,
      ),
    ).toThrow(ContextError);
    expect(() =>
      buildApp(
        { context: { ...CDK_JSON_CONTEXT, topology: 'catalog', region: 'ap-south-2' } },
        false,
      ),
    ).toThrow(
      /budgetUsd has no default: cais cost has no prices for ap-south-2; pass -c budgetUsd=<US\$ a month>, or 0 for no budget/,
    );
  });

  it('turns on Performance Insights (7 days, free) only when asked; Multi-AZ likewise', () => {
    const off = synth({ topology: 'pipeline' }).template('cais-data');
    const properties = resources(off, 'AWS::RDS::DBInstance')[0]?.[1].Properties ?? {};
    expect(properties).not.toHaveProperty('EnablePerformanceInsights');
    const on = synth({
      topology: 'pipeline',
      dbPerformanceInsights: 'true',
      dbMultiAz: 'true',
    }).template('cais-data');
    on.hasResourceProperties('AWS::RDS::DBInstance', {
      EnablePerformanceInsights: true,
      PerformanceInsightsRetentionPeriod: 7,
      MultiAZ: true,
      PerformanceInsightsKMSKeyId: Match.absent(),
    });
  });
});
