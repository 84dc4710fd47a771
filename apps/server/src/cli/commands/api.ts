import type { FastifyInstance } from 'fastify';
import type { DatabaseHandle } from '../../db/client.js';
import { createCatalog, pruneIdempotencyKeys } from '../../catalog/products.service.js';
import { buildApp } from '../../http/app.js';
import { watchDatabase } from '../../metrics/database.js';
import { metricsOf, openMigratedDatabase, type Context } from '../context.js';
import { closeOnSignals, repeatEvery, type Closer } from '../lifecycle.js';
import { listen } from '../listen.js';

const HOUR_MS = 3600 * 1000;

/**
 * Starts the catalog API and its housekeeping (idempotency keys older than a day are dropped at
 * start, then hourly); returns what must close on shutdown, in order.
 */
export async function startApi(
  context: Context,
): Promise<{ app: FastifyInstance; database: DatabaseHandle; closers: Closer[] }> {
  const { config, log } = context;
  const database = await openMigratedDatabase(context);
  try {
    const metrics = metricsOf(context);
    const app = await buildApp({ config, database, log, metrics });
    if (metrics) {
      watchDatabase(metrics, {
        handle: () => database,
        pooled: database.pool !== undefined,
        quotes: true,
        log,
      });
    }
    const address = await listen(app, config.http.host, config.http.apiPort, 'API_PORT');
    log.info(`catalog API on ${address} (docs: ${address}/docs)`);
    const catalog = createCatalog(database.db);
    const pruning = repeatEvery(
      HOUR_MS,
      'prune old idempotency keys',
      () => pruneIdempotencyKeys(catalog),
      log,
    );
    return { app, database, closers: [() => app.close(), pruning, () => database.close()] };
  } catch (error) {
    await database.close();
    throw error;
  }
}

export async function apiCommand(context: Context): Promise<void> {
  const { closers } = await startApi(context);
  closeOnSignals(context.log, closers);
}
