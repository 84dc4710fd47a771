import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { Lake } from '../lake/lake.js';
import { compactLake } from './compact.js';

/** 00:20 UTC: the day before is closed, and the first extractions of the new day are in. */
export const COMPACTION_SCHEDULE = '20 0 * * *';

export interface CompactionSchedule {
  /** Stops scheduling, interrupts the compaction in flight between days and waits for it. */
  stop(): Promise<void>;
}

/**
 * Compacts the lake once a day beside the extraction schedule, as its own job: a failure is
 * logged and the next day's run picks up everything still uncompacted (compaction only adds what
 * is missing), and a slow compaction never delays an extraction.
 */
export function startCompactionSchedule(options: {
  openLake: () => Promise<Lake>;
  log: Logger;
  schedule?: string;
}): CompactionSchedule {
  const { log } = options;
  const controller = new AbortController();
  let current: Promise<void> | undefined;
  const tick = () => {
    if (current || controller.signal.aborted) return;
    current = (async () => {
      let lake: Lake | undefined;
      try {
        lake = await options.openLake();
        const summary = await compactLake(lake, { signal: controller.signal });
        log.info(
          {
            compaction: {
              ...summary,
              bad: summary.bad.length,
              unreadable: summary.unreadable.length,
            },
          },
          `lake compaction: ${summary.compacted} coin days given a new part, ${summary.objects} raw objects`,
        );
      } catch (error) {
        if (!controller.signal.aborted)
          log.error({ err: error }, 'lake compaction failed; retried tomorrow');
      } finally {
        await lake?.close();
        current = undefined;
      }
    })();
  };
  const job = new Cron(options.schedule ?? COMPACTION_SCHEDULE, { timezone: 'UTC' }, tick);
  log.info(`lake compaction daily at ${job.nextRun()?.toISOString().slice(11, 16) ?? '?'} UTC`);
  return {
    stop: async () => {
      job.stop();
      controller.abort();
      await current;
    },
  };
}
