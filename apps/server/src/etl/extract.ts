import type { Logger } from 'pino';
import type { LatestQuotes } from '../cmc/cmc.client.js';
import type { Coin } from '../cmc/cmc.schema.js';
import type { Clock } from '../cmc/clock.js';
import type { Database } from '../db/client.js';
import { dayOf, objectKeys } from '../lake/keys.js';
import type { Lake } from '../lake/lake.js';
import { quotesToCsv, type QuoteRow } from '../lake/quotes.csv.js';
import { loadLake, type LoadSummary } from './lake.loader.js';
import { commonNewestQuote } from './quotes.repository.js';
import * as runs from './runs.repository.js';

export interface QuotesSource {
  latestQuotes(
    symbols: readonly string[],
    convert: string,
    signal?: AbortSignal,
  ): Promise<LatestQuotes>;
}

export interface ExtractionDeps {
  cmc: QuotesSource;
  lake: Lake;
  /** The database, opened and migrated on first use; rejects while it is unavailable. */
  database: () => Promise<Database>;
  symbols: readonly string[];
  convert: string;
  log: Logger;
  clock: Clock;
}

export interface RunReport {
  /** succeeded: in the lake and the database; pending: in the lake only; failed: nowhere. */
  status: 'succeeded' | 'pending' | 'failed';
  runId: number | undefined;
  /** The CSV objects this run wrote. */
  keys: string[];
  credits: number;
  /** What the load did (this run's objects and any left pending before), when it ran. */
  load: LoadSummary | undefined;
  /** Why the run failed, or why the load is pending. */
  error: Error | undefined;
}

const DAY_MS = 86_400_000;

const decimal = (value: number | null | undefined): string | null =>
  value === null || value === undefined ? null : String(value);

