import { randomUUID } from 'node:crypto';
import cookie from '@fastify/cookie';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { ValidatedTypeProvider } from './validated.js';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import secureJson from 'secure-json-parse';
import { alertRoutes } from '../alerts/alerts.routes.js';
import { createRequestCounter, type RequestCounter } from '../alerts/request-counts.js';
import { productRoutes } from '../catalog/products.routes.js';
import type { Config } from '../config/config.js';
import type { DatabaseHandle } from '../db/client.js';
import { healthRoutes } from '../health/health.routes.js';
import { registerMetrics } from '../metrics/http.js';
import type { Metrics } from '../metrics/registry.js';
import { pipelineRoutes } from '../pipeline-health/pipeline.routes.js';
import { priceRoutes } from '../prices/prices.routes.js';
import { AppError } from './app-error.js';
import { frameworkErrors, registerErrorHandling } from './error-handler.js';
import { validatorCompiler } from './validation.js';
import { registerAuth } from '../team/auth.hook.js';
import { authRoutes } from '../team/auth.routes.js';
import { userRoutes } from '../team/users.routes.js';
import { systemClock } from '../time/clock.js';
import { VERSION } from '../version.js';

export interface AppDeps {
  config: Config;
  database: DatabaseHandle;
  log: Logger;
  /** When set (METRICS), requests are counted into it and it is served at /metrics. */
  metrics?: Metrics | undefined;
  /** Where answers are counted for the error_rate rule; default: flushed every 15 s. */
  requestCounter?: RequestCounter | undefined;
}

/** Routes left out of the error_rate rule's counts. */
const UNCOUNTED = new Set(['/health', '/ready', '/metrics']);

/** A product is a few kB at most; anything much larger is a mistake or an attack. */
export const BODY_LIMIT = 64 * 1024;

const EXPOSED_HEADERS = [
  'ETag',
  'Location',
  'X-Total-Count',
  'Content-Range',
  'Link',
  'Idempotent-Replayed',
  'X-Request-Id',
];

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Builds the catalog API; the caller listens and closes it. */
export async function buildApp({
  config,
  database,
  log,
  metrics,
  requestCounter,
}: AppDeps): Promise<FastifyInstance> {
  const loggerInstance: FastifyBaseLogger = log;
  const app = Fastify({
    loggerInstance,
    bodyLimit: BODY_LIMIT,
    routerOptions: { ignoreTrailingSlash: true },
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // Behind a load balancer, the client's address (sign-in limits) and protocol (Secure cookies).
    trustProxy: config.http.trustProxy,
    frameworkErrors,
  }).withTypeProvider<ValidatedTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  registerErrorHandling(app);
  if (metrics) registerMetrics(app, { metrics, server: 'api', token: config.metrics.token });
  const counter =
    requestCounter ?? createRequestCounter({ db: database.db, clock: systemClock, log });
  app.addHook('onResponse', (request, reply, done) => {
    // Probes and scrapes are not traffic: a load balancer's health checks would dilute the rate.
    if (!UNCOUNTED.has(request.routeOptions.url ?? '')) counter.record(reply.statusCode);
    done();
  });
  // After the requests in flight have been answered: their counts are in the last flush.
  app.addHook('onClose', () => counter.close());

  // JSON only: any other media type is a 415, never a body parsed by guesswork.
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(
    ['application/json', 'application/merge-patch+json'],
    { parseAs: 'buffer' },
    (_request, bytes: Buffer, done) => {
      if (bytes.length === 0) {
        done(new AppError('malformed_request', 'The body is empty; send a JSON object'));
        return;
      }
      let body: string;
      try {
        // Decoded strictly: a lenient decoder would store U+FFFD in place of the bad bytes.
        body = strictUtf8.decode(bytes);
      } catch {
        done(AppError.validation([{ field: 'body', message: 'is not valid UTF-8' }]));
        return;
      }
      try {
        done(
          null,
          secureJson.parse(body, undefined, {
            protoAction: 'error',
            constructorAction: 'error',
          }),
        );
      } catch (error) {
        done(
          new AppError(
            'malformed_request',
            `The body is not valid JSON: ${(error as Error).message}`,
          ),
        );
      }
    },
  );

  // Once closing, answers end their connection: a keep-alive socket would otherwise hold the
  // shutdown open until its timeout, long after the last request in flight has finished.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
    if (closing) void reply.header('connection', 'close');
  });

  await app.register(helmet, {
    // The api is also served over plain HTTP (locally, behind a load balancer without TLS), where
    // upgrading /docs sub-requests to https would break the page.
    contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
  });
  await app.register(cors, {
    origin: config.http.corsOrigins.length > 0 ? config.http.corsOrigins : false,
    methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
    exposedHeaders: EXPOSED_HEADERS,
  });
  await app.register(cookie);
  registerAuth(app, {
    db: database.db,
    apiToken: config.http.apiToken,
    catalogReads: config.team.catalogReads,
    sessionIdleMs: config.team.sessionIdleMinutes * 60_000,
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'cais API',
        version: VERSION,
        description:
          'Product catalog API, wire-compatible with the original FastAPI service, plus paging, ' +
          'conditional writes and idempotent creates. Errors are `application/problem+json` (RFC 9457). ' +
          'Text must be valid Unicode without NUL characters, and a `date-time` must fall between ' +
          'the years 1 and 9999 (no leap second); anything else is a 422 naming the field.',
      },
      tags: [
        { name: 'products', description: 'The product catalog' },
        { name: 'categories', description: 'Product categories' },
        { name: 'history', description: 'Every change of a product: who, when, before and after' },
        { name: 'trash', description: 'Deleted products, restorable until purged' },
        { name: 'auth', description: 'Signing in and out; personal API tokens' },
        { name: 'users', description: 'People and their roles (admin)' },
        { name: 'health', description: 'Liveness and readiness probes' },
        {
          name: 'prices',
          description: 'Crypto quotes for the dashboard: newest, downsampled series, rows, CSV',
        },
        {
          name: 'pipeline',
          description: 'The price pipeline: recent runs, freshness, credits and gaps',
        },
        { name: 'alerts', description: 'Alert rules, and the alerts they fired (docs/alerts.md)' },
      ],
      components: {
        securitySchemes: {
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            description:
              'API_TOKEN (an admin) or a personal token (`cais_…`, acting with its user’s role). ' +
              'With no users and no API_TOKEN the local default is open.',
          },
          cookieAuth: {
            type: 'apiKey',
            in: 'cookie',
            name: 'cais_session',
            description: 'Browser session from POST /auth/sign-in; writes also need X-CSRF-Token',
          },
        },
      },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());

  await app.register(healthRoutes, { database });
  await app.register(productRoutes, { db: database.db, trashDays: config.team.trashDays });
  await app.register(authRoutes, {
    db: database.db,
    policy: {
      idleMs: config.team.sessionIdleMinutes * 60_000,
      maxMs: config.team.sessionMaxHours * 3600_000,
    },
  });
  await app.register(userRoutes, { db: database.db });
  await app.register(priceRoutes, { db: database.db, config });
  await app.register(pipelineRoutes, { db: database.db, config });
  await app.register(alertRoutes, { db: database.db, config });
  return app;
}
