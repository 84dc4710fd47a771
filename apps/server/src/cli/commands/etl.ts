import type { Logger } from 'pino';
import { DataDirInUseError } from '../../db/pglite-lock.js';
import type { DatabaseHandle } from '../../db/client.js';
import { loadLake } from '../../etl/lake.loader.js';
import { openPipeline, type Pipeline } from '../../etl/pipeline.js';
import type { Scheduler } from '../../etl/scheduler.js';
import { pipelineStatus, type PipelineStatus } from '../../etl/status.js';
import type { Day } from '../../lake/keys.js';
import { openLake } from '../../lake/open-lake.js';
import { startCompactionSchedule } from '../../lakehouse/compaction-schedule.js';
import { metricsOf, openMigratedDatabase, UsageError, type Context } from '../context.js';
import { serveWorkerMetrics, watchPipelineDatabase } from './etl.metrics.js';
import { closeOnSignals, type Closer } from '../lifecycle.js';
import { createProgress } from '../progress.js';

/** Exit code of a run or replay that finished, but left something to look at. */
export const EXIT_PARTIAL = 3;

export const ENABLE_HINT =
  'set CMC_API_KEY to a CoinMarketCap key (free at https://coinmarketcap.com/api/), or try the ' +
  'sandbox with CMC_BASE_URL=https://sandbox-api.coinmarketcap.com and its public test key ' +
  '(docs/pipeline.md)';

const n = (value: number) => value.toLocaleString('en');
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

function requireKey({ config }: Context): void {
  if (!config.cmc.apiKey) throw new UsageError(`CMC_API_KEY is not set: ${ENABLE_HINT}`);
}

/** `cais etl run`: exit 0 when loaded, 3 when in the lake with the load pending, 1 when failed. */
export async function etlRunCommand(context: Context): Promise<void> {
  requireKey(context);
  const pipeline = await openPipeline(context);
  try {
    await pipeline.checkPlan();
    const report = await pipeline.run();
    if (report.status === 'failed') process.exitCode = 1;
    if (report.status === 'pending') process.exitCode = EXIT_PARTIAL;
  } finally {
    await pipeline.close();
  }
}

/**
 * Starts the schedule on a pipeline: checks the key first (a refused key stops here), and
 * tolerates a database that is down (the lake fills meanwhile), not one held by another process.
 */
export async function startSchedule(
  context: Context,
  database?: DatabaseHandle,
): Promise<{ pipeline: Pipeline; scheduler: Scheduler; closers: Closer[] }> {
  const metrics = metricsOf(context);
  const pipeline = await openPipeline({
    ...context,
    metrics,
    ...(database ? { database } : {}),
  });
  try {
    await pipeline.checkPlan();
    await pipeline.database().catch((error: unknown) => {
      if (error instanceof DataDirInUseError) throw error;
      context.log.warn(
        `database unavailable (${message(error)}): extracting into the lake meanwhile; loads resume when it is back`,
      );
    });
  } catch (error) {
    await pipeline.close();
    throw error;
  }
  if (metrics) watchPipelineDatabase(context, metrics, () => database ?? pipeline.openDatabase());
  const scheduler = pipeline.schedule();
  const compaction = startCompactionSchedule({
    openLake: () => openLake(context.config.lake),
    log: context.log,
  });
  return {
    pipeline,
    scheduler,
    closers: [() => compaction.stop(), () => scheduler.stop(), () => pipeline.close()],
  };
}

/** `cais etl schedule`: the worker. Ends on SIGTERM/SIGINT, or with exit 1 when the key is refused. */
export async function etlScheduleCommand(context: Context): Promise<void> {
  requireKey(context);
  const metrics = metricsOf(context);
  // Listening first: a port in use stops the worker before it spends a credit.
  const port = context.config.metrics.port;
  const served =
    metrics && port !== undefined ? await serveWorkerMetrics(context, metrics, port) : undefined;
  const { scheduler, pipeline, closers } = await startSchedule(context).catch(
    async (error: unknown) => {
      await served?.close();
      throw error;
    },
  );
  closeOnSignals(context.log, served ? [...closers, served.close] : closers);
  try {
    await scheduler.finished;
  } catch {
    // The scheduler said why; nothing more will run.
    await pipeline.close();
    process.exit(1);
  }
}

