import { CfnOutput, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as budgets from 'aws-cdk-lib/aws-budgets';
import * as cloudwatch from 'aws-cdk-lib/aws-cloudwatch';
import * as actions from 'aws-cdk-lib/aws-cloudwatch-actions';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as kms from 'aws-cdk-lib/aws-kms';
import * as sns from 'aws-cdk-lib/aws-sns';
import * as subscriptions from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import {
  databaseAlarms,
  etlAlarms,
  hostAlarms,
  loadBalancerAlarms,
  serviceAlarms,
  type AlarmSpec,
} from './alarms.js';
import type { CatalogStack } from './catalog-stack.js';
import type { DataStack } from './data-stack.js';
import type { Options } from './options.js';
import type { PipelineStack } from './pipeline-stack.js';

export interface AlarmsStackProps extends StackProps {
  options: Options;
  data: DataStack;
  catalog: CatalogStack | undefined;
  pipeline: PipelineStack | undefined;
}

/** Budget notifications: [threshold %, actual or forecasted spend]. */
export const BUDGET_NOTIFICATIONS = [
  [80, 'ACTUAL'],
  [100, 'ACTUAL'],
  [100, 'FORECASTED'],
] as const;

/**
 * What tells a person that something broke: one SNS topic (encrypted with a key of its own, TLS
 * only) that every alarm notifies when it fires and when it recovers, an optional e-mail
 * subscription, and the monthly budget. A stack of its own, deployed after the others: it only
 * reads their resources' names, and deleting it leaves them untouched.
 */
export class AlarmsStack extends Stack {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[] = [];

  constructor(scope: Construct, id: string, props: AlarmsStackProps) {
    super(scope, id, props);
    const { options, data, catalog, pipeline } = props;

    // CloudWatch and Budgets cannot publish to a topic encrypted with the AWS-managed SNS key
    // (its policy cannot name them): the topic gets a customer-managed key that allows both.
    const key = new kms.Key(this, 'AlarmTopicKey', {
      description: 'cais alarm topic: encrypts the notifications at rest',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    const publishers = ['cloudwatch.amazonaws.com', 'budgets.amazonaws.com'].map(
      (service) => new iam.ServicePrincipal(service),
    );
    key.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AlarmAndBudgetNotifications',
        principals: publishers,
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );

    this.topic = new sns.Topic(this, 'AlarmTopic', {
      displayName: 'cais alarms',
      masterKey: key,
      enforceSSL: true,
    });
    this.topic.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'AlarmAndBudgetNotifications',
        principals: publishers,
        actions: ['sns:Publish'],
        resources: [this.topic.topicArn],
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
    );
    if (options.alarms.email) {
      this.topic.addSubscription(new subscriptions.EmailSubscription(options.alarms.email));
    }

    const specs: AlarmSpec[] = [
      ...(catalog
        ? [
            ...loadBalancerAlarms(catalog.loadBalancer),
            ...serviceAlarms('api', catalog.cluster, catalog.services.api),
            ...serviceAlarms('web', catalog.cluster, catalog.services.web),
          ]
        : []),
      ...databaseAlarms(data.database, options.database.instanceClass, options.database.storageGb),
      ...(pipeline
        ? [...etlAlarms(options.pipeline.schedule), ...hostAlarms(pipeline.dashboard)]
        : []),
    ];
    const action = new actions.SnsAction(this.topic);
    for (const alarm of specs) {
      const created = new cloudwatch.Alarm(this, alarm.name, {
        alarmName: alarm.name,
        alarmDescription: alarm.description,
        metric: alarm.metric,
        threshold: alarm.threshold,
        comparisonOperator: alarm.comparison,
        evaluationPeriods: alarm.evaluationPeriods,
        treatMissingData: alarm.treatMissingData,
      });
      created.addAlarmAction(action);
      created.addOkAction(action);
      this.alarms.push(created);
    }

    const budget = options.alarms.budgetUsd;
    if (budget !== undefined && budget > 0) {
      new budgets.CfnBudget(this, 'Budget', {
        budget: {
          budgetName: 'cais-monthly',
          budgetType: 'COST',
          timeUnit: 'MONTHLY',
          budgetLimit: { amount: budget, unit: 'USD' },
        },
        notificationsWithSubscribers: BUDGET_NOTIFICATIONS.map(([threshold, type]) => ({
          notification: {
            notificationType: type,
            comparisonOperator: 'GREATER_THAN',
            threshold,
            thresholdType: 'PERCENTAGE',
          },
          subscribers: [{ subscriptionType: 'SNS', address: this.topic.topicArn }],
        })),
      });
    }

    new CfnOutput(this, 'AlarmTopicArn', {
      description: 'The topic every alarm and the budget notify: subscribe more addresses to it',
      value: this.topic.topicArn,
    });
  }
}
