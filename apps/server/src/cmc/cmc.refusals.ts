import { CmcCreditLimitError } from './cmc.errors.js';

/** How CoinMarketCap's refusals are read: what to tell the user, what they cost. */

/** What to do about each of the key errors (reference/coinmarketcap.md). */
export const KEY_ADVICE: Record<number, string> = {
  1001: 'check CMC_API_KEY (get a key at https://coinmarketcap.com/api/)',
  1002: 'set CMC_API_KEY (get a key at https://coinmarketcap.com/api/)',
  1003: 'renew the plan in your CoinMarketCap account, or set CMC_API_KEY to another key',
  1004: 'renew the plan in your CoinMarketCap account, or set CMC_API_KEY to another key',
  1005: 'set CMC_API_KEY',
  1006: 'use a key whose plan covers this endpoint (CMC_API_KEY)',
  1007: 'the key is disabled: enable it in your CoinMarketCap account or set CMC_API_KEY to another key',
};

/** status.credit_count of any body, read leniently: a refused body may still have cost credits. */
export function reportedCredits(json: unknown): number {
  const count = (json as { status?: { credit_count?: unknown } } | undefined)?.status?.credit_count;
  return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : 0;
}

export function creditLimit(code: number, said: string): CmcCreditLimitError {
  if (code === 1009) {
    return new CmcCreditLimitError(
      `CoinMarketCap: the key's daily credits are spent (${said}); extraction resumes after 00:00 UTC. Run less often (ETL_SCHEDULE), fetch fewer symbols (ETL_SYMBOLS) or upgrade the plan`,
      'day',
      code,
    );
  }
  if (code === 1010) {
    return new CmcCreditLimitError(
      `CoinMarketCap: the key's monthly credits are spent (${said}); extraction resumes when the plan's month resets. Run less often (ETL_SCHEDULE), fetch fewer symbols (ETL_SYMBOLS) or upgrade the plan`,
      'month',
      code,
    );
  }
  return new CmcCreditLimitError(
    `CoinMarketCap: too many requests from this IP address (${said}); wait, and make sure no other program calls the API from here`,
    'ip',
    code,
  );
}
