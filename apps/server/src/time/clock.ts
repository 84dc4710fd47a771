import { setTimeout as delay } from 'node:timers/promises';

/**
 * Time as the pipeline sees it. Tests pass a fake one, so "wait for the next minute" takes no
 * real minute.
 */
export interface Clock {
  now(): number;
  /** Resolves after `ms`, or rejects with an AbortError as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => delay(ms, undefined, signal ? { signal } : {}),
};
