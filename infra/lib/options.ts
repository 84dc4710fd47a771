import {
  boolean,
  type Values,
  inputsFor,
  integer,
  matching,
  oneOf,
  readInputs,
} from '@cais/input-kit';
import {
  ec2InstanceType,
  FARGATE_MEMORY,
  fargateCpu,
  ipv4Cidr,
  memoryMiB,
  retentionDays,
  schedule,
} from './option-schemas.js';

/**
 * The deployment options, read from CDK context (`-c key=value`, cdk.json, or `cais cost --context`).
 * This table is the single source for parsing, for `cais cost --help` and for docs/deployment.md.
 * The schemas come from the same kit as the server's environment variables and CLI flags.
 */
const option = inputsFor({ booleanWords: false, groupDigits: false });

/** One or more context values are wrong; the message names each key. */
export class ContextError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid context:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ContextError';
  }
}

export const CONTEXT = {
  region: option(
    'AWS region of every stack',
    'eu-west-3',
    matching(/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/, 'an AWS region such as eu-west-3'),
  ),
  account: option(
    'AWS account id; unset: account-agnostic stacks (the deploying credentials decide)',
    undefined,
    matching(/^\d{12}$/, 'a 12-digit AWS account id'),
  ),
  topology: option(
    'Stacks to define: all, catalog (ECS Fargate behind a load balancer) or pipeline (EC2, as the original)',
    'all',
    oneOf(['all', 'catalog', 'pipeline']),
  ),
  nat: option(
    'One NAT gateway for private subnets (about US$35/month plus traffic); false: the tasks and the ETL instance get public IPv4 addresses instead',
    'false',
    boolean(),
  ),
  etl: option(
    'Where the ETL runs: ec2 (an instance running `cais etl schedule`, as the original) or fargate (a scheduled `cais etl run` task, cheaper)',
    'ec2',
    oneOf(['ec2', 'fargate']),
  ),
  allowedCidr: option(
    'IPv4 range allowed to reach the dashboard instance on port 8501; required by the pipeline stack (no default: it is never opened to everyone)',
    undefined,
    ipv4Cidr,
  ),
  certificateArn: option(
    'ACM certificate (same region) for HTTPS on the load balancer; unset: HTTP only',
    undefined,
    matching(
      /^arn:aws[a-z-]*:acm:[a-z0-9-]+:\d{12}:certificate\/[0-9a-f-]{36}$/,
      'an ACM certificate ARN (arn:aws:acm:<region>:<account>:certificate/<id>)',
    ),
  ),
  image: option(
    'Container image to run (e.g. ghcr.io/you/cais:1.0); unset: built from this repository and pushed by cdk deploy',
    undefined,
    matching(
      /^[a-z0-9][\w.-]*(:\d+)?\/[\w./-]+(:[\w.-]+|@sha256:[0-9a-f]{64})?$/,
      'an image reference',
    ),
  ),
  dbInstanceClass: option(
    'RDS instance class',
    'db.t4g.micro',
    matching(/^db\.[a-z0-9]+\.[a-z0-9]+$/, 'an RDS instance class such as db.t4g.micro'),
  ),
  dbStorageGb: option('RDS storage (gp3), in GB', '20', integer(20, 16384)),
  dbMultiAz: option('RDS standby in a second zone (doubles the database cost)', 'false', boolean()),
  dbPerformanceInsights: option(
    'RDS Performance Insights with its free 7 days of history (some micro classes lack it)',
    'false',
    boolean(),
  ),
  dbBackupDays: option('Days of RDS automated backups', '7', integer(1, 35)),
  deletionProtection: option(
    'Protect the database from deletion (set false, deploy, then destroy to tear down)',
    'true',
    boolean(),
  ),
  etlInstanceType: option('EC2 instance type of the ETL worker', 't3.micro', ec2InstanceType),
  dashboardInstanceType: option('EC2 instance type of the dashboard', 't3.micro', ec2InstanceType),
  apiCpu: option('Fargate CPU units of an api task (1024 = 1 vCPU)', '256', fargateCpu),
  apiMemory: option('Fargate memory of an api task, MiB', '512', memoryMiB),
  webCpu: option('Fargate CPU units of a web task', '256', fargateCpu),
  webMemory: option('Fargate memory of a web task, MiB', '512', memoryMiB),
  etlCpu: option('Fargate CPU units of the scheduled ETL task (etl=fargate)', '256', fargateCpu),
  etlMemory: option('Fargate memory of the scheduled ETL task, MiB', '512', memoryMiB),
  minTasks: option('Fewest tasks per catalog service', '1', integer(1, 100)),
  maxTasks: option('Most tasks per catalog service (scaled on CPU)', '4', integer(1, 100)),
  etlSchedule: option(
    'ETL schedule, cron expression in UTC (ETL_SCHEDULE)',
    '*/5 * * * *',
    schedule,
  ),
  etlSymbols: option(
    'Coins to extract (ETL_SYMBOLS)',
    'BTC',
    matching(
      /^[A-Z0-9]{1,20}(,[A-Z0-9]{1,20})*$/,
      'comma-separated upper-case symbols such as BTC,ETH',
    ),
  ),
  etlConvert: option(
    'Quote currency (ETL_CONVERT)',
    'BRL',
    matching(/^[A-Z0-9]{2,10}$/, 'a currency code such as BRL'),
  ),
  logRetentionDays: option('Days CloudWatch keeps the logs', '30', retentionDays),
  lakeCoins: option(
    'Coin folders of the lake (CoinMarketCap slugs) that the Glue table projects for Athena',
    'bitcoin',
    matching(
      /^[a-z0-9][a-z0-9-]*(,[a-z0-9][a-z0-9-]*)*$/,
      'comma-separated slugs such as bitcoin,ethereum',
    ),
  ),
  athenaScanLimitMb: option(
    'Most data one Athena query of the workgroup may scan, MB (the query is cancelled beyond it)',
    '1024',
    integer(10, 10_000_000),
  ),
  lakeRawArchiveDays: option(
    'Move raw lake objects to `lakeRawArchiveClass` this many days after they were written (compaction has covered them by then); unset: off',
    undefined,
    integer(2, 3650),
  ),
  lakeRawArchiveClass: option(
    'Storage class of that rule: STANDARD_IA, GLACIER_IR, GLACIER or DEEP_ARCHIVE (docs/lake.md says when it pays)',
    'GLACIER_IR',
    oneOf(['STANDARD_IA', 'GLACIER_IR', 'GLACIER', 'DEEP_ARCHIVE']),
  ),
  alarmEmail: option(
    'E-mail address the alarm topic sends to (confirm the subscription it receives); unset: the topic has no subscriber (docs/alarms.md)',
    undefined,
    matching(/^[^@\s]+@[^@\s]+\.[^@\s]+$/, 'an e-mail address such as ops@example.com'),
  ),
  budgetUsd: option(
    "Monthly AWS Budgets limit in US$, notified at 80% and 100% (actual) and 100% (forecast); unset: `cais cost`'s estimate plus 25%; 0: no budget",
    undefined,
    integer(0, 1_000_000),
  ),
} as const;

