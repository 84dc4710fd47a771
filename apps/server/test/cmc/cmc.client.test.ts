import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CmcClient } from '../../src/cmc/cmc.client.js';
import {
  CmcCreditLimitError,
  CmcKeyError,
  CmcRequestError,
  CmcResponseError,
  CmcUnavailableError,
} from '../../src/cmc/cmc.errors.js';
import { captureLog } from '../helpers/capture-log.js';
import { fakeClock } from '../helpers/fake-clock.js';
import { API_KEY, errorBody, quotesBody, startFakeCmc, type FakeCmc } from '../helpers/fake-cmc.js';

let cmc: FakeCmc;

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

function client(options: { apiKey?: string; timeoutMs?: number } = {}) {
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

const failure = async (promise: Promise<unknown>): Promise<Error> => {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
};

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

describe('CoinMarketCap client: malformed bodies', () => {
  const malformed = (mutate: (body: { data: { BTC: Record<string, unknown>[] } }) => void) => {
    const body = quotesBody(['BTC'], 'BRL', cmc.market) as {
      data: { BTC: Record<string, unknown>[] };
    };
    mutate(body);
    cmc.queue({ status: 200, body });
  };

  it.each([
    [
      'a missing quote currency',
      (b: { data: { BTC: Record<string, unknown>[] } }) => {
        (b.data.BTC[1] as { quote: Record<string, unknown> }).quote = { USD: {} };
      },
      'unexpected quotes response: /data/BTC/1/quote/BRL is missing',
    ],
    [
      'a price sent as text',
      (b: { data: { BTC: Record<string, unknown>[] } }) => {
        const quote = (b.data.BTC[1] as { quote: { BRL: Record<string, unknown> } }).quote.BRL;
        quote.price = '512345.67';
      },
      'unexpected quotes response: /data/BTC/1/quote/BRL/price must be number (got "512345.67")',
    ],
    [
      'a volume that is neither a number nor null',
      (b: { data: { BTC: Record<string, unknown>[] } }) => {
        const quote = (b.data.BTC[1] as { quote: { BRL: Record<string, unknown> } }).quote.BRL;
        quote.volume_24h = true;
      },
      'unexpected quotes response: /data/BTC/1/quote/BRL/volume_24h must be number or null (got true)',
    ],
    [
      'an id that is not an integer',
      (b: { data: { BTC: Record<string, unknown>[] } }) => {
        (b.data.BTC[0] as { id: unknown }).id = 'one';
      },
      'unexpected quotes response: /data/BTC/0/id must be integer (got "one")',
    ],
    [
      'a slug that could escape a lake folder',
      (b: { data: { BTC: Record<string, unknown>[] } }) => {
        (b.data.BTC[1] as { slug: unknown }).slug = '../../etc';
      },
      /^unexpected quotes response: \/data\/BTC\/1\/slug must match pattern/,
    ],
  ])('refuses %s, naming the JSON path', async (_what, mutate, expected) => {
    malformed(mutate);
    const { client: c } = client();
    const error = await failure(c.latestQuotes(['BTC'], 'BRL'));
    expect(error).toBeInstanceOf(CmcResponseError);
    expect(error.message).toMatch(expected);
  });

  it('refuses a body without the requested symbol', async () => {
    cmc.queue({ status: 200, body: quotesBody(['ETH'], 'BRL', cmc.market) });
    const { client: c } = client();
    const error = await failure(c.latestQuotes(['BTC'], 'BRL'));
    expect(error.message).toBe('unexpected quotes response: /data/BTC is missing');
  });

  it('refuses a success that is not JSON', async () => {
    cmc.queue({ status: 200, body: '<html>maintenance</html>' });
    const { client: c } = client();
    const error = await failure(c.latestQuotes(['BTC'], 'BRL'));
    expect(error).toBeInstanceOf(CmcResponseError);
    expect(error.message).toBe(
      'unexpected response to /v2/cryptocurrency/quotes/latest: the body is not JSON',
    );
  });
});

describe('CoinMarketCap client: never leaks the key, never swallows a huge or endless body', () => {
  it('refuses a redirect to another host, naming it, and never sends the key there', async () => {
    const other = await startFakeCmc();
    try {
      cmc.queue({ status: 302, body: '', headers: { location: `${other.url}/steal?x=1` } });
      const { client: c } = client();
      const error = await c.latestQuotes(['BTC'], 'BRL').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CmcRequestError);
      expect((error as Error).message).toContain(`redirect to ${other.url}/steal`);
      expect(other.requests).toEqual([]);
      // No retry either: one request in all.
      expect(cmc.quoteRequests()).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('refuses a redirect even to its own host (the key goes only where CMC_BASE_URL says)', async () => {
    cmc.queue({ status: 301, body: '', headers: { location: '/v2/elsewhere' } });
    const { client: c } = client();
    await expect(c.latestQuotes(['BTC'], 'BRL')).rejects.toThrow(
      /redirect to http:\/\/127\.0\.0\.1:\d+\/v2\/elsewhere/,
    );
  });

  it('stops reading a body larger than the cap, with a clear error, and does not retry', async () => {
    const chunk = Buffer.alloc(1 << 20, 0x20);
    cmc.queue({
      status: 200,
      body: {},
      write: (res) => {
        let sent = 0;
        const more = () => {
          while (sent < 64 && !res.destroyed) {
            sent += 1;
            if (!res.write(chunk)) {
              res.once('drain', more);
              return;
            }
          }
          res.end();
        };
        more();
      },
    });
    const { client: c } = client();
    const error = await c.latestQuotes(['BTC'], 'BRL').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CmcResponseError);
    expect((error as Error).message).toMatch(/larger than 8 MiB/);
    expect(cmc.quoteRequests()).toHaveLength(1);
  });

  it('refuses at once a body whose Content-Length is over the cap', async () => {
    cmc.queue({
      status: 200,
      body: {},
      headers: { 'content-length': String(300 * 1024 * 1024) },
      write: (res) => {
        res.write('{');
      },
    });
    const { client: c } = client();
    await expect(c.latestQuotes(['BTC'], 'BRL')).rejects.toThrow(/larger than 8 MiB/);
  });

  it('times out a body that trickles in, not only slow headers', async () => {
    const timers: NodeJS.Timeout[] = [];
    for (let i = 0; i < 4; i++) {
      cmc.queue({
        status: 200,
        body: {},
        write: (res) => {
          res.write('{"status": ');
          const timer = setInterval(() => {
            if (!res.destroyed) res.write(' ');
          }, 50);
          timers.push(timer);
          res.once('close', () => {
            clearInterval(timer);
          });
        },
      });
    }
    const { client: c } = client({ timeoutMs: 400 });
    const started = Date.now();
    try {
      const error = await c.latestQuotes(['BTC'], 'BRL').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CmcUnavailableError);
      expect((error as Error).message).toMatch(/did not answer within 0\.4 s/);
    } finally {
      for (const timer of timers) clearInterval(timer);
    }
    expect(Date.now() - started).toBeLessThan(15_000);
  });
});
