import type { Logger } from 'pino';
import { VERSION } from '../version.js';
import {
  CmcCreditLimitError,
  CmcError,
  CmcKeyError,
  CmcRequestError,
  CmcResponseError,
  CmcUnavailableError,
} from './cmc.errors.js';
import {
  checkCoin,
  checkEnvelope,
  checkKeyInfo,
  checkQuoteValues,
  type Coin,
  type KeyInfo,
} from './cmc.schema.js';
import { systemClock, type Clock } from '../time/clock.js';
import { creditLimit, KEY_ADVICE, reportedCredits } from './cmc.refusals.js';
import { describeNetworkError, readCapped } from './cmc.http.js';

export interface CmcClientOptions {
  baseUrl: string;
  apiKey: string;
  log: Logger;
  clock?: Clock;
  /** Per request, body included. */
  timeoutMs?: number;
  /** The largest body read; a larger one is refused (a quotes body is a few kB a coin). */
  maxBodyBytes?: number;
  /** Attempts at a request failing with 5xx or a network error, the first included. */
  maxAttempts?: number;
  /** First backoff; each retry doubles it, up to maxBackoffMs, half of it random. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How many times a 1008 (minute rate limit) is waited out before giving up. */
  maxRateLimitWaits?: number;
  random?: () => number;
}

export interface LatestQuotes {
  /** The response body exactly as received (after gzip): the lake keeps it untouched. */
  raw: string;
  /** Credits the call cost (status.credit_count). */
  credits: number;
  /** One coin per requested symbol, in the order requested. */
  coins: { symbol: string; coin: Coin }[];
}

interface Answer {
  status: number;
  raw: string;
  json: unknown;
}

/** 8 MiB: hundreds of coins' quotes, and a bound on what a broken or hostile server costs us. */
export const MAX_BODY_BYTES = 8 * 1024 * 1024;

const seconds = (ms: number) => `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0)} s`;

/**
 * The CoinMarketCap API, as the pipeline needs it: every request has a timeout; a minute rate
 * limit is waited out; 5xx and network failures are retried with bounded exponential backoff
 * and jitter; key problems and spent credits stop at once, without a retry storm; and a body
 * that is not the documented shape is refused with the path of the bad field.
 */
export class CmcClient {
  private readonly clock: Clock;
  private readonly random: () => number;

  constructor(private readonly options: CmcClientOptions) {
    this.clock = options.clock ?? systemClock;
    this.random = options.random ?? Math.random;
  }

  /** `GET /v2/cryptocurrency/quotes/latest` for all symbols in one call. */
  async latestQuotes(
    symbols: readonly string[],
    convert: string,
    signal?: AbortSignal,
  ): Promise<LatestQuotes> {
    const answer = await this.request(
      '/v2/cryptocurrency/quotes/latest',
      { symbol: symbols.join(','), convert },
      signal,
    );
    try {
      return this.readQuotes(answer, symbols, convert);
    } catch (error) {
      if (error instanceof CmcResponseError) {
        error.body = answer.raw;
        error.credits = reportedCredits(answer.json);
      }
      throw error;
    }
  }

  private readQuotes(answer: Answer, symbols: readonly string[], convert: string): LatestQuotes {
    const body = checkEnvelope(answer.json);
    const coins = symbols.map((symbol) => {
      const candidates = body.data[symbol];
      if (candidates === undefined) {
        throw new CmcResponseError(`unexpected quotes response: /data/${symbol} is missing`);
      }
      if (candidates.length === 0) {
        throw new CmcResponseError(`unexpected quotes response: /data/${symbol} has no coin`);
      }
      // Symbols are not unique: the real coin is the one with the best (lowest) rank.
      const rank = (i: number) => candidates[i]?.cmc_rank ?? Infinity;
      const id = (i: number) => candidates[i]?.id ?? Infinity;
      let best = 0;
      for (let i = 1; i < candidates.length; i++) {
        if (rank(i) < rank(best) || (rank(i) === rank(best) && id(i) < id(best))) best = i;
      }
      const path = `/data/${symbol}/${best}`;
      const coin = checkCoin(candidates[best], convert, path);
      checkQuoteValues(coin, convert, path, this.clock.now());
      return { symbol, coin };
    });
    return { raw: answer.raw, credits: body.status.credit_count ?? 0, coins };
  }

  /** `GET /v1/key/info` (free): the plan's limits and the credits used. */
  async keyInfo(signal?: AbortSignal): Promise<KeyInfo> {
    // Only informative: one attempt, so a slow API does not hold up the start.
    const answer = await this.request('/v1/key/info', {}, signal, 1);
    return checkKeyInfo(answer.json).data;
  }

