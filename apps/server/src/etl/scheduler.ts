import { Cron } from 'croner';
import type { Logger } from 'pino';
import { CmcCreditLimitError, CmcError } from '../cmc/cmc.errors.js';
import { systemClock, type Clock } from '../time/clock.js';
import type { RunReport } from './extract.js';

export interface SchedulerOptions {
  /** Cron expression, UTC (ETL_SCHEDULE). */
  schedule: string;
  run: (signal: AbortSignal) => Promise<RunReport>;
  log: Logger;
  clock?: Clock;
}

export interface Scheduler {
  /**
   * Settles when the schedule ends: resolves after stop(), rejects with the error that ended it
   * on its own (a key CoinMarketCap refuses: running again cannot help until a person acts).
   */
  readonly finished: Promise<void>;
  /** Stops scheduling, interrupts the run in flight (its lake writes and load finish or roll back) and waits for it. */
  stop(): Promise<void>;
}

const nextUtcMidnight = (now: number) => Math.floor(now / 86_400_000) * 86_400_000 + 86_400_000;

/**
 * Runs at once, then at every time of the schedule (UTC). Never two runs at the same time: a
 * tick that comes while a run is still going is skipped. A failing run is logged and the next
 * tick runs again, except when the key's credits are spent (paused until the next UTC day) or
 * the key is refused (the schedule ends).
 */
export function startScheduler(options: SchedulerOptions): Scheduler {
  const { schedule, log } = options;
  const clock = options.clock ?? systemClock;
  const controller = new AbortController();
  let current: Promise<void> | undefined;
  let pausedUntil = 0;
  let stopped = false;
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  const finished = new Promise<void>((resolve, reject) => {
    settle = { resolve, reject };
  });

  const end = (error?: Error) => {
    if (stopped) return;
    stopped = true;
    job.stop();
    controller.abort();
    if (error) settle?.reject(error);
    else settle?.resolve();
  };

  const afterRun = (report: RunReport) => {
    const error = report.error;
    if (report.status !== 'failed' || !(error instanceof CmcError)) return;
    if (error.stopsSchedule) {
      log.fatal(`extraction schedule stopped: ${error.message}`);
      end(error);
    } else if (error instanceof CmcCreditLimitError && error.window !== 'ip') {
      pausedUntil = nextUtcMidnight(clock.now());
      log.warn(`extraction paused until ${new Date(pausedUntil).toISOString()}`);
    }
  };

  const tick = () => {
    if (stopped) return;
    if (current) {
      log.warn('the previous extraction is still running: skipping this scheduled run');
      return;
    }
    if (clock.now() < pausedUntil) {
      log.debug(`extraction paused until ${new Date(pausedUntil).toISOString()}: skipping`);
      return;
    }
    current = (async () => {
      try {
        afterRun(await options.run(controller.signal));
      } catch (error) {
        if (!controller.signal.aborted) log.error({ err: error }, 'extraction crashed');
      } finally {
        current = undefined;
        const next = job.nextRun();
        if (next && !controller.signal.aborted)
          log.debug(`next extraction at ${next.toISOString()}`);
      }
    })();
  };

  const job = new Cron(schedule, { timezone: 'UTC' }, tick);
  log.info(
    `extraction schedule "${schedule}" (UTC): running now, then from ${job.nextRun()?.toISOString() ?? 'never'}`,
  );
  tick();

  return {
    finished,
    stop: async () => {
      end();
      await current;
    },
  };
}
