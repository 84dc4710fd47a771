import { randomUUID } from 'node:crypto';
import fastifyStatic from '@fastify/static';
import helmet from '@fastify/helmet';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import type { Database } from '../db/client.js';
import { AppError } from '../http/app-error.js';
import { validatorCompiler } from '../http/validation.js';
import { registerMetrics } from '../metrics/http.js';
import type { Metrics } from '../metrics/registry.js';
import { pipelineRoutes } from '../pipeline-health/pipeline.routes.js';
import { priceRoutes } from '../prices/prices.routes.js';
import { frameworkErrors, registerErrorHandler, sendProblem } from '../http/error-handler.js';
import { registerApiProxy } from './api-proxy.js';
import { IMMUTABLE, REVALIDATE } from './spa-files.js';

export interface WebServerOptions {
  /** Where /api/* goes: the api's base URL. */
  apiUrl: string;
  /** The built single-page app (apps/web/dist). */
  spaDir: string;
  log: Logger;
  /**
   * When set, /api/prices/* and /api/pipeline/* are answered here from this database (a
   * read-only login, DATABASE_READONLY_URL), so a dashboard host needs no api.
   */
  dashboard?: { db: Database; config: Config } | undefined;
  /** When set (METRICS), requests are counted into it and it is served at /metrics. */
  metrics?: { metrics: Metrics; token: string | undefined } | undefined;
}

/** A path the app routes in the browser: no file extension, not under /api or /assets. */
const isClientRoute = (path: string) =>
  !path.startsWith('/api/') && !path.startsWith('/assets/') && !/\.[a-z0-9]+$/i.test(path);

/**
 * The web role: serves the built UI (hashed assets cached for good, index.html revalidated),
 * answers client routes with index.html, and forwards /api/* to the api.
 */
export async function buildWebServer({
  apiUrl,
  spaDir,
  log,
  dashboard,
  metrics,
}: WebServerOptions): Promise<FastifyInstance> {
  const loggerInstance: FastifyBaseLogger = log;
  const app = Fastify({
    loggerInstance,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    frameworkErrors,
    // A line per script and stylesheet is noise; the api logs the requests forwarded to it, and
    // failures are logged below.
    logController: new LogController({ disableRequestLogging: true }),
  });
  registerErrorHandler(app);
  if (metrics) registerMetrics(app, { ...metrics, server: 'web' });
  app.addHook('onResponse', async (request, reply) => {
    if (reply.statusCode >= 500) {
      request.log.warn(
        { method: request.method, url: request.url, statusCode: reply.statusCode },
        'request failed',
      );
    }
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        // The bundle has no inline script or style; React sets styles through the DOM.
        'style-src': ["'self'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        // Served over plain HTTP locally and behind TLS-terminating balancers.
        upgradeInsecureRequests: null,
      },
    },
  });

  app.get('/health', { logLevel: 'warn' }, () => ({ status: 'ok' }));

  if (dashboard) {
    // The api's own route plugins, under /api: more specific than the proxy's /api/*, so they win.
    await app.register(
      async (scope) => {
        scope.setValidatorCompiler(validatorCompiler);
        await scope.register(priceRoutes, dashboard);
        await scope.register(pipelineRoutes, dashboard);
      },
      { prefix: '/api' },
    );
  }
  await registerApiProxy(app, apiUrl);

  await app.register(fastifyStatic, {
    root: spaDir,
    cacheControl: false,
    preCompressed: true,
    dotfiles: 'ignore',
    setHeaders: (reply, path) => {
      void reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : REVALIDATE);
    },
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if ((request.method === 'GET' || request.method === 'HEAD') && isClientRoute(path)) {
      return reply.sendFile('index.html');
    }
    return sendProblem(reply, new AppError('not_found', `Nothing at ${path}`));
  });

  return app;
}
