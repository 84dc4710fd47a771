import type { Logger } from 'pino';
import type { LatestQuotes } from '../cmc/cmc.client.js';
import { CmcResponseError } from '../cmc/cmc.errors.js';
import type { Coin } from '../cmc/cmc.schema.js';
import type { Clock } from '../time/clock.js';
import type { Database } from '../db/client.js';
import { dayOf, objectKeys, rejectedResponseKeys } from '../lake/keys.js';
import type { Lake } from '../lake/lake.js';
import { quotesToCsv, type QuoteRow } from '../lake/quotes.csv.js';
import { shortReason } from '../log/reason.js';
import { inSpan } from '../tracing/spans.js';
import { loadLake, type LoadSummary } from './lake.loader.js';
import { commonNewestQuote } from '../quotes/quotes.repository.js';
import * as runs from './runs.repository.js';
import { logOutcome } from './run-log.js';
import { keepUnrecordedRun, recordUnrecordedRuns } from './unrecorded-runs.js';

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
    // Before this run's own row, so that rows keep the order in which the runs happened.
    await catchUpRuns(deps, db);
    report.runId = await runs.startRun(db, symbols).catch((error: unknown) => {
      dbError = error;
      return undefined;
    });
  }

  let fetchError: Error | undefined;
  try {
    const quotes = await inSpan('cmc latest quotes', { 'cais.symbols': symbols }, () =>
      deps.cmc.latestQuotes(symbols, convert, signal),
    ).catch(async (error: unknown) => {
      if (error instanceof CmcResponseError) {
        report.credits = error.credits;
        await keepRejectedResponse(deps, error);
      }
      throw error;
    });
    report.credits = quotes.credits;
    // Named after the moment of extraction, as the original does.
    const extractedAt = new Date(clock.now());
    // Every row is made (and so checked) before anything is written: no half extraction.
    const objects = quotes.coins.map(({ coin }) => ({
      keys: objectKeys(coin.slug, extractedAt),
      csv: quotesToCsv([toRow(coin, convert)]),
    }));
    await inSpan('lake write', { 'cais.objects': objects.length * 2 }, () =>
      Promise.all(
        objects.map(async ({ keys, csv }) => {
          await lake.put(keys.json, quotes.raw, 'application/json');
          await lake.put(keys.csv, csv, 'text/csv; charset=utf-8');
          report.keys.push(keys.csv);
        }),
      ),
    );
    report.keys.sort();
  } catch (error) {
    fetchError = signal?.aborted
      ? new Error('interrupted: the process is stopping')
      : error instanceof Error
        ? error
        : new Error(String(error));
    log.debug({ err: error }, 'extraction failed (details)');
    log.error(`extraction failed: ${shortReason(fetchError)}`);
  }

  // Even when this run fetched nothing, it loads what earlier runs left pending.
  const database = signal?.aborted ? undefined : (db ?? (await connect()));
  let loadError: Error | undefined;
  if (database) {
    try {
      if (!db) await catchUpRuns(deps, database);
      await runs.recordConvert(database, convert);
      const newest = await commonNewestQuote(database, symbols, convert);
      report.load = await inSpan('etl load', {}, () =>
        loadLake(database, lake, {
          from: newest && dayOf(new Date(newest.getTime() - DAY_MS)),
          signal,
          onRefused: (key, error) => {
            log.debug({ err: error, key }, 'the database refused a lake object (details)');
          },
        }),
      );
      const bad = report.load.bad.filter((b) => report.keys.includes(b.key));
      if (bad.length > 0) {
        loadError = new Error(bad.map((b) => `${b.key}: ${b.reason}`).join('; '));
      }
    } catch (error) {
      log.debug({ err: error }, 'load failed (details)');
      loadError = new Error(`load failed: ${shortReason(error)}`);
    }
  } else if (!signal?.aborted) {
    log.debug({ err: dbError }, 'database unavailable (details)');
    loadError = new Error(`database unavailable: ${shortReason(dbError)}`);
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

/**
 * Closes the runs an earlier process left `running`, and records the runs it kept in the lake
 * while the database was down. Never fails the run: it is bookkeeping.
 */
async function catchUpRuns(deps: ExtractionDeps, db: Database): Promise<void> {
  try {
    const closed = await runs.closeInterruptedRuns(db);
    if (closed > 0)
      deps.log.warn(`closed ${closed} run(s) left running by an earlier process as interrupted`);
    await recordUnrecordedRuns(db, deps.lake, deps.log);
  } catch (error) {
    deps.log.warn(`could not bring etl_runs up to date: ${shortReason(error)}`);
  }
}

/** Keeps a body no row could be made of, untouched, with why, under rejected/ (never raw/). */
async function keepRejectedResponse(deps: ExtractionDeps, error: CmcResponseError): Promise<void> {
  if (error.body === undefined) return;
  const keys = rejectedResponseKeys(new Date(deps.clock.now()));
  try {
    await deps.lake.put(keys.body, error.body, 'application/json');
    await deps.lake.put(keys.reason, `${error.message}\n`, 'text/plain; charset=utf-8');
    deps.log.warn(`kept the refused response for audit: ${keys.body}`);
  } catch (putError) {
    deps.log.warn(`could not keep the refused response for audit: ${shortReason(putError)}`);
  }
}

/**
 * Records the run in etl_runs; when the database cannot be reached now, keeps it in the lake
 * for the next run that can, so every CoinMarketCap call is counted.
 */
async function record(
  deps: ExtractionDeps,
  db: Database | undefined,
  report: RunReport,
  startedAt: Date,
  symbols: string[],
): Promise<void> {
  const outcome: runs.RunOutcome = {
    status: report.status,
    credits: report.credits,
    rowsInserted: report.load?.rowsInserted ?? 0,
    error: report.error && shortReason(report.error),
  };
  if (db) {
    try {
      if (report.runId === undefined) {
        report.runId = await runs.recordRun(db, startedAt, symbols, outcome);
      } else {
        await runs.finishRun(db, report.runId, outcome);
      }
      return;
    } catch (error) {
      deps.log.warn(`could not record the run in etl_runs: ${shortReason(error)}`);
    }
  }
  try {
    const key = await keepUnrecordedRun(deps.lake, {
      ...outcome,
      runId: report.runId,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date(deps.clock.now()).toISOString(),
      symbols,
    });
    deps.log.info(`run kept in the lake (${key}) until the database can record it`);
  } catch (error) {
    deps.log.warn(`could not keep the run in the lake either: ${shortReason(error)}`);
  }
}
