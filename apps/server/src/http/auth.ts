import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { AppError } from './app-error.js';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const digest = (value: string) => createHash('sha256').update(value).digest();

/** With API_TOKEN set, writes need `Authorization: Bearer <token>`; reads stay open. */
export function registerWriteAuth(app: FastifyInstance, token: string | undefined): void {
  if (token === undefined) return;
  const expected = digest(token);
  app.addHook('onRequest', async (request) => {
    if (!WRITES.has(request.method)) return;
    const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
    // Comparing digests keeps the comparison constant-time whatever the lengths.
    if (!match?.[1] || !timingSafeEqual(digest(match[1]), expected)) {
      throw new AppError(
        'unauthorized',
        match
          ? 'The bearer token is not valid'
          : 'Writes need an Authorization: Bearer <API_TOKEN> header',
      );
    }
  });
}
