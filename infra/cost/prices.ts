/**
 * On-demand prices in US$ (Linux, no free tier, no savings plan, taxes excluded), per region.
 * Change a price here and `cais cost` and docs/deployment.md follow.
 */
export const PRICE_SOURCE =
  'AWS public price pages (aws.amazon.com/rds/pricing, /ec2/pricing/on-demand, /ebs/pricing, ' +
  '/fargate/pricing, /elasticloadbalancing/pricing, /vpc/pricing, /s3/pricing, /cloudwatch/pricing, ' +
  '/secrets-manager/pricing, /route53/pricing, /athena/pricing, /glue/pricing, /kms/pricing, /sns/pricing, ' +
  '/aws-cost-management/aws-budgets/pricing), on-demand rates as published in 2025; compiled ' +
  'without network access, so check them with the AWS Pricing Calculator (calculator.aws) before relying on them';
export const PRICE_DATE = '2025';

export interface PriceList {
  /** Region name for the report. */
  name: string;
  /** RDS for PostgreSQL, single-AZ instance hour (Multi-AZ costs twice). */
  rdsInstanceHour: Record<string, number>;
  /** RDS gp3 storage, GB-month (backups up to the storage size are free). */
  rdsStorageGbMonth: number;
  /** EC2 Linux instance hour. */
  ec2InstanceHour: Record<string, number>;
  /** EBS gp3, GB-month (3,000 IOPS and 125 MB/s included). */
  ebsGp3GbMonth: number;
  fargateVcpuHour: number;
  fargateGbHour: number;
  albHour: number;
  albLcuHour: number;
  natHour: number;
  natGb: number;
  /** Every public IPv4 address, attached or not, since February 2024. */
  publicIpv4Hour: number;
  s3StandardGbMonth: number;
  /** The classes the lake's archive rule can move raw objects to, GB-month. */
  s3ClassGbMonth: Record<'STANDARD_IA' | 'GLACIER_IR' | 'GLACIER' | 'DEEP_ARCHIVE', number>;
  /** Lifecycle transition requests into each class, per 1,000 objects. */
  s3TransitionPer1000: Record<'STANDARD_IA' | 'GLACIER_IR' | 'GLACIER' | 'DEEP_ARCHIVE', number>;
  /** Athena SQL queries, per TB scanned (10 MB at least per query). */
  athenaTbScanned: number;
  /** Glue Data Catalog beyond the free million objects, per 100,000 objects a month. */
  glueObjectsPer100kMonth: number;
  s3PutPer1000: number;
  s3GetPer1000: number;
  logsIngestGb: number;
  logsStoreGbMonth: number;
  /** CloudWatch custom metric (Container Insights metrics are billed as such), first 10,000. */
  metricMonth: number;
  /** A standard-resolution alarm, per metric it watches (first 10 free per account: not counted). */
  alarmMetricMonth: number;
  /** A customer-managed KMS key (the alarm topic's). */
  kmsKeyMonth: number;
  secretMonth: number;
  /** A private hosted zone: the Cloud Map namespace the web tasks find the api by. */
  hostedZoneMonth: number;
}

export const PRICES = {
  'eu-west-3': {
    name: 'Europe (Paris)',
    rdsInstanceHour: {
      'db.t4g.micro': 0.019,
      'db.t4g.small': 0.038,
      'db.t4g.medium': 0.076,
      'db.t3.micro': 0.021,
      'db.t3.small': 0.041,
      'db.t3.medium': 0.082,
    },
    rdsStorageGbMonth: 0.133,
    ec2InstanceHour: {
      't3.nano': 0.0059,
      't3.micro': 0.0118,
      't3.small': 0.0236,
      't3.medium': 0.0472,
      't3a.micro': 0.0106,
      't3a.small': 0.0212,
    },
    ebsGp3GbMonth: 0.0928,
    fargateVcpuHour: 0.04656,
    fargateGbHour: 0.00511,
    albHour: 0.0265,
    albLcuHour: 0.0084,
    natHour: 0.048,
    natGb: 0.048,
    publicIpv4Hour: 0.005,
    s3StandardGbMonth: 0.024,
    s3ClassGbMonth: {
      STANDARD_IA: 0.0131,
      GLACIER_IR: 0.005,
      GLACIER: 0.0041,
      DEEP_ARCHIVE: 0.0018,
    },
    s3TransitionPer1000: {
      STANDARD_IA: 0.01,
      GLACIER_IR: 0.02,
      GLACIER: 0.0312,
      DEEP_ARCHIVE: 0.06,
    },
    athenaTbScanned: 5,
    glueObjectsPer100kMonth: 1,
    s3PutPer1000: 0.0053,
    s3GetPer1000: 0.00042,
    logsIngestGb: 0.57,
    logsStoreGbMonth: 0.03,
    metricMonth: 0.3,
    alarmMetricMonth: 0.1,
    kmsKeyMonth: 1,
    secretMonth: 0.4,
    hostedZoneMonth: 0.5,
  },
  'us-east-1': {
    name: 'US East (N. Virginia)',
    rdsInstanceHour: {
      'db.t4g.micro': 0.016,
      'db.t4g.small': 0.032,
      'db.t4g.medium': 0.065,
      'db.t3.micro': 0.018,
      'db.t3.small': 0.036,
      'db.t3.medium': 0.072,
    },
    rdsStorageGbMonth: 0.115,
    ec2InstanceHour: {
      't3.nano': 0.0052,
      't3.micro': 0.0104,
      't3.small': 0.0208,
      't3.medium': 0.0416,
      't3a.micro': 0.0094,
      't3a.small': 0.0188,
    },
    ebsGp3GbMonth: 0.08,
    fargateVcpuHour: 0.04048,
    fargateGbHour: 0.004445,
    albHour: 0.0225,
    albLcuHour: 0.008,
    natHour: 0.045,
    natGb: 0.045,
    publicIpv4Hour: 0.005,
    s3StandardGbMonth: 0.023,
    s3ClassGbMonth: {
      STANDARD_IA: 0.0125,
      GLACIER_IR: 0.004,
      GLACIER: 0.0036,
      DEEP_ARCHIVE: 0.00099,
    },
    s3TransitionPer1000: { STANDARD_IA: 0.01, GLACIER_IR: 0.02, GLACIER: 0.03, DEEP_ARCHIVE: 0.05 },
    athenaTbScanned: 5,
    glueObjectsPer100kMonth: 1,
    s3PutPer1000: 0.005,
    s3GetPer1000: 0.0004,
    logsIngestGb: 0.5,
    logsStoreGbMonth: 0.03,
    metricMonth: 0.3,
    alarmMetricMonth: 0.1,
    kmsKeyMonth: 1,
    secretMonth: 0.4,
    hostedZoneMonth: 0.5,
  },
} as const satisfies Record<string, PriceList>;

export type PricedRegion = keyof typeof PRICES;
export const PRICED_REGIONS = Object.keys(PRICES) as PricedRegion[];
