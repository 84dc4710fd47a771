import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { CmcClient } from '../../src/cmc/cmc.client.js';
import {
  CmcCreditLimitError,
  CmcKeyError,
  CmcRequestError,
  CmcUnavailableError,
} from '../../src/cmc/cmc.errors.js';
import { captureLog } from '../helpers/capture-log.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { API_KEY, errorBody, quotesBody } from '../helpers/fake-cmc.js';
import { client, cmc, failure, useFakeCmc } from '../helpers/fake-cmc-client.js';

useFakeCmc();

describe('CoinMarketCap client: success', () => {
  it('asks for every symbol in one request, with the key in X-CMC_PRO_API_KEY', async () => {
    const { client: c } = client();
    await c.latestQuotes(['BTC', 'ETH'], 'BRL');
    expect(cmc.requests).toHaveLength(1);
    const [request] = cmc.requests;
    expect(request?.path).toBe('/v2/cryptocurrency/quotes/latest');
    expect(request?.query.get('symbol')).toBe('BTC,ETH');
    expect(request?.query.get('convert')).toBe('BRL');
    expect(request?.headers['x-cmc_pro_api_key']).toBe(API_KEY);
    expect(request?.query.has('CMC_PRO_API_KEY')).toBe(false);
  });

  it('picks the coin with the lowest cmc_rank among those sharing the symbol, keeping its id', async () => {
    const { client: c } = client();
    const quotes = await c.latestQuotes(['BTC'], 'BRL');
    const [btc] = quotes.coins;
    expect(btc?.coin.id).toBe(1);
    expect(btc?.coin.slug).toBe('bitcoin');
    expect(btc?.coin.cmc_rank).toBe(1);
    expect(btc?.coin.quote.BRL?.price).toBe(512345.678901);
    expect(quotes.credits).toBe(1);
  });

  it('keeps the body exactly as received, for the lake', async () => {
    const { client: c } = client();
    const quotes = await c.latestQuotes(['BTC'], 'BRL');
    expect(JSON.parse(quotes.raw)).toEqual(quotesBody(['BTC'], 'BRL', cmc.market));
  });

  it('reads the plan and usage from /v1/key/info', async () => {
    const { client: c } = client();
    const info = await c.keyInfo();
    expect(info.plan.credit_limit_monthly).toBe(10_000);
    expect(info.usage.current_month.credits_used).toBe(340);
  });
});