function toRow(coin: Coin, convert: string): QuoteRow {
  const quote = coin.quote[convert];
  if (!quote) throw new Error(`no ${convert} quote`); // checked by the schema already
  return {
    symbol: coin.symbol,
    convert,
    cmc_id: coin.id,
    last_updated: new Date(quote.last_updated).toISOString(),
    // A double's shortest form gives back the digits CoinMarketCap sent.
    price: String(quote.price),
    volume_24h: decimal(quote.volume_24h),
    market_cap: decimal(quote.market_cap),
    percent_change_1h: decimal(quote.percent_change_1h),
    percent_change_24h: decimal(quote.percent_change_24h),
    percent_change_7d: decimal(quote.percent_change_7d),
    circulating_supply: decimal(coin.circulating_supply),
  };
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * One extraction: fetch the quotes, write them to the lake (the source of truth) and only then
 * load the database. If the database is unavailable the objects stay in the lake and the load
 * is pending; each run first loads whatever earlier runs left pending, from the newest quote
 * every configured coin has (less a day of margin), so nothing fetched is lost. Never throws:
 * the report says how it ended.
 */
export async function runExtraction(
  deps: ExtractionDeps,
  signal?: AbortSignal,
): Promise<RunReport> {
  const { lake, log, clock, convert } = deps;
  const symbols = [...new Set(deps.symbols)];
  const startedAt = new Date(clock.now());
  const report: RunReport = {
    status: 'failed',
    runId: undefined,
    keys: [],
    credits: 0,
    load: undefined,
    error: undefined,
  };

  let dbError: unknown;
  const connect = async (): Promise<Database | undefined> => {
    try {
      return await deps.database();
    } catch (error) {
      dbError = error;
      return undefined;
    }
  };
  const db = await connect();
  if (db) {
    report.runId = await runs.startRun(db, symbols).catch((error: unknown) => {
      dbError = error;
      return undefined;
    });
  }

  let fetchError: Error | undefined;
  try {
    const quotes = await deps.cmc.latestQuotes(symbols, convert, signal);
    report.credits = quotes.credits;
    // Named after the moment of extraction, as the original does.
    const extractedAt = new Date(clock.now());
    await Promise.all(
      quotes.coins.map(async ({ coin }) => {
        const keys = objectKeys(coin.slug, extractedAt);
        await lake.put(keys.json, quotes.raw, 'application/json');
        await lake.put(keys.csv, quotesToCsv([toRow(coin, convert)]), 'text/csv; charset=utf-8');
        report.keys.push(keys.csv);
      }),
    );
    report.keys.sort();
  } catch (error) {
    fetchError = signal?.aborted
      ? new Error('interrupted: the process is stopping')
      : error instanceof Error
        ? error
        : new Error(message(error));
    log.error(`extraction failed: ${fetchError.message}`);
  }

  // Even when this run fetched nothing, it loads what earlier runs left pending.
  const database = signal?.aborted ? undefined : (db ?? (await connect()));
  let loadError: Error | undefined;
  if (database) {
    try {
      await runs.recordConvert(database, convert);
      const newest = await commonNewestQuote(database, symbols, convert);
      report.load = await loadLake(database, lake, {
        from: newest && dayOf(new Date(newest.getTime() - DAY_MS)),
        signal,
      });
      const bad = report.load.bad.filter((b) => report.keys.includes(b.key));
      if (bad.length > 0) {
        loadError = new Error(bad.map((b) => `${b.key}: ${b.reason}`).join('; '));
      }
    } catch (error) {
      loadError = new Error(`load failed: ${message(error)}`);
    }
  } else if (!signal?.aborted) {
    loadError = new Error(`database unavailable: ${message(dbError)}`);
  }

  if (fetchError) {
    report.status = 'failed';
    report.error = fetchError;
  } else {
    report.status = loadError ? 'pending' : 'succeeded';
    report.error = loadError;
  }
  logOutcome(log, report, symbols, convert);
  await record(deps, database, report, startedAt, symbols);
  return report;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function logOutcome(log: Logger, report: RunReport, symbols: string[], convert: string): void {
  const fetched = `${symbols.join(', ')} in ${convert} (${plural(report.credits, 'credit')})`;
  const load = report.load;
  const fields = {
    run: report.runId,
    keys: report.keys,
    rows: load?.rowsInserted,
    duplicates: load?.duplicates,
  };
  for (const bad of load?.bad ?? []) log.warn(`skipped lake object ${bad.key}: ${bad.reason}`);
  if (load && report.status === 'failed') {
    if (load.loaded > 0) {
      log.info(
        fields,
        `loaded ${plural(load.loaded, 'object')} left pending by earlier runs: ${plural(load.rowsInserted, 'new row')}`,
      );
    }
  } else if (load) {
    const ours = report.keys.filter((key) => !load.bad.some((b) => b.key === key)).length;
    const earlier = load.loaded - ours;
    log.info(
      fields,
      `fetched ${fetched}; loaded ${plural(load.rowsInserted, 'new row')}` +
        (load.duplicates > 0 ? `, ${load.duplicates} already present (same update time)` : '') +
        (earlier > 0
          ? `, including ${plural(earlier, 'object')} left pending by earlier runs`
          : ''),
    );
  }
  if (report.status === 'pending') {
    log.warn(
      fields,
      `fetched ${fetched} into the lake; load pending (${report.error?.message ?? 'unknown'}): the next run, or cais etl replay, loads it`,
    );
  }
}

/** Records the run in etl_runs, if the database can be reached now. */
async function record(
  deps: ExtractionDeps,
  db: Database | undefined,
  report: RunReport,
  startedAt: Date,
  symbols: string[],
): Promise<void> {
  if (!db) return;
  const outcome: runs.RunOutcome = {
    status: report.status,
    credits: report.credits,
    rowsInserted: report.load?.rowsInserted ?? 0,
    error: report.error?.message,
  };
  try {
    if (report.runId === undefined) {
      report.runId = await runs.recordRun(db, startedAt, symbols, outcome);
    } else {
      await runs.finishRun(db, report.runId, outcome);
    }
  } catch (error) {
    deps.log.warn(`could not record the run in etl_runs: ${message(error)}`);
  }
}