export interface ReplayOptions {
  from?: Day | undefined;
  to?: Day | undefined;
  retryRejected?: boolean | undefined;
}

/** `cais etl replay`: loads every lake object (in the range) the database does not have. */
export async function etlReplayCommand(context: Context, options: ReplayOptions): Promise<void> {
  const { config, log } = context;
  if (options.from && options.to && options.from > options.to) {
    throw new UsageError(`--from ${options.from} is after --to ${options.to}`);
  }
  const database = await openMigratedDatabase(context);
  const lake = await openLake(config.lake).catch(async (error: unknown) => {
    await database.close();
    throw error;
  });
  const controller = new AbortController();
  const interrupt = (signal: NodeJS.Signals) => {
    log.warn(`${signal}: stopping after the batch in flight`);
    controller.abort();
  };
  process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
  const range =
    options.from || options.to
      ? ` from ${options.from ?? 'the start'} to ${options.to ?? 'the end'}`
      : '';
  log.info(`replaying ${lake.location}${range} into ${database.location}`);
  const progress = createProgress('replay', log);
  const started = performance.now();
  let loaded = 0;
  try {
    const summary = await loadLake(database.db, lake, {
      from: options.from,
      to: options.to,
      retryRejected: options.retryRejected ?? false,
      analyze: true,
      signal: controller.signal,
      onRefused: (key, error) => {
        log.debug({ err: error, key }, 'the database refused a lake object (details)');
      },
      onListed: (total) => {
        log.info(`${n(total)} objects in the lake${range}`);
      },
      onProgress: (p) => {
        loaded = p.done;
        progress.update(p.done, p.total, `${n(p.rowsInserted)} rows inserted`);
      },
    });
    progress.finish();
    const seconds = (performance.now() - started) / 1000;
    for (const bad of summary.bad) log.warn(`bad file skipped: ${bad.key}: ${bad.reason}`);
    log.info(
      { ...summary, bad: summary.bad.map((b) => b.key), seconds: Number(seconds.toFixed(2)) },
      `replay done in ${seconds.toFixed(1)} s: ${n(summary.loaded)} objects read, ` +
        `${n(summary.rowsInserted)} rows inserted, ${n(summary.duplicates)} duplicates, ` +
        `${n(summary.alreadyLoaded)} objects already loaded, ${n(summary.bad.length)} bad files` +
        (summary.compacted
          ? ` (${n(summary.compacted.daysRead)} compacted coin days read from ${n(summary.compacted.parts)} parts, ${n(summary.compacted.monthsRead)} coin months whole, ${n(summary.compacted.daysLoadedBefore)} loaded before)`
          : '') +
        (summary.bad.length > 0 ? ` (${summary.bad.map((b) => b.key).join(', ')})` : '') +
        (summary.skippedRejected > 0
          ? `, ${n(summary.skippedRejected)} rejected earlier and skipped (cais etl status lists them; --retry-rejected reads them again)`
          : '') +
        `; ${n(summary.repeatingObjects)} objects repeated rows loaded before (counted as duplicates)`,
    );
    if (summary.bad.length > 0 || summary.skippedRejected > 0) process.exitCode = EXIT_PARTIAL;
  } catch (error) {
    progress.finish();
    if (controller.signal.aborted) {
      throw new UsageError(
        `replay interrupted after ${n(loaded)} objects; run it again to go on (loaded objects are skipped)`,
      );
    }
    throw error;
  } finally {
    process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
    await lake.close();
    await database.close();
  }
}

const time = (value: Date | null) =>
  value ? value.toISOString().replace('T', ' ').slice(0, 19) : '';

