import { check, integer, matching, oneOf, text } from '@cais/input-kit';
import { parseCron } from './schedule.js';

/** The value schemas of the deployment options that need more than a pattern (options.ts). */

export const ipv4Cidr = check(
  matching(
    /^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)\/(3[0-2]|[12]?\d)$/,
    'an IPv4 CIDR such as 203.0.113.7/32',
  ),
  (raw) => !raw.endsWith('/0'),
  'must not open the dashboard to the whole internet; give your own range (e.g. your IP /32)',
);

/** CloudWatch Logs accepts only these retention periods. */
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827];

export const retentionDays = check(
  integer(1, 1827),
  (days) => RETENTION_DAYS.includes(days),
  `must be one of ${RETENTION_DAYS.join(', ')} (CloudWatch Logs)`,
);

/** Fargate task sizes: CPU units and the memory (MiB) each allows. */
export const FARGATE_MEMORY: Record<number, number[]> = {
  256: [512, 1024, 2048],
  512: [1024, 2048, 3072, 4096],
  1024: [2048, 3072, 4096, 5120, 6144, 7168, 8192],
  2048: Array.from({ length: 13 }, (_, i) => 4096 + i * 1024),
  4096: Array.from({ length: 23 }, (_, i) => 8192 + i * 1024),
};
export const fargateCpu = oneOf(['256', '512', '1024', '2048', '4096']);
export const memoryMiB = integer(512, 30720);

const cronProblem = (raw: string): string | undefined => {
  try {
    parseCron(raw);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};
export const schedule = check(
  text(),
  (raw) => cronProblem(raw) === undefined,
  (raw) => `must be a cron expression in UTC (${cronProblem(raw) ?? ''})`,
);

export const ec2InstanceType = matching(
  /^[a-z][a-z0-9-]*\.[a-z0-9]+$/,
  'an EC2 instance type such as t3.micro',
);
