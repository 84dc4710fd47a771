import {
  createServer,
  type IncomingHttpHeaders,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A local HTTP server answering like CoinMarketCap (reference/coinmarketcap.md): the documented
 * success and error bodies, scripted per request, so the real client is tested over real HTTP.
 */

export interface Answer {
  status: number;
  /** An object is sent as JSON; a string as is. */
  body: unknown;
  /** Wait this long before answering (to trip the client's timeout). */
  delayMs?: number;
  /** More response headers (a redirect's Location). */
  headers?: Record<string, string>;
  /** Writes the body itself, after the headers (a slow or huge body); `body` is then unused. */
  write?: (res: ServerResponse) => void;
}

export interface Market {
  /** quote.<convert>.last_updated: polls within one minute see the same. */
  lastUpdated: string;
  /** Price per symbol; unknown symbols get 100. */
  prices: Record<string, number>;
}

export interface RecordedRequest {
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

const SLUGS: Record<string, { id: number; name: string; slug: string }> = {
  BTC: { id: 1, name: 'Bitcoin', slug: 'bitcoin' },
  ETH: { id: 1027, name: 'Ethereum', slug: 'ethereum' },
};

function coin(symbol: string, convert: string, market: Market, rank: number, id?: number) {
  const known = SLUGS[symbol] ?? {
    id: 9000 + symbol.length,
    name: symbol,
    slug: symbol.toLowerCase(),
  };
  const price = market.prices[symbol] ?? 100;
  return {
    id: id ?? known.id,
    name: known.name,
    symbol,
    slug: id ? `${known.slug}-imitation` : known.slug,
    num_market_pairs: 12034,
    date_added: '2010-07-13T00:00:00.000Z',
    tags: ['mineable', 'pow'],
    max_supply: 21000000,
    circulating_supply: 19950012,
    total_supply: 19950012,
    is_active: 1,
    infinite_supply: false,
    platform: null,
    cmc_rank: rank,
    is_fiat: 0,
    self_reported_circulating_supply: null,
    self_reported_market_cap: null,
    tvl_ratio: null,
    last_updated: market.lastUpdated,
    quote: {
      [convert]: {
        price,
        volume_24h: 201234567890.12,
        volume_change_24h: -3.1,
        percent_change_1h: 0.12,
        percent_change_24h: -1.05,
        percent_change_7d: 4.2,
        percent_change_30d: 8.9,
        percent_change_60d: 11.0,
        percent_change_90d: 15.3,
        market_cap: 10221234567890.1,
        market_cap_dominance: 58.1,
        fully_diluted_market_cap: 10759259257890.2,
        tvl: null,
        last_updated: market.lastUpdated,
      },
    },
  };
}

const status = (errorCode = 0, errorMessage: string | null = null, creditCount = 1) => ({
  timestamp: '2026-11-22T14:05:07.512Z',
  error_code: errorCode,
  error_message: errorMessage,
  elapsed: 21,
  credit_count: creditCount,
  notice: null,
});

/**
 * The documented v2 success body. Each symbol's array holds the real coin and, as in the real
 * API, an imitation sharing the symbol: listed first, with a worse rank.
 */
export function quotesBody(symbols: string[], convert: string, market: Market): unknown {
  return {
    status: status(0, null, Math.ceil(symbols.length / 100)),
    data: Object.fromEntries(
      symbols.map((s) => [
        s,
        [coin(s, convert, market, 3120, 31_337), coin(s, convert, market, 1)],
      ]),
    ),
  };
}

/** The documented error body: `status` only. */
export const errorBody = (code: number, message: string): unknown => ({
  status: { ...status(code, message, 0), elapsed: 0 },
});

export const keyInfoBody = (creditLimitMonthly = 10_000): unknown => ({
  status: status(0, null, 0),
  data: {
    plan: {
      credit_limit_monthly: creditLimitMonthly,
      credit_limit_monthly_reset: 'In 8 days, 2 hours',
      credit_limit_monthly_reset_timestamp: '2026-12-01T00:00:00.000Z',
      rate_limit_minute: 30,
    },
    usage: {
      current_minute: { requests_made: 1, requests_left: 29 },
      current_day: { credits_used: 12 },
      current_month: { credits_used: 340, credits_left: creditLimitMonthly - 340 },
    },
  },
});

export interface FakeCmc {
  url: string;
  requests: RecordedRequest[];
  /** Quote requests only. */
  quoteRequests(): RecordedRequest[];
  market: Market;
  /** Answers for the next quote requests, in order; then the market answers. */
  queue(...answers: Answer[]): void;
  /** The answer to /v1/key/info. */
  keyInfo: Answer;
  close(): Promise<void>;
}

export const API_KEY = 'test-key-0123456789abcdef';

export async function startFakeCmc(): Promise<FakeCmc> {
  const queued: Answer[] = [];
  const requests: RecordedRequest[] = [];
  const fake = {
    market: { lastUpdated: '2026-11-22T14:04:00.000Z', prices: { BTC: 512345.678901 } } as Market,
    keyInfo: { status: 200, body: keyInfoBody() } as Answer,
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push({ path: url.pathname, query: url.searchParams, headers: req.headers });
    let answer: Answer;
    if (req.headers['x-cmc_pro_api_key'] !== API_KEY) {
      answer = { status: 401, body: errorBody(1002, 'API key missing.') };
    } else if (url.pathname === '/v1/key/info') {
      answer = fake.keyInfo;
    } else if (url.pathname === '/v2/cryptocurrency/quotes/latest') {
      const symbols = (url.searchParams.get('symbol') ?? '').split(',');
      const convert = url.searchParams.get('convert') ?? 'USD';
      answer = queued.shift() ?? { status: 200, body: quotesBody(symbols, convert, fake.market) };
    } else {
      answer = { status: 404, body: errorBody(404, 'Not found') };
    }
    const send = () => {
      if (res.destroyed) return;
      const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
      res.writeHead(answer.status, {
        'content-type': typeof answer.body === 'string' ? 'text/html' : 'application/json',
        ...answer.headers,
      });
      if (answer.write) answer.write(res);
      else res.end(text);
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs);
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    quoteRequests: () => requests.filter((r) => r.path.includes('/quotes/')),
    get market() {
      return fake.market;
    },
    set market(value) {
      fake.market = value;
    },
    queue: (...answers) => queued.push(...answers),
    get keyInfo() {
      return fake.keyInfo;
    },
    set keyInfo(value) {
      fake.keyInfo = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
