import { ageSeconds, isStale, seriesKey, type DashboardContext } from '../dashboard/context.js';
import type { Database } from '../db/client.js';
import * as runs from '../etl/runs.repository.js';
import { AppError } from '../http/app-error.js';
import { clip } from '../log/reason.js';
import { recentRejects } from '../quotes/ledger.repository.js';
import * as quotes from '../quotes/reads.repository.js';
import { findGaps } from '../quotes/rows.repository.js';
import type { Health, HealthQuery, HealthStatus, Run } from './pipeline.schema.js';

/** The pipeline health panel's use cases. */

export interface Pipeline extends DashboardContext {
  schedule: string;
  /** Whether this process runs the ETL (has CMC_API_KEY). */
  etlEnabled: boolean;
}

/** Gap ranges listed at most; `missing_slots` still counts them all. */
export const MAX_GAP_RANGES = 100;

const DAY_MS = 24 * 3600 * 1000;

const toRun = (run: runs.RunRecord): Run => ({
  id: run.id,
  started_at: run.started_at.toISOString(),
  finished_at: run.finished_at?.toISOString() ?? null,
  status: run.status,
  symbols: run.symbols,
  credits_used: run.credits_used,
  rows_inserted: run.rows_inserted,
  // Runs store a short reason; older rows may hold more.
  error: run.error === null ? null : clip(run.error),
});

export async function listRuns(db: Database, limit: number): Promise<Run[]> {
  return (await runs.recentRuns(db, limit)).map(toRun);
}

export async function getHealth(pipeline: Pipeline, query: HealthQuery): Promise<Health> {
  const { db, intervalSeconds } = pipeline;
  const now = pipeline.now();
  const key = seriesKey(pipeline, query);
  const to = query.to === undefined ? now : new Date(query.to);
  const from = query.from === undefined ? new Date(to.getTime() - DAY_MS) : new Date(query.from);
  if (from > to) throw AppError.validation([{ field: 'from', message: 'must not be after to' }]);

  const [[newest], [lastRun], history, credits, gaps, rejected] = await Promise.all([
    quotes.newestQuotes(db, key),
    runs.recentRuns(db, 1),
    runs.runHistory(db),
    runs.creditsUsed(db),
    findGaps(db, key, { from, to }, intervalSeconds, MAX_GAP_RANGES),
    recentRejects(db, 20),
  ]);
  const age = newest ? ageSeconds(now, newest.last_updated) : null;
  const stale = age === null || isStale(age, intervalSeconds);
  const status: HealthStatus =
    age === null
      ? 'empty'
      : stale
        ? 'stale'
        : history.lastFinishedStatus === 'failed'
          ? 'failing'
          : 'ok';
  return {
    status,
    schedule: pipeline.schedule,
    interval_seconds: intervalSeconds,
    etl_enabled: pipeline.etlEnabled,
    newest_quote_at: newest?.last_updated ?? null,
    age_seconds: age,
    stale,
    last_run: lastRun ? toRun(lastRun) : null,
    last_success_at: history.lastSuccessAt?.toISOString() ?? null,
    last_failure: history.lastFailure
      ? { at: history.lastFailure.at.toISOString(), error: clip(history.lastFailure.error) }
      : null,
    failures_24h: history.failures24h,
    rejected_objects: {
      count: rejected.count,
      recent: rejected.recent.map((r) => ({
        key: r.key,
        reason: r.reason,
        rejected_at: r.rejected_at.toISOString(),
      })),
    },
    credits,
    gaps: {
      from: from.toISOString(),
      to: to.toISOString(),
      expected_slots:
        intervalSeconds > 0
          ? Math.floor((to.getTime() - from.getTime()) / 1000 / intervalSeconds)
          : 0,
      missing_slots: gaps[0]?.total ?? 0,
      ranges: gaps.map(({ from: gapFrom, to: gapTo, missing }) => ({
        from: gapFrom,
        to: gapTo,
        missing,
      })),
    },
  };
}
