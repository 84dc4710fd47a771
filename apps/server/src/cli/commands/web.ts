import type { FastifyInstance } from 'fastify';
import { openDatabase, type DatabaseHandle } from '../../db/client.js';
import { buildWebServer } from '../../web/web-server.js';
import { SPA_DIR, assertSpaBuilt } from '../../web/spa-files.js';
import { watchDatabase } from '../../metrics/database.js';
import { metricsOf, type Context } from '../context.js';
import { closeOnSignals, type Closer } from '../lifecycle.js';
import { listen } from '../listen.js';

/**
 * Starts the web UI on WEB_PORT, forwarding /api to `apiUrl`; with `dashboard`, serving the
 * price and pipeline routes itself from that database.
 */
export async function startWeb(
  context: Context,
  apiUrl: string,
  dashboard?: DatabaseHandle,
): Promise<{ app: FastifyInstance; closers: Closer[] }> {
  const { config, log } = context;
  await assertSpaBuilt(SPA_DIR);
  const metrics = metricsOf(context);
  if (metrics && dashboard) {
    watchDatabase(metrics, {
      handle: () => dashboard,
      pooled: dashboard.pool !== undefined,
      quotes: false,
      log,
    });
  }
  const app = await buildWebServer({
    apiUrl,
    spaDir: SPA_DIR,
    log,
    dashboard: dashboard && { db: dashboard.db, config },
    metrics: metrics && { metrics, token: config.metrics.token },
  });
  const address = await listen(app, config.http.host, config.http.webPort, 'WEB_PORT');
  log.info(
    `web UI on ${address} (forwarding /api to ${apiUrl}` +
      (dashboard ? `; /api/prices and /api/pipeline from ${dashboard.location}, read-only)` : ')'),
  );
  return { app, closers: [() => app.close()] };
}

export async function webCommand(context: Context): Promise<void> {
  const { config, log } = context;
  const readonlyUrl = config.database.readonlyUrl;
  // No migrations here: a read-only login cannot run them, and the api or worker does.
  const dashboard = readonlyUrl
    ? await openDatabase({ ...config.database, url: readonlyUrl }, log)
    : undefined;
  try {
    const { closers } = await startWeb(context, config.http.apiUrl, dashboard);
    closeOnSignals(log, dashboard ? [...closers, () => dashboard.close()] : closers);
  } catch (error) {
    await dashboard?.close();
    throw error;
  }
}
