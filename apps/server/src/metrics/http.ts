import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../http/app-error.js';
import type { Metrics, ServerName } from './registry.js';
import { scrapeAllowed, TOKEN_NEEDED } from './token.js';

export interface MetricsRouteOptions {
  metrics: Metrics;
  server: ServerName;
  /** METRICS_TOKEN: when set, a scrape must send it as a bearer token. */
  token: string | undefined;
}

/** The route of a request that matched none (404s, malformed URLs): never the raw URL. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * Counts and times every request of `app` by its route pattern (`/products/:id`), and serves the
 * registry at GET /metrics in Prometheus' text format. /metrics stays out of the OpenAPI
 * document: its format is Prometheus', not the API's, and no API client reads it.
 */
export function registerMetrics(app: FastifyInstance, options: MetricsRouteOptions): void {
  const { metrics, server, token } = options;
  const { requests, errors, duration } = metrics.http;
  app.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done) => {
    const route = request.routeOptions.url ?? UNMATCHED_ROUTE;
    const method = request.method;
    requests.inc({ server, method, route, status_code: reply.statusCode });
    if (reply.statusCode >= 500) errors.inc({ server, method, route });
    duration.observe({ server, method, route }, reply.elapsedTime / 1000);
    done();
  });

  const allowed = scrapeAllowed(token);
  app.get('/metrics', { schema: { hide: true }, logLevel: 'warn' }, async (request, reply) => {
    if (!allowed(request.headers.authorization)) {
      void reply.header('www-authenticate', 'Bearer realm="metrics"');
      throw new AppError('unauthorized', TOKEN_NEEDED);
    }
    const body = await metrics.registry.metrics();
    return reply.type(metrics.registry.contentType).send(body);
  });
}
