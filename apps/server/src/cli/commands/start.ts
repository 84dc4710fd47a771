import type { FastifyInstance } from 'fastify';
import type { Context } from '../context.js';
import { closeOnSignals } from '../lifecycle.js';
import { startApi } from './api.js';
import { ENABLE_HINT, startSchedule } from './etl.js';
import { startWeb } from './web.js';

/** Where the web server reaches the api of its own process: a wildcard HOST means loopback. */
export function loopbackUrl(host: string, port: number): string {
  const target = host === '0.0.0.0' || host === '' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${target.includes(':') ? `[${target}]` : target}:${port}`;
}

const portOf = (app: FastifyInstance): number => {
  const address = app.server.address();
  return typeof address === 'object' && address !== null ? address.port : 0;
};

/**
 * Everything in one process, for a laptop: the api on API_PORT, the web UI on WEB_PORT and, when
 * CMC_API_KEY is set, the extraction schedule on the same database.
 */
export async function startCommand(context: Context): Promise<void> {
  const { config, log } = context;
  const api = await startApi(context);
  let web;
  try {
    web = await startWeb(context, loopbackUrl(config.http.host, portOf(api.app)));
  } catch (error) {
    for (const close of api.closers) await close();
    throw error;
  }
  // The web server first: it stops taking requests while the api finishes those it forwarded.
  const closers = [...web.closers, ...api.closers];
  if (!config.cmc.apiKey) {
    log.info(`price pipeline idle: ${ENABLE_HINT}`);
    closeOnSignals(log, closers);
    return;
  }
  let etl;
  try {
    etl = await startSchedule(context, api.database);
  } catch (error) {
    // The catalog does not depend on the pipeline: it keeps serving.
    log.error(
      `price pipeline not started: ${error instanceof Error ? error.message : String(error)}`,
    );
    closeOnSignals(log, closers);
    return;
  }
  // The schedule stops first, so its last load finishes while the database is open.
  closeOnSignals(log, [...etl.closers, ...closers]);
  // A refused key ends the schedule (it said why); the catalog keeps serving.
  etl.scheduler.finished.catch(() => etl.pipeline.close());
}