  private async request(
    path: string,
    params: Record<string, string>,
    signal: AbortSignal | undefined,
    maxAttempts = this.options.maxAttempts ?? 4,
  ): Promise<Answer> {
    const { maxRateLimitWaits = 2 } = this.options;
    const url = new URL(`${this.options.baseUrl.replace(/\/+$/, '')}${path}`);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, value);
    let failures = 0;
    let rateLimitWaits = 0;
    for (;;) {
      let answer: Answer;
      try {
        answer = await this.fetchOnce(url, signal);
      } catch (error) {
        // A redirect or an oversized body: repeating the request cannot help.
        if (signal?.aborted || error instanceof CmcError) throw error;
        failures += 1;
        const reason =
          (error as Error).name === 'TimeoutError'
            ? `did not answer within ${seconds(this.options.timeoutMs ?? 10_000)}`
            : `is unreachable (${describeNetworkError(error)})`;
        await this.backoff(failures, maxAttempts, `CoinMarketCap ${reason}`, signal);
        continue;
      }
      const { status } = answer;
      // Errors are read leniently: a proxy's HTML page or a partial status still gets an answer.
      const reported = (answer.json as { status?: Record<string, unknown> } | undefined)?.status;
      const code = typeof reported?.error_code === 'number' ? reported.error_code : 0;
      const message = typeof reported?.error_message === 'string' ? reported.error_message : '';
      if (status === 200 && code === 0) {
        if (answer.json === undefined) {
          throw new CmcResponseError(`unexpected response to ${path}: the body is not JSON`);
        }
        return answer;
      }
      const said = `${code ? `${code}: ` : ''}${message || `HTTP ${status}`}`;
      if (status === 429 && (code === 1009 || code === 1010 || code === 1011)) {
        throw creditLimit(code, said);
      }
      if (status === 429) {
        // 1008 (or an uncoded 429): the minute window resets at the next minute.
        rateLimitWaits += 1;
        if (rateLimitWaits > maxRateLimitWaits) {
          throw new CmcCreditLimitError(
            `CoinMarketCap kept answering with its minute rate limit (${said}) after ${maxRateLimitWaits} waits: another program may be using this key`,
            'ip',
            code || undefined,
          );
        }
        const now = this.clock.now();
        // One second past the boundary, for the clocks that disagree by a little.
        const wait = 60_000 - (now % 60_000) + 1_000;
        this.options.log.warn(
          { waitMs: wait },
          `CoinMarketCap minute rate limit reached (${said}): waiting ${seconds(wait)} for the next minute window`,
        );
        await this.clock.sleep(wait, signal);
        continue;
      }
      if (status === 401 || status === 402 || status === 403) {
        const advice = KEY_ADVICE[code] ?? 'check CMC_API_KEY and the plan of the key';
        throw new CmcKeyError(
          `CoinMarketCap refused the API key (HTTP ${status}, ${said}): ${advice}`,
          code || undefined,
        );
      }
      if (status >= 500) {
        failures += 1;
        await this.backoff(failures, maxAttempts, `CoinMarketCap answered ${said}`, signal);
        continue;
      }
      if (status === 400) {
        throw new CmcRequestError(
          `CoinMarketCap refused the request (${said}): check ETL_SYMBOLS (${params.symbol ?? ''}) and ETL_CONVERT (${params.convert ?? ''})`,
        );
      }
      throw new CmcRequestError(`CoinMarketCap refused ${path} (HTTP ${status}, ${said})`);
    }
  }

  /**
   * One request. Redirects are not followed: the key would go with it to wherever the answer
   * points (the issue saw it reach another host four times), so a redirect is an error naming
   * the target. The timeout covers the body too, and the body is read up to maxBodyBytes.
   */
  private async fetchOnce(url: URL, signal: AbortSignal | undefined): Promise<Answer> {
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 10_000);
    const response = await fetch(url, {
      headers: {
        'X-CMC_PRO_API_KEY': this.options.apiKey,
        Accept: 'application/json',
        'User-Agent': `cais/${VERSION}`,
      },
      redirect: 'manual',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
    if (response.status >= 300 && response.status < 400) {
      await response.body?.cancel();
      const location = response.headers.get('location');
      const target = location ? new URL(location, url) : undefined;
      throw new CmcRequestError(
        `CoinMarketCap answered HTTP ${response.status} with a redirect to ${target ? `${target.origin}${target.pathname}` : 'nowhere'}: not followed, so the key goes to no other address; check CMC_BASE_URL (${url.origin})`,
      );
    }
    const raw = await readCapped(response, this.options.maxBodyBytes ?? MAX_BODY_BYTES);
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      json = undefined;
    }
    return { status: response.status, raw, json };
  }

  /**
   * Waits before the next attempt, or gives up after the last one. Not p-retry (which the
   * database wait uses): this loop also waits out minute rate limits without counting them as
   * failures, and sleeps on the injected Clock, so its tests check every wait without waiting
   * (the client tests ask for 72 s of waits in all); p-retry sleeps on its own setTimeout.
   */
  private async backoff(
    failures: number,
    maxAttempts: number,
    reason: string,
    signal: AbortSignal | undefined,
  ): Promise<void> {
    if (failures >= maxAttempts) {
      throw new CmcUnavailableError(`${reason}; gave up after ${maxAttempts} attempts`);
    }
    const { backoffMs = 1_000, maxBackoffMs = 15_000 } = this.options;
    const ceiling = Math.min(maxBackoffMs, backoffMs * 2 ** (failures - 1));
    const wait = Math.round(ceiling / 2 + (this.random() * ceiling) / 2);
    this.options.log.warn(
      { attempt: failures, waitMs: wait },
      `${reason}: retrying in ${seconds(wait)} (attempt ${failures + 1} of ${maxAttempts})`,
    );
    await this.clock.sleep(wait, signal);
  }
}
