import type { DatabaseHandle } from '../../db/client.js';
import { watchDatabase } from '../../metrics/database.js';
import type { Metrics } from '../../metrics/registry.js';
import { serveMetrics } from '../../metrics/server.js';
import { UsageError, type Context } from '../context.js';

/** The etl worker's /metrics on HOST:METRICS_PORT; a port in use is a message naming it. */
export async function serveWorkerMetrics(
  { config, log }: Context,
  metrics: Metrics,
  port: number,
): Promise<{ close: () => Promise<void> }> {
  const { host } = config.http;
  const { token } = config.metrics;
  try {
    const served = await serveMetrics(metrics, { host, port, token, log });
    log.info(`etl metrics on ${served.url}`);
    return served;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      throw new UsageError(
        `Port ${port} on ${host} is already in use: stop the other process, set METRICS_PORT, or METRICS=false`,
      );
    }
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') {
      throw new UsageError(`Cannot listen on ${host} (HOST): no such local address`);
    }
    throw error;
  }
}

/** The pipeline's database in the metrics: its pool, and each coin's quote age. */
export function watchPipelineDatabase(
  { config, log }: Context,
  metrics: Metrics,
  handle: () => DatabaseHandle | undefined,
): void {
  watchDatabase(metrics, { handle, pooled: config.database.url !== undefined, quotes: true, log });
}
