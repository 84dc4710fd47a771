import type { S3ClientConfig } from '@aws-sdk/client-s3';
import type { Logger } from 'pino';
import { channelsFrom } from '../alerts/channels.js';
import { evaluateAlerts, evaluatorSettings, type EvaluationSummary } from '../alerts/evaluate.js';
import { CmcClient } from '../cmc/cmc.client.js';
import { CmcError, CmcKeyError } from '../cmc/cmc.errors.js';
import { systemClock, type Clock } from '../time/clock.js';
import { checkPlan } from '../cmc/credits.js';
import type { Config } from '../config/config.js';
import { secretValues } from '../config/secrets.js';
import { openDatabase, type Database, type DatabaseHandle } from '../db/client.js';
import { migrate } from '../db/migrate.js';
import type { Lake } from '../lake/lake.js';
import { openLake } from '../lake/open-lake.js';
import { shortReason } from '../log/reason.js';
import { etlMetrics } from '../metrics/etl.js';
import type { Metrics } from '../metrics/registry.js';
import { annotate, inSpan } from '../tracing/spans.js';
import { runExtraction, type RunReport } from './extract.js';
import { publishRunMetrics, stdoutUnlessTerminal, type LineWriter } from './run-metrics.js';
import { startScheduler, type Scheduler } from './scheduler.js';

export interface PipelineDeps {
  config: Config;
  log: Logger;
  /** An open database to share (`cais start`); otherwise one is opened on first use. */
  database?: DatabaseHandle;
  clock?: Clock;
  /** S3 client settings for tests (s3rver credentials). */
  s3?: S3ClientConfig;
  /** Where each run's CloudWatch EMF line goes (run-metrics.ts); default: stdout unless a terminal. */
  emf?: LineWriter;
  /** Where runs, rows, rejects and credits are counted (METRICS). */
  metrics?: Metrics | undefined;
}

/** The extraction side of the pipeline, wired from the configuration. */
export interface Pipeline {
  readonly lake: Lake;
  readonly cmc: CmcClient;
  /** The database, opened and migrated on first use; rejects while it is unavailable. */
  database(): Promise<Database>;
  /** The database if it is open now (for metrics scrapes, which must not open it). */
  openDatabase(): DatabaseHandle | undefined;
  /** Reads the key's plan (free) and warns when the schedule would spend more than it allows. */
  checkPlan(signal?: AbortSignal): Promise<void>;
  run(signal?: AbortSignal): Promise<RunReport>;
  /** Evaluates the alert rules once; undefined while the database is unavailable. */
  evaluateAlerts(): Promise<EvaluationSummary | undefined>;
  /** Runs on the schedule, evaluating the alert rules after each run. */
  schedule(): Scheduler;
  close(): Promise<void>;
}

/**
 * Opens the database on first use and again after a failure: a worker keeps filling the lake
 * while the database is down, and loads again as soon as it is back.
 */
function lazyDatabase(config: Config, log: Logger, shared: DatabaseHandle | undefined) {
  let handle = shared;
  let opening: Promise<DatabaseHandle> | undefined;
  return {
    get: async (): Promise<Database> => {
      if (handle) return handle.db;
      opening ??= (async () => {
        // The schedule retries on its own: no waiting for the server here.
        const opened = await openDatabase({ ...config.database, waitSeconds: 0 }, log);
        try {
          await migrate(opened);
        } catch (error) {
          await opened.close();
          throw error;
        }
        log.info(`database ready: ${opened.location}`);
        return opened;
      })().finally(() => {
        opening = undefined;
      });
      handle = await opening;
      return handle.db;
    },
    handle: () => handle,
    close: async () => {
      await opening?.catch(() => undefined);
      if (handle && handle !== shared) await handle.close();
    },
  };
}

export async function openPipeline(deps: PipelineDeps): Promise<Pipeline> {
  const { config, log } = deps;
  const apiKey = config.cmc.apiKey;
  if (!apiKey) throw new Error('CMC_API_KEY is not set');
  const clock = deps.clock ?? systemClock;
  const lake = await openLake(config.lake, deps.s3);
  const cmc = new CmcClient({ baseUrl: config.cmc.baseUrl, apiKey, log, clock });
  const database = lazyDatabase(config, log, deps.database);
  const { symbols, convert, schedule } = config.etl;
  const emf = deps.emf ?? stdoutUnlessTerminal();
  const counted = deps.metrics && etlMetrics(deps.metrics);
  // One trace per run: the CoinMarketCap call, the lake writes and the load are its children.
  const run = (signal?: AbortSignal) =>
    inSpan('etl run', { 'cais.symbols': symbols, 'cais.convert': convert }, async () => {
      const started = performance.now();
      const report = await runExtraction(
        { cmc, lake, database: database.get, symbols, convert, log, clock },
        signal,
      );
      counted?.recordRun(report, (performance.now() - started) / 1000, new Date(clock.now()));
      annotate({ 'cais.outcome': report.status, 'cais.credits': report.credits });
      // A load that ran means the database is open: reading it again costs no connection attempt.
      const db = report.load ? await database.get().catch(() => undefined) : undefined;
      const problem = await publishRunMetrics(
        report,
        { database: db, symbols, convert, clock },
        emf,
      );
      if (problem) log.warn(`could not write the run's metrics: ${shortReason(problem)}`);
      return report;
    });
  const channels = channelsFrom(config);
  const alertSettings = { ...evaluatorSettings(config), secrets: secretValues(config) };
  const evaluate = async () => {
    const db = await database.get().catch(() => undefined);
    if (!db) return undefined;
    return evaluateAlerts({ db, channels, log, clock, ...alertSettings });
  };
  // After each run, so a rule sees what the run loaded (or that it failed).
  const runThenEvaluate = async (signal: AbortSignal) => {
    const report = await run(signal);
    if (!signal.aborted) {
      await evaluate().catch((error: unknown) => {
        log.error({ err: error }, 'alert rules could not be evaluated');
      });
    }
    return report;
  };
  log.info(
    `lake: ${lake.location}; CoinMarketCap: ${config.cmc.baseUrl}; ${symbols.join(', ')} in ${convert}`,
  );

  return {
    lake,
    cmc,
    database: database.get,
    openDatabase: database.handle,
    checkPlan: async (signal) => {
      try {
        const info = await cmc.keyInfo(signal);
        counted?.recordPlan(info);
        checkPlan(info, schedule, symbols.length, log, new Date(clock.now()));
      } catch (error) {
        // A refused key stops here, before any run; 1006 only says the plan lacks this endpoint.
        if (error instanceof CmcKeyError && error.code !== 1006) throw error;
        if (!(error instanceof CmcError)) throw error;
        log.warn(`could not read the key's plan (${error.message}): credits not checked`);
      }
    },
    run,
    evaluateAlerts: evaluate,
    schedule: () => startScheduler({ schedule, run: runThenEvaluate, log, clock }),
    close: async () => {
      await lake.close();
      await database.close();
    },
  };
}
