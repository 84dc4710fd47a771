import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { CmcCreditLimitError, CmcKeyError, CmcUnavailableError } from '../../src/cmc/cmc.errors.js';
import type { RunReport } from '../../src/etl/extract.js';
import { startScheduler } from '../../src/etl/scheduler.js';
import { captureLog } from '../helpers/capture-log.js';
import { fakeClock } from '../helpers/fake-clock.js';

// The real croner on a schedule of every second: each test takes a second or three.
const EVERY_SECOND = '* * * * * *';

const report = (status: RunReport['status'], error?: Error): RunReport => ({
  status,
  runId: undefined,
  keys: [],
  credits: 0,
  load: undefined,
  error,
});

describe('the extraction schedule', () => {
  it('runs at once, then on the schedule, and survives failing runs', async () => {
    const { log, text } = captureLog();
    const outcomes = [
      () => Promise.reject(new Error('bug in the run')),
      () =>
        Promise.resolve(report('failed', new CmcUnavailableError('CoinMarketCap answered 500'))),
    ];
    let runs = 0;
    const scheduler = startScheduler({
      schedule: EVERY_SECOND,
      log,
      run: () => {
        const outcome = outcomes[runs++] ?? (() => Promise.resolve(report('succeeded')));
        return outcome();
      },
    });
    expect(runs).toBe(1);
    await sleep(2_300);
    await scheduler.stop();
    expect(runs).toBeGreaterThanOrEqual(3);
    expect(text()).toMatch(/extraction schedule "\* \* \* \* \* \*" \(UTC\): running now/);
    expect(text()).toMatch(/extraction crashed/);
    await expect(scheduler.finished).resolves.toBeUndefined();
  });

  it('never runs twice at once, and stop() interrupts the run in flight', async () => {
    const { log, text } = captureLog();
    let running = 0;
    let most = 0;
    let runs = 0;
    let aborted = false;
    const scheduler = startScheduler({
      schedule: EVERY_SECOND,
      log,
      run: async (signal) => {
        runs += 1;
        running += 1;
        most = Math.max(most, running);
        try {
          // Longer than several ticks; ends early only when the schedule stops.
          await sleep(10_000, undefined, { signal }).catch(() => {
            aborted = signal.aborted;
          });
          return report('succeeded');
        } finally {
          running -= 1;
        }
      },
    });
    await sleep(2_200);
    expect(runs).toBe(1);
    expect(text()).toMatch(/the previous extraction is still running: skipping this scheduled run/);
    const stopping = performance.now();
    await scheduler.stop();
    expect(performance.now() - stopping).toBeLessThan(1_000);
    expect(aborted).toBe(true);
    expect(most).toBe(1);
    expect(running).toBe(0);
  });

  it('ends when CoinMarketCap refuses the key: running again cannot help', async () => {
    const { log, text } = captureLog();
    let runs = 0;
    const refused = new CmcKeyError(
      'CoinMarketCap refused the API key (HTTP 401, 1001: invalid): check CMC_API_KEY',
    );
    const scheduler = startScheduler({
      schedule: EVERY_SECOND,
      log,
      run: async () => {
        runs += 1;
        return report('failed', refused);
      },
    });
    await expect(scheduler.finished).rejects.toBe(refused);
    await sleep(1_200);
    expect(runs).toBe(1);
    expect(text()).toMatch(/extraction schedule stopped: CoinMarketCap refused the API key/);
  });

  it('pauses until the next UTC day when the daily credits are spent', async () => {
    const { log, text } = captureLog();
    const clock = fakeClock('2026-11-22T14:05:07.000Z');
    let runs = 0;
    const scheduler = startScheduler({
      schedule: EVERY_SECOND,
      log,
      clock,
      run: async () => {
        runs += 1;
        return report('failed', new CmcCreditLimitError('daily credits are spent', 'day', 1009));
      },
    });
    await sleep(1_300);
    expect(runs).toBe(1);
    expect(text()).toMatch(/extraction paused until 2026-11-23T00:00:00.000Z/);
    clock.set('2026-11-23T00:00:01.000Z');
    await sleep(1_100);
    await scheduler.stop();
    expect(runs).toBe(2);
  });
});
