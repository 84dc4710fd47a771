import { afterAll, beforeAll, beforeEach } from 'vitest';
import { CmcClient } from '../../src/cmc/cmc.client.js';
import { captureLog } from './capture-log.js';
import { fakeClock } from './fake-clock.js';
import { API_KEY, startFakeCmc, type FakeCmc } from './fake-cmc.js';

/** The fake CoinMarketCap of the calling test file (a live binding: set once its tests start). */
export let cmc: FakeCmc;

/** Starts the fake for the calling test file, with a fresh market and no requests before each test. */
export function useFakeCmc(): void {
  beforeAll(async () => {
    cmc = await startFakeCmc();
  });
  afterAll(async () => {
    await cmc.close();
  });
  beforeEach(() => {
    cmc.requests.length = 0;
    cmc.market = { lastUpdated: '2026-11-22T14:04:00.000Z', prices: { BTC: 512345.678901 } };
  });
}

/** A client of the fake on a fake clock (sleeps return at once) and a capturing log. */
export function client(options: { apiKey?: string; timeoutMs?: number } = {}) {
  const clock = fakeClock('2026-11-22T14:05:07.512Z');
  const { log, text } = captureLog();
  return {
    clock,
    text,
    client: new CmcClient({
      baseUrl: cmc.url,
      apiKey: options.apiKey ?? API_KEY,
      log,
      clock,
      timeoutMs: options.timeoutMs ?? 2_000,
      random: () => 0.5,
    }),
  };
}

export const failure = async (promise: Promise<unknown>): Promise<Error> => {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
};
