import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local stand-in for CoinMarketCap's `GET /v2/cryptocurrency/quotes/latest`, answering in the
 * documented v2 shape (data keyed by symbol, each an array of coins, quotes keyed by currency).
 */
export interface FakeCoinMarketCap {
  url: string;
  /** Requests seen, with the API key header each carried. */
  requests: { path: string; apiKey: string | undefined }[];
  close(): Promise<void>;
}

const SLUGS: Record<string, { id: number; name: string; slug: string }> = {
  BTC: { id: 1, name: 'Bitcoin', slug: 'bitcoin' },
  ETH: { id: 1027, name: 'Ethereum', slug: 'ethereum' },
};

function coin(symbol: string, convert: string, now: string) {
  const known = SLUGS[symbol] ?? { id: 9999, name: symbol, slug: symbol.toLowerCase() };
  return {
    ...known,
    symbol,
    num_market_pairs: 12_000,
    date_added: '2010-07-13T00:00:00.000Z',
    tags: ['mineable'],
    max_supply: 21_000_000,
    circulating_supply: 19_950_000,
    total_supply: 19_950_000,
    infinite_supply: false,
    platform: null,
    cmc_rank: 1,
    is_active: 1,
    is_fiat: 0,
    self_reported_circulating_supply: null,
    self_reported_market_cap: null,
    tvl_ratio: null,
    last_updated: now,
    quote: {
      [convert]: {
        price: 512_345.67,
        volume_24h: 123_456_789_012.34,
        volume_change_24h: 1.5,
        percent_change_1h: 0.12,
        percent_change_24h: -0.5,
        percent_change_7d: 2.1,
        percent_change_30d: 5.2,
        percent_change_60d: 7.3,
        percent_change_90d: 9.4,
        market_cap: 10_221_234_567_890.12,
        market_cap_dominance: 55.1,
        fully_diluted_market_cap: 10_759_259_070_000,
        tvl: null,
        last_updated: now,
      },
    },
  };
}

/** Listens on 127.0.0.1 and a free port unless told otherwise (a container: 0.0.0.0 and a port). */
export async function startFakeCoinMarketCap(
  listen: { host?: string; port?: number } = {},
): Promise<FakeCoinMarketCap> {
  const requests: FakeCoinMarketCap['requests'] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const apiKey = request.headers['x-cmc_pro_api_key'];
    requests.push({ path: url.pathname, apiKey: typeof apiKey === 'string' ? apiKey : undefined });
    if (url.pathname !== '/v2/cryptocurrency/quotes/latest') {
      response.writeHead(404, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ status: { error_code: 404, error_message: 'Not found' } }));
      return;
    }
    const now = new Date().toISOString();
    const convert = url.searchParams.get('convert') ?? 'USD';
    const symbols = (url.searchParams.get('symbol') ?? 'BTC').split(',');
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        status: {
          timestamp: now,
          error_code: 0,
          error_message: null,
          elapsed: 7,
          credit_count: 1,
          notice: null,
        },
        data: Object.fromEntries(symbols.map((s) => [s, [coin(s, convert, now)]])),
      }),
    );
  });
  const host = listen.host ?? '127.0.0.1';
  await new Promise<void>((resolve) => server.listen(listen.port ?? 0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
