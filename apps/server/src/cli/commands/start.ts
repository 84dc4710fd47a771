import type { FastifyInstance } from 'fastify';
import type { Context } from '../context.js';
import { closeOnSignals } from '../lifecycle.js';
import { startApi } from './api.js';
import { startWeb } from './web.js';

/** The in-process api as the web server reaches it: over loopback, on the port it got. */
export function loopbackUrl(app: FastifyInstance, host: string): string {
  const address = app.server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  const reachable =
    host === '0.0.0.0' || host === '' ? '127.0.0.1' : host === '::' ? '[::1]' : host;
  return `http://${reachable.includes(':') && !reachable.startsWith('[') ? `[${reachable}]` : reachable}:${port}`;
}

/** Everything in one process, for a laptop: the api on API_PORT and the web UI on WEB_PORT. */
export async function startCommand(context: Context): Promise<void> {
  const api = await startApi(context);
  try {
    const web = await startWeb(context, loopbackUrl(api.app, context.config.http.host));
    // The web server first: it stops taking requests while the api finishes those it forwarded.
    closeOnSignals(context.log, [...web.closers, ...api.closers]);
  } catch (error) {
    for (const close of api.closers) await close();
    throw error;
  }
}
