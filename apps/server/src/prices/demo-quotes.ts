import type { Database } from '../db/client.js';
import { insertDemoSeries } from '../quotes/demo-quotes.repository.js';
import { analyzeQuotes } from '../quotes/quotes.repository.js';
import { rebuildRollups, type RollupProgress } from './rollups.js';

/** Demo price history for the dashboard: `cais db seed --quotes` and the benchmark. */

/** Rough late-2026 levels in US dollars and supplies; unknown symbols get a generic coin. */
const COINS: Record<string, { cmcId: number; usd: number; supply: number }> = {
  BTC: { cmcId: 1, usd: 95_000, supply: 19_950_000 },
  ETH: { cmcId: 1027, usd: 3_500, supply: 120_700_000 },
  SOL: { cmcId: 5426, usd: 180, supply: 480_000_000 },
  BNB: { cmcId: 1839, usd: 650, supply: 145_000_000 },
  XRP: { cmcId: 52, usd: 2.3, supply: 58_000_000_000 },
  ADA: { cmcId: 2010, usd: 0.9, supply: 35_500_000_000 },
  DOGE: { cmcId: 74, usd: 0.3, supply: 148_000_000_000 },
};
const GENERIC = { usd: 10, supply: 1_000_000_000 };
const USD_RATE: Record<string, number> = { USD: 1, BRL: 5.4, EUR: 0.92, GBP: 0.79, JPY: 150 };

/** About 0.25 % per 5 minutes: a year then wanders like bitcoin's did. */
const VOLATILITY_5M = 0.0025;

export interface DemoQuotesOptions {
  symbols: string[];
  convert: string;
  /** Quotes per symbol. */
  count: number;
  intervalSeconds: number;
  /** Time of the newest quote. */
  end: Date;
  onSeries?: (done: { symbol: string; inserted: number }) => void;
  onRollup?: (progress: RollupProgress) => void;
}

/**
 * Generates `count` quotes per symbol in the database, then rebuilds the rollups of the days
 * they cover. Each symbol is one transaction. Returns the rows inserted.
 */
export async function seedQuotes(db: Database, options: DemoQuotesOptions): Promise<number> {
  let total = 0;
  for (const symbol of options.symbols) {
    const coin = COINS[symbol];
    const inserted = await insertDemoSeries(db, {
      symbol,
      convert: options.convert,
      cmcId: coin?.cmcId ?? null,
      count: options.count,
      intervalSeconds: options.intervalSeconds,
      end: options.end,
      startPrice: (coin?.usd ?? GENERIC.usd) * (USD_RATE[options.convert] ?? 1),
      volatility: VOLATILITY_5M * Math.sqrt(options.intervalSeconds / 300),
      circulatingSupply: coin?.supply ?? GENERIC.supply,
    });
    total += inserted;
    options.onSeries?.({ symbol, inserted });
  }
  const from = new Date(
    options.end.getTime() - (options.count - 1) * options.intervalSeconds * 1000,
  );
  await rebuildRollups(
    db,
    { symbols: options.symbols, convert: options.convert, from, to: options.end },
    options.onRollup,
  );
  // Fresh statistics, so the planner reads the new series by its index at once.
  await analyzeQuotes(db);
  return total;
}
