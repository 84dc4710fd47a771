import type { Database } from '../db/client.js';
import { commonNewestQuote } from '../quotes/quotes.repository.js';
import type { Clock } from '../time/clock.js';
import type { RunReport } from './extract.js';

/**
 * After each run the worker writes one CloudWatch embedded metric format (EMF) line to standard
 * output. On AWS the roles' stdout goes to CloudWatch Logs (the awslogs driver, on ECS and on the
 * instances), which turns such a line into metrics by itself: no agent, no SDK call, no IAM
 * permission. The CDK alarms on the ETL (infra/lib/alarms-stack.ts) read these two metrics.
 */
export const EMF_NAMESPACE = 'CaisEtl';

export interface RunMetrics {
  /** 1 when the run fetched nothing (status failed), else 0: one sample per run. */
  RunsFailed: 0 | 1;
  /**
   * Age of the newest quote that every configured coin has in the database (the stalest coin):
   * what the dashboard shows. Absent when the database could not be read or has no quote yet.
   */
  SecondsSinceNewestQuote?: number;
}

const UNITS: Record<keyof RunMetrics, string> = {
  RunsFailed: 'Count',
  SecondsSinceNewestQuote: 'Seconds',
};

/**
 * One EMF document on one line (docs.aws.amazon.com, "Embedded metric format specification").
 * It also has the shape of the logger's lines (level, time, msg), so log readers take it as one.
 */
export function emfLine(metrics: RunMetrics, at: number): string {
  const names = (Object.keys(UNITS) as (keyof RunMetrics)[]).filter(
    (name) => metrics[name] !== undefined,
  );
  const document = {
    level: 30,
    time: at,
    msg: `etl run metrics: ${names.map((name) => `${name}=${String(metrics[name])}`).join(' ')}`,
    _aws: {
      Timestamp: at,
      CloudWatchMetrics: [
        {
          Namespace: EMF_NAMESPACE,
          // No dimension: one deployment's worker per account and region, and each metric costs.
          Dimensions: [[]],
          Metrics: names.map((name) => ({ Name: name, Unit: UNITS[name] })),
        },
      ],
    },
    ...metrics,
  };
  return `${JSON.stringify(document)}\n`;
}

export interface RunMetricsDeps {
  /** The database when the run could reach it (its load ran); undefined otherwise. */
  database: Database | undefined;
  symbols: readonly string[];
  convert: string;
  clock: Clock;
}

/** The metrics of a finished run; reading the newest quote is one index probe per coin. */
export async function measureRun(report: RunReport, deps: RunMetricsDeps): Promise<RunMetrics> {
  const metrics: RunMetrics = { RunsFailed: report.status === 'failed' ? 1 : 0 };
  if (!deps.database) return metrics;
  // A failed read leaves the age out, which the staleness alarm counts as stale: no guess.
  const newest = await commonNewestQuote(deps.database, deps.symbols, deps.convert).catch(
    () => undefined,
  );
  if (newest) {
    metrics.SecondsSinceNewestQuote = Math.max(
      0,
      Math.round((deps.clock.now() - newest.getTime()) / 1000),
    );
  }
  return metrics;
}

export type LineWriter = (line: string) => void;

/**
 * Standard output when it is not a terminal (a container, a pipe: where CloudWatch or a log
 * collector reads it); on a terminal a person reads the logger's lines and the metric line is
 * left out.
 */
export const stdoutUnlessTerminal = (): LineWriter | undefined =>
  process.stdout.isTTY ? undefined : (line) => process.stdout.write(line);

/** Measures the run and writes its EMF line; never fails the run (returns the reason instead). */
export async function publishRunMetrics(
  report: RunReport,
  deps: RunMetricsDeps,
  write: LineWriter | undefined,
): Promise<Error | undefined> {
  if (!write) return undefined;
  try {
    write(emfLine(await measureRun(report, deps), deps.clock.now()));
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}
