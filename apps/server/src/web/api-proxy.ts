import proxy from '@fastify/http-proxy';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { maskSecrets } from '../config/secrets.js';
import { AppError } from '../http/app-error.js';
import { sendProblem } from '../http/error-handler.js';

/**
 * Forwards /api/* to the api, so the browser talks to one origin (no CORS, one address to open).
 * When the api does not answer, the browser gets a problem+json 502 it can show as such.
 *
 * `Expect: 100-continue` (curl sends it with bodies of 1 MB or more) stays between the client
 * and this server: Node answers it before the request reaches the proxy, and undici refuses to
 * send the header upstream (the request failed as a 502 when it was forwarded).
 */
export async function registerApiProxy(app: FastifyInstance, apiUrl: string): Promise<void> {
  await app.register(proxy, {
    upstream: apiUrl,
    prefix: '/api',
    rewritePrefix: '/',
    // The api logs each request it serves; one line per request is enough.
    disableRequestLogging: true,
    replyOptions: {
      rewriteRequestHeaders: (request, headers) => {
        const forwarded = { ...headers, 'x-request-id': request.id };
        delete forwarded.expect;
        return forwarded;
      },
      // No retries: a write must never run twice, and an outage is reported at once.
      retryDelay: () => null,
      onError: (reply, { error }) => {
        // reply-from has logged the error; the web server logs the failed request.
        void sendProblem(
          // reply-from types the reply for HTTP/2 too; this server is HTTP/1.1.
          reply as FastifyReply,
          new AppError(
            'bad_gateway',
            `The catalog API (API_URL ${maskSecrets(apiUrl)}) did not answer: ${maskSecrets(error.message)}`,
          ),
        );
      },
    },
  });
}