export type ContextKey = keyof typeof CONTEXT;

export interface Options {
  region: string;
  account: string | undefined;
  topology: Values<typeof CONTEXT>['topology'];
  nat: boolean;
  etl: Values<typeof CONTEXT>['etl'];
  allowedCidr: string | undefined;
  certificateArn: string | undefined;
  image: string | undefined;
  database: {
    instanceClass: string;
    storageGb: number;
    multiAz: boolean;
    performanceInsights: boolean;
    backupDays: number;
    deletionProtection: boolean;
  };
  instances: { etl: string; dashboard: string };
  tasks: {
    api: { cpu: number; memoryMiB: number };
    web: { cpu: number; memoryMiB: number };
    etl: { cpu: number; memoryMiB: number };
    min: number;
    max: number;
  };
  pipeline: { schedule: string; symbols: string; convert: string };
  logRetentionDays: number;
  alarms: {
    email: string | undefined;
    /** US$ a month; undefined: estimated (app.ts); 0: no budget. */
    budgetUsd: number | undefined;
  };
  lake: {
    coins: string[];
    athenaScanLimitMb: number;
    archiveDays: number | undefined;
    archiveClass: Values<typeof CONTEXT>['lakeRawArchiveClass'];
  };
}

export const CONTEXT_KEYS = Object.keys(CONTEXT) as ContextKey[];

/** Context values come as strings from `-c` and as JSON values from cdk.json. */
function asText(value: unknown): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Reads and validates every option; a bad value throws ContextError naming it. */
export function readOptions(get: (key: string) => unknown): Options {
  const { values: p, problems: rejected } = readInputs(CONTEXT, (key) => asText(get(key)));
  const problems = rejected.map(({ key, raw, reason }) => `${key}=${raw} ${reason}`);
  const bad = new Set(rejected.map(({ key }) => key));
  for (const role of ['api', 'web', 'etl'] as const) {
    // Either may be missing when its own value was rejected above.
    if (bad.has(`${role}Cpu`) || bad.has(`${role}Memory`)) continue;
    const cpu = p[`${role}Cpu`];
    const memory = p[`${role}Memory`];
    const allowed = FARGATE_MEMORY[Number(cpu)];
    if (allowed && !allowed.includes(memory)) {
      problems.push(
        `${role}Memory=${memory} does not fit ${role}Cpu=${cpu}: Fargate allows ${allowed.join(', ')} MiB`,
      );
    }
  }
  if (p.minTasks > p.maxTasks) {
    problems.push(`minTasks=${p.minTasks} is above maxTasks=${p.maxTasks}`);
  }
  if (p.certificateArn && !p.certificateArn.includes(`:acm:${p.region}:`)) {
    problems.push(`certificateArn must be in region ${p.region}, where the load balancer runs`);
  }
  if (problems.length > 0) throw new ContextError(problems);
  return {
    region: p.region,
    account: p.account,
    topology: p.topology,
    nat: p.nat,
    etl: p.etl,
    allowedCidr: p.allowedCidr,
    certificateArn: p.certificateArn,
    image: p.image,
    database: {
      instanceClass: p.dbInstanceClass,
      storageGb: p.dbStorageGb,
      multiAz: p.dbMultiAz,
      performanceInsights: p.dbPerformanceInsights,
      backupDays: p.dbBackupDays,
      deletionProtection: p.deletionProtection,
    },
    instances: { etl: p.etlInstanceType, dashboard: p.dashboardInstanceType },
    tasks: {
      api: { cpu: Number(p.apiCpu), memoryMiB: p.apiMemory },
      web: { cpu: Number(p.webCpu), memoryMiB: p.webMemory },
      etl: { cpu: Number(p.etlCpu), memoryMiB: p.etlMemory },
      min: p.minTasks,
      max: p.maxTasks,
    },
    pipeline: { schedule: p.etlSchedule, symbols: p.etlSymbols, convert: p.etlConvert },
    logRetentionDays: p.logRetentionDays,
    alarms: { email: p.alarmEmail, budgetUsd: p.budgetUsd },
    lake: {
      coins: p.lakeCoins.split(','),
      athenaScanLimitMb: p.athenaScanLimitMb,
      archiveDays: p.lakeRawArchiveDays,
      archiveClass: p.lakeRawArchiveClass,
    },
  };
}
