import { Cron } from 'croner';

/**
 * Seconds between two consecutive runs of a cron schedule (UTC), from its next two runs: 300 for
 * `*\/5 * * * *`. An irregular schedule gives its next gap; freshness rules only need the rhythm.
 */
export function scheduleIntervalSeconds(schedule: string, from: Date = new Date()): number {
  const cron = new Cron(schedule, { paused: true, timezone: 'UTC' });
  try {
    const [first, second] = cron.nextRuns(2, from);
    if (!first || !second) return 0;
    return Math.round((second.getTime() - first.getTime()) / 1000);
  } finally {
    cron.stop();
  }
}