function printStatus(status: PipelineStatus, plan: string | undefined): void {
  const out: string[] = [];
  const { lake, credits, runs } = status;
  out.push(
    `Lake ${lake.location}: ${n(lake.objects)} objects, ${n(lake.notLoaded.length)} not in the database`,
  );
  for (const key of lake.notLoaded.slice(0, 20)) out.push(`  ${key}`);
  if (lake.notLoaded.length > 20) out.push(`  … and ${n(lake.notLoaded.length - 20)} more`);
  if (lake.notLoaded.length > 0) {
    out.push('  (cais etl replay loads them, and names any that cannot be read)');
  }
  if (status.rejected.count > 0) {
    out.push(
      `Rejected lake objects (not loaded, skipped by later loads): ${n(status.rejected.count)}`,
    );
    for (const r of status.rejected.recent) out.push(`  ${r.key}: ${r.reason}`);
    if (status.rejected.count > status.rejected.recent.length) {
      out.push(`  … and ${n(status.rejected.count - status.rejected.recent.length)} more`);
    }
    out.push('  (fix or replace them, then: cais etl replay --retry-rejected)');
  }
  out.push(
    `Credits spent by recorded runs: ${n(credits.today)} today, ${n(credits.month)} this month (UTC)`,
  );
  if (plan) out.push(plan);
  out.push(
    '',
    runs.length > 0 ? `Last ${runs.length} runs (newest first):` : 'No runs recorded yet.',
  );
  if (runs.length > 0) {
    const rows = runs.map((r) => [
      String(r.id),
      time(r.started_at),
      r.finished_at
        ? `${((r.finished_at.getTime() - r.started_at.getTime()) / 1000).toFixed(1)} s`
        : '',
      r.status,
      String(r.rows_inserted),
      String(r.credits_used),
      r.symbols.join(','),
      r.error ?? '',
    ]);
    const header = ['id', 'started (UTC)', 'took', 'status', 'rows', 'credits', 'symbols', 'error'];
    const widths = header.map((h, i) =>
      Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
    );
    const line = (cells: string[]) =>
      cells
        .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i] ?? 0)))
        .join('  ')
        .trimEnd();
    out.push(line(header), ...rows.map(line));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

/** `cais etl status`: recent runs, objects not loaded, credits used. */
export async function etlStatusCommand(
  context: Context,
  options: { runs: number; json: boolean },
): Promise<void> {
  const { config } = context;
  // Only warnings and errors: the report owns stdout.
  const quiet: Logger = context.log.child(
    {},
    { level: context.log.levelVal > 40 ? context.log.level : 'warn' },
  );
  const database = await openMigratedDatabase({ config, log: quiet });
  try {
    const lake = await openLake(config.lake);
    try {
      const status = await pipelineStatus(database.db, lake, { runs: options.runs });
      let plan: Record<string, number> | string | undefined;
      if (config.cmc.apiKey) {
        const pipeline = await openPipeline({ config, log: quiet, database });
        try {
          const info = await pipeline.cmc.keyInfo();
          plan = {
            credit_limit_monthly: info.plan.credit_limit_monthly,
            used_this_month: info.usage.current_month.credits_used,
            used_today: info.usage.current_day.credits_used,
          };
        } catch (error) {
          plan = `could not read the plan: ${message(error)}`;
        } finally {
          await pipeline.close();
        }
      }
      if (options.json) {
        process.stdout.write(`${JSON.stringify({ ...status, plan }, null, 2)}\n`);
        return;
      }
      printStatus(
        status,
        typeof plan === 'object'
          ? `CoinMarketCap plan: ${n(plan.credit_limit_monthly ?? 0)} credits a month; used ${n(plan.used_this_month ?? 0)} this month, ${n(plan.used_today ?? 0)} today`
          : plan && `CoinMarketCap plan: ${plan}`,
      );
    } finally {
      await lake.close();
    }
  } finally {
    await database.close();
  }
}
