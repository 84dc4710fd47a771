import type pg from 'pg';
import { Gauge } from 'prom-client';
import type { Logger } from 'pino';
import type { DatabaseHandle } from '../db/client.js';
import { newestPerSeries } from '../quotes/reads.repository.js';
import type { Metrics } from './registry.js';

const POOL_SIZE = 'cais_db_pool_max_connections';
const QUOTE_AGE = 'cais_quote_age_seconds';

export interface DatabaseMetricsOptions {
  /** The database now; undefined while it is not open yet (the etl worker opens it lazily). */
  handle: () => DatabaseHandle | undefined;
  /** A PostgreSQL server (DATABASE_URL): its pool is shown. PGlite has none. */
  pooled: boolean;
  /** Also report each coin's quote age (the processes that read prices: api, etl worker). */
  quotes: boolean;
  log: Logger;
  now?: () => number;
}

/**
 * Database gauges computed at scrape time: the node-postgres pool's connections (PGlite has no
 * pool: none shown), and the seconds since each coin's newest quote, read in one indexed query.
 * A scrape while the database is down shows the pool and leaves the ages out, logged once per
 * scrape at debug: the scrape itself must still answer. Once per registry: `cais start` shares
 * one database between its api and its pipeline.
 */
export function watchDatabase(metrics: Metrics, options: DatabaseMetricsOptions): void {
  const registers = [metrics.registry];
  if (metrics.registry.getSingleMetric(POOL_SIZE) || metrics.registry.getSingleMetric(QUOTE_AGE))
    return;
  const { handle } = options;
  if (options.pooled) {
    const state = (name: string, help: string, read: (pool: pg.Pool) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const pool = handle()?.pool;
          this.set(pool ? read(pool) : 0);
        },
      });
    state('cais_db_pool_connections', 'Connections the pool holds open', (p) => p.totalCount);
    state(
      'cais_db_pool_idle_connections',
      'Open connections waiting for a query',
      (p) => p.idleCount,
    );
    state(
      'cais_db_pool_waiting_requests',
      'Queries waiting for a connection',
      (p) => p.waitingCount,
    );
    state(POOL_SIZE, 'The pool size (DATABASE_POOL_SIZE)', (p) => p.options.max);
  }
  if (!options.quotes) return;
  const now = options.now ?? Date.now;
  const { log } = options;
  new Gauge({
    name: QUOTE_AGE,
    help: 'Seconds since the newest quote of each coin (symbol) in each quote currency (convert)',
    labelNames: ['symbol', 'convert'],
    registers,
    async collect() {
      this.reset();
      const database = handle();
      if (!database) return;
      try {
        for (const series of await newestPerSeries(database.db)) {
          const age = Math.max(0, now() / 1000 - series.newest_epoch);
          this.set({ symbol: series.symbol, convert: series.convert }, age);
        }
      } catch (error) {
        log.debug({ err: error }, 'metrics: could not read the newest quotes');
      }
    },
  });
}
