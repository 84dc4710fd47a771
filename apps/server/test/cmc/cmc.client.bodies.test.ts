import { describe, expect, it } from 'vitest';
import {
  CmcRequestError,
  CmcResponseError,
  CmcUnavailableError,
} from '../../src/cmc/cmc.errors.js';
import { quotesBody, startFakeCmc } from '../helpers/fake-cmc.js';
import { client, cmc, failure, useFakeCmc } from '../helpers/fake-cmc-client.js';

useFakeCmc();

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
