import type { FastifyInstance } from 'fastify';
import type { Context } from '../context.js';
import { closeOnSignals } from '../lifecycle.js';
import { startApi } from './api.js';
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

/** Everything in one process, for a laptop: the api on API_PORT and the web UI on WEB_PORT. */
export async function startCommand(context: Context): Promise<void> {
  const api = await startApi(context);
  try {
    const apiUrl = loopbackUrl(context.config.http.host, portOf(api.app));
    const web = await startWeb(context, apiUrl);
    // The web server first: it stops taking requests while the api finishes those it forwarded.
    closeOnSignals(context.log, [...web.closers, ...api.closers]);
  } catch (error) {
    for (const close of api.closers) await close();
    throw error;
  }
}
