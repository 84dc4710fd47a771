import proxy from '@fastify/http-proxy';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { AppError } from '../http/app-error.js';
import { sendProblem } from '../http/error-handler.js';

/**
 * Forwards /api/* to the api, so the browser talks to one origin (no CORS, one address to open).
 * When the api does not answer, the browser gets a problem+json 502 it can show as such.
 */
export async function registerApiProxy(app: FastifyInstance, apiUrl: string): Promise<void> {
  await app.register(proxy, {
    upstream: apiUrl,
    prefix: '/api',
    rewritePrefix: '/',
    // The api logs each request it serves; one line per request is enough.
    disableRequestLogging: true,
    replyOptions: {
      rewriteRequestHeaders: (request, headers) => ({ ...headers, 'x-request-id': request.id }),
      // No retries: a write must never run twice, and an outage is reported at once.
      retryDelay: () => null,
      onError: (reply, { error }) => {
        // reply-from has logged the error; the web server logs the failed request.
        void sendProblem(
          // reply-from types the reply for HTTP/2 too; this server is HTTP/1.1.
          reply as FastifyReply,
          new AppError(
            'bad_gateway',
            `The catalog API (API_URL ${apiUrl}) did not answer: ${error.message}`,
          ),
        );
      },
    },
  });
}