describe('CoinMarketCap client: limits and failures', () => {
  it('waits for the next minute window after a 429 with code 1008, then retries', async () => {
    cmc.queue({
      status: 429,
      body: errorBody(1008, "You've exceeded your API Key's HTTP request rate limit."),
    });
    const { client: c, clock, text } = client();
    const quotes = await c.latestQuotes(['BTC'], 'BRL');
    expect(quotes.coins[0]?.coin.id).toBe(1);
    expect(cmc.quoteRequests()).toHaveLength(2);
    // 14:05:07.512 -> one second past 14:06:00.
    expect(clock.sleeps).toEqual([53_488]);
    expect(text()).toMatch(
      /minute rate limit reached \(1008: .*\): waiting 53 s for the next minute window/,
    );
  });

  it('retries 500 twice with growing, jittered backoff, then succeeds', async () => {
    cmc.queue(
      { status: 500, body: errorBody(500, 'An internal server error occurred') },
      { status: 500, body: errorBody(500, 'An internal server error occurred') },
    );
    const { client: c, clock, text } = client();
    const quotes = await c.latestQuotes(['BTC'], 'BRL');
    expect(quotes.coins).toHaveLength(1);
    expect(cmc.quoteRequests()).toHaveLength(3);
    // Half of each step is fixed and half random (0.5 here): 1 s -> 750 ms, 2 s -> 1,500 ms.
    expect(clock.sleeps).toEqual([750, 1_500]);
    expect(text()).toMatch(
      /answered 500: An internal server error occurred: retrying in 0\.8 s \(attempt 2 of 4\)/,
    );
  });

  it('gives up after a bounded number of attempts when the server keeps failing', async () => {
    cmc.queue(
      ...Array.from({ length: 4 }, () => ({
        status: 503,
        body: '<html>Service Unavailable</html>',
      })),
    );
    const { client: c, clock } = client();
    const error = await failure(c.latestQuotes(['BTC'], 'BRL'));
    expect(error).toBeInstanceOf(CmcUnavailableError);
    expect(error.message).toBe('CoinMarketCap answered HTTP 503; gave up after 4 attempts');
    expect(cmc.quoteRequests()).toHaveLength(4);
    expect(clock.sleeps).toHaveLength(3);
    expect(Math.max(...clock.sleeps)).toBeLessThanOrEqual(15_000);
  });

  it('times out a request that does not answer, and retries it', async () => {
    cmc.queue({ status: 200, body: quotesBody(['BTC'], 'BRL', cmc.market), delayMs: 1_500 });
    const { client: c, clock, text } = client({ timeoutMs: 300 });
    const quotes = await c.latestQuotes(['BTC'], 'BRL');
    expect(quotes.coins).toHaveLength(1);
    expect(clock.sleeps).toHaveLength(1);
    expect(text()).toMatch(/did not answer within 0\.3 s: retrying/);
  });

  it('retries when the server cannot be reached, then says so', async () => {
    const clock = fakeClock('2026-11-22T14:05:07.512Z');
    // A port that was free a moment ago: nothing listens there.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const c = new CmcClient({
      baseUrl: `http://127.0.0.1:${port}`,
      apiKey: API_KEY,
      log: captureLog().log,
      clock,
    });
    const error = await failure(c.latestQuotes(['BTC'], 'BRL'));
    expect(error).toBeInstanceOf(CmcUnavailableError);
    expect(error.message).toMatch(
      /^CoinMarketCap is unreachable \(ECONNREFUSED\); gave up after 4 attempts$/,
    );
    expect(clock.sleeps).toHaveLength(3);
  });

  it('stops at once on 401, saying how to fix the key and never showing it', async () => {
    const { client: c, clock } = client({ apiKey: 'wrong-key-4f1d0c' });
    const error = await failure(c.latestQuotes(['BTC'], 'BRL'));
    expect(error).toBeInstanceOf(CmcKeyError);
    expect(error.message).toBe(
      'CoinMarketCap refused the API key (HTTP 401, 1002: API key missing.): set CMC_API_KEY (get a key at https://coinmarketcap.com/api/)',
    );
    expect(error.message).not.toContain('wrong-key');
    expect(cmc.quoteRequests()).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it.each([
    [402, 1004, "Your API Key's subscription plan has expired.", /renew the plan/],
    [
      403,
      1006,
      "Your API Key subscription plan doesn't support this endpoint.",
      /plan covers this endpoint/,
    ],
    [403, 1007, 'This API Key has been disabled. Please contact support.', /the key is disabled/],
  ])('stops at once on %i (code %i)', async (status, code, text, advice) => {
    cmc.queue({ status, body: errorBody(code, text) });
    const { client: c, clock } = client();
    const error = await failure(c.latestQuotes(['BTC'], 'BRL'));
    expect(error).toBeInstanceOf(CmcKeyError);
    expect(error).toMatchObject({ stopsSchedule: true });
    expect(error.message).toMatch(advice);
    expect(cmc.quoteRequests()).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it.each([
    [1009, 'day', /daily credits are spent .* resumes after 00:00 UTC/],
    [1010, 'month', /monthly credits are spent/],
    [1011, 'ip', /too many requests from this IP address/],
  ])('stops at once on 429 with code %i, saying until when', async (code, window, expected) => {
    cmc.queue({ status: 429, body: errorBody(code, 'limit reached') });
    const { client: c, clock } = client();
    const error = await failure(c.latestQuotes(['BTC'], 'BRL'));
    expect(error).toBeInstanceOf(CmcCreditLimitError);
    expect(error).toMatchObject({ window });
    expect(error.message).toMatch(expected);
    expect(cmc.quoteRequests()).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('names the parameters to check on a 400', async () => {
    cmc.queue({ status: 400, body: errorBody(400, 'Invalid value for "symbol": "NOPE"') });
    const { client: c } = client();
    const error = await failure(c.latestQuotes(['NOPE'], 'BRL'));
    expect(error).toBeInstanceOf(CmcRequestError);
    expect(error.message).toBe(
      'CoinMarketCap refused the request (400: Invalid value for "symbol": "NOPE"): check ETL_SYMBOLS (NOPE) and ETL_CONVERT (BRL)',
    );
  });
});
