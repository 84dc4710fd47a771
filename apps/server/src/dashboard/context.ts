import type { Config } from '../config/config.js';
import { scheduleIntervalSeconds } from '../config/schedule.js';
import type { Database } from '../db/client.js';
import type { SeriesKey } from '../quotes/series-key.js';

/**
 * What the dashboard's two route groups share, prices and pipeline health: the database, the
 * default series and how fresh a quote must be. Both depend on this; neither on the other.
 */

export interface DashboardRouteOptions {
  db: Database;
  config: Config;
  /** The clock freshness is measured against; tests pass their own. */
  now?: () => Date;
}

export interface DashboardContext {
  db: Database;
  /** The series a request without symbol or currency means: ETL_SYMBOLS[0] in ETL_CONVERT. */
  defaults: SeriesKey;
  /** Seconds between two runs of ETL_SCHEDULE. */
  intervalSeconds: number;
  now: () => Date;
}

/** The context every dashboard route works in, from the configuration. */
export const dashboardOf = ({ db, config, now }: DashboardRouteOptions): DashboardContext => ({
  db,
  defaults: { symbol: config.etl.symbols[0] ?? 'BTC', convert: config.etl.convert },
  intervalSeconds: scheduleIntervalSeconds(config.etl.schedule),
  now: now ?? (() => new Date()),
});

export const seriesKey = (
  { defaults }: DashboardContext,
  query: { symbol?: string | undefined; convert?: string | undefined },
): SeriesKey => ({
  symbol: (query.symbol ?? defaults.symbol).toUpperCase(),
  convert: (query.convert ?? defaults.convert).toUpperCase(),
});

export const isStale = (ageSeconds: number, intervalSeconds: number) =>
  ageSeconds > 2 * intervalSeconds;

/** Whole seconds from a quote's time to `now`; never negative (a clock slightly behind). */
export const ageSeconds = (now: Date, lastUpdated: string) =>
  Math.max(0, Math.floor((now.getTime() - Date.parse(lastUpdated)) / 1000));
