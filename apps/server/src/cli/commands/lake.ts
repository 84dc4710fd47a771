import type { Logger } from 'pino';
import type { Day } from '../../lake/keys.js';
import { openLake } from '../../lake/open-lake.js';
import { compactLake } from '../../lakehouse/compact.js';
import { CompactionBusyError } from '../../lakehouse/compaction-lock.js';
import { LakeQueryError, queryLake } from '../../lakehouse/query.js';
import { formatResult, type ResultFormat } from '../../lakehouse/result-format.js';
import { UsageError, type Context } from '../context.js';
import { createProgress } from '../progress.js';
import { EXIT_PARTIAL } from './etl.js';

const n = (value: number) => value.toLocaleString('en');

export interface DayRange {
  from?: Day | undefined;
  to?: Day | undefined;
}

function checkRange(options: DayRange): void {
  if (options.from && options.to && options.from > options.to) {
    throw new UsageError(`--from ${options.from} is after --to ${options.to}`);
  }
}

/** `cais lake compact`: each closed UTC day of each coin becomes a Parquet part and a manifest. */
export async function lakeCompactCommand(context: Context, options: DayRange): Promise<void> {
  const { config, log } = context;
  checkRange(options);
  const lake = await openLake(config.lake);
  const controller = new AbortController();
  const interrupt = (signal: NodeJS.Signals) => {
    log.warn(`${signal}: stopping after the days in flight`);
    controller.abort();
  };
  process.once('SIGINT', interrupt).once('SIGTERM', interrupt);
  const progress = createProgress('compact', log);
  const started = performance.now();
  try {
    const summary = await compactLake(lake, {
      ...options,
      signal: controller.signal,
      onListed: (days) => {
        log.info(`${lake.location}: ${n(days)} closed coin days in the range`);
      },
      onProgress: (done, total) => {
        progress.update(done, total, 'coin days');
      },
    });
    progress.finish();
    const seconds = (performance.now() - started) / 1000;
    for (const bad of summary.bad)
      log.warn(`not a quotes file, left out: ${bad.key}: ${bad.reason}`);
    for (const u of summary.unreadable) log.warn(`could not read, next run retries: ${u.reason}`);
    log.info(
      { ...summary, bad: summary.bad.length, unreadable: summary.unreadable.length, seconds },
      `compaction done in ${seconds.toFixed(1)} s: ${n(summary.compacted)} of ${n(summary.days)} ` +
        `coin days given a new part, ${n(summary.objects)} raw objects, ${n(summary.rows)} rows, ` +
        `${n(summary.months)} month parts built`,
    );
    if (summary.unreadable.length > 0) process.exitCode = EXIT_PARTIAL;
  } catch (error) {
    progress.finish();
    if (controller.signal.aborted) {
      throw new UsageError(
        'compaction interrupted; run it again to go on (published days are not redone)',
      );
    }
    if (error instanceof CompactionBusyError) throw new UsageError(error.message);
    throw error;
  } finally {
    process.off('SIGINT', interrupt).off('SIGTERM', interrupt);
    await lake.close();
  }
}

export interface QueryOptions extends DayRange {
  coin?: string[] | undefined;
  format?: ResultFormat | undefined;
}

/** `cais lake query "<SQL>"`: the result on stdout, as a table on a terminal and CSV otherwise. */
export async function lakeQueryCommand(
  context: Context,
  sql: string,
  options: QueryOptions,
): Promise<void> {
  checkRange(options);
  // Only warnings and errors: the result owns stdout.
  const log: Logger = context.log.child(
    {},
    { level: context.log.levelVal > 40 ? context.log.level : 'warn' },
  );
  const lake = await openLake(context.config.lake);
  try {
    const result = await queryLake(lake, sql, {
      from: options.from,
      to: options.to,
      coins: options.coin,
    }).catch((error: unknown) => {
      if (error instanceof LakeQueryError) throw new UsageError(`query failed: ${error.message}`);
      throw error;
    });
    for (const skipped of result.sources.skipped) {
      log.warn(`left out of quotes: ${skipped.key}: ${skipped.reason}`);
    }
    const format = options.format ?? (process.stdout.isTTY ? 'table' : 'csv');
    process.stdout.write(formatResult(result, format));
  } finally {
    await lake.close();
  }
}
