import { RetentionDays } from 'aws-cdk-lib/aws-logs';

/** The CloudWatch retention for a number of days (options.ts accepts only the valid ones). */
export function retentionDays(days: number): RetentionDays {
  // A numeric enum maps its values back to its member names.
  const member = (RetentionDays as unknown as Record<number, string | undefined>)[days];
  if (member === undefined) throw new Error(`CloudWatch Logs cannot keep logs ${days} days`);
  return RetentionDays[member as keyof typeof RetentionDays];
}
