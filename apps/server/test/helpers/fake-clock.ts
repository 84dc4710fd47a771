import type { Clock } from '../../src/time/clock.js';

export interface FakeClock extends Clock {
  /** Every sleep asked for, in ms. */
  sleeps: number[];
  set(iso: string): void;
}

/** A clock whose sleeps return at once, moving its time forward by what was asked. */
export function fakeClock(start: string): FakeClock {
  let now = Date.parse(start);
  const sleeps: number[] = [];
  return {
    now: () => now,
    sleep: async (ms, signal) => {
      signal?.throwIfAborted();
      sleeps.push(ms);
      now += ms;
    },
    sleeps,
    set: (iso) => {
      now = Date.parse(iso);
    },
  };
}
