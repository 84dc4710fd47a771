import type { FastifyInstance } from 'fastify';
import { buildWebServer } from '../../web/web-server.js';
import { SPA_DIR, assertSpaBuilt } from '../../web/spa-files.js';
import type { Context } from '../context.js';
import { closeOnSignals, type Closer } from '../lifecycle.js';
import { listen } from '../listen.js';

/** Starts the web UI on WEB_PORT, forwarding /api to `apiUrl`. */
export async function startWeb(
  context: Context,
  apiUrl: string,
): Promise<{ app: FastifyInstance; closers: Closer[] }> {
  const { config, log } = context;
  await assertSpaBuilt(SPA_DIR);
  const app = await buildWebServer({ apiUrl, spaDir: SPA_DIR, log });
  const address = await listen(app, config.http.host, config.http.webPort, 'WEB_PORT');
  log.info(`web UI on ${address} (forwarding /api to ${apiUrl})`);
  return { app, closers: [() => app.close()] };
}

export async function webCommand(context: Context): Promise<void> {
  const { closers } = await startWeb(context, context.config.http.apiUrl);
  closeOnSignals(context.log, closers);
}
