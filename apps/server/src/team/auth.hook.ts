import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Database } from '../db/client.js';
import { AppError } from '../http/app-error.js';
import { ANONYMOUS, type Principal } from './principal.js';
import { roleAllows, type Access } from './roles.js';
import { sha256, TOKEN_PREFIX } from './secrets.js';
import { findLiveSession } from './sessions.repository.js';
import { findTokenUser } from './tokens.repository.js';
import { anyUser } from './users.repository.js';

export const SESSION_COOKIE = 'cais_session';
export const CSRF_COOKIE = 'cais_csrf';
export const CSRF_HEADER = 'x-csrf-token';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const digest = (value: string) => createHash('sha256').update(value).digest();

export interface AuthOptions {
  db: Database;
  /** The shared token of the original service: an admin, recorded as `API_TOKEN`. */
  apiToken: string | undefined;
  catalogReads: 'public' | 'signed-in';
  sessionIdleMs: number;
}

/** With no users and no API_TOKEN, the local default stays open, as the original was. */
const OPEN: Principal = { ...ANONYMOUS, role: 'admin' };

/**
 * Resolves who is asking (API_TOKEN, a personal token, or the session cookie) and enforces
 * each route's `config.access`. Everything it reads is in the database, so any api task
 * behind a load balancer answers the same. Routes without `access` keep the original rule:
 * reads open, writes for an editor.
 */
export function registerAuth(app: FastifyInstance, options: AuthOptions): void {
  const { db, apiToken, catalogReads, sessionIdleMs } = options;
  const expected = apiToken === undefined ? undefined : digest(apiToken);
  // Users are disabled, never deleted: once one exists, the open default is over for good.
  let usersExist = false;
  const isOpen = async () => apiToken === undefined && !(usersExist ||= await anyUser(db));

  const fromBearer = async (token: string): Promise<Principal | undefined> => {
    // Comparing digests keeps the comparison constant-time whatever the lengths.
    if (expected && timingSafeEqual(digest(token), expected)) {
      return { ...ANONYMOUS, name: 'API_TOKEN', role: 'admin' };
    }
    if (!token.startsWith(TOKEN_PREFIX)) return undefined;
    const found = await findTokenUser(db, sha256(token));
    return (
      found && {
        name: `${found.user.username} (token "${found.tokenName}")`,
        role: found.user.role,
        userId: found.user.id,
        sessionId: undefined,
      }
    );
  };

  const resolve = async (
    request: FastifyRequest,
  ): Promise<{ principal: Principal | undefined; problem: string | undefined }> => {
    const header = request.headers.authorization;
    if (header !== undefined) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
      const principal = match?.[1] ? await fromBearer(match[1]) : undefined;
      return {
        principal,
        problem: match ? 'The bearer token is not valid (unknown, expired or revoked)' : undefined,
      };
    }
    const cookie = request.cookies[SESSION_COOKIE];
    if (cookie === undefined) return { principal: undefined, problem: undefined };
    const sessionId = sha256(cookie);
    const found = await findLiveSession(db, sessionId, sessionIdleMs);
    if (!found) return { principal: undefined, problem: 'Your session has ended; sign in again' };
    // A cross-site form can send the cookie but cannot read it to echo the CSRF token.
    if (WRITES.has(request.method)) {
      const sent = request.headers[CSRF_HEADER];
      if (typeof sent !== 'string' || sha256(sent) !== found.csrfHash) {
        throw new AppError(
          'forbidden',
          `Writes signed in with the browser cookie need the ${CSRF_HEADER} header given at sign-in`,
        );
      }
    }
    const { user } = found;
    return {
      principal: { name: user.username, role: user.role, userId: user.id, sessionId },
      problem: undefined,
    };
  };

  const allowed = (access: Access, principal: Principal): boolean => {
    if (access === 'anyone') return true;
    if (access === 'catalog-read') return catalogReads === 'public' || principal.role !== undefined;
    if (access === 'signed-in') return principal.userId !== undefined;
    return principal.role !== undefined && roleAllows(principal.role, access);
  };

  app.decorateRequest('principal', null as unknown as Principal);
  app.addHook('onRequest', async (request) => {
    request.principal = ANONYMOUS;
    const access =
      request.routeOptions.config.access ?? (WRITES.has(request.method) ? 'editor' : undefined);
    if (access === undefined) return;
    // Public reads need nobody: they skip the look-ups (and ignore credentials, as before).
    if (access === 'catalog-read' && catalogReads === 'public') return;
    const { principal, problem } = await resolve(request);
    request.principal = principal ?? ((await isOpen()) ? OPEN : ANONYMOUS);
    if (allowed(access, request.principal)) return;
    const who = request.principal;
    if (who.role !== undefined && (access !== 'signed-in' || who.userId !== undefined)) {
      throw new AppError('forbidden', `This needs the ${access} role; you are ${who.role}`);
    }
    if (access === 'signed-in' && who.role !== undefined) {
      throw new AppError('forbidden', 'This is for a signed-in user, not the shared API_TOKEN');
    }
    throw new AppError(
      'unauthorized',
      problem ??
        (apiToken !== undefined && !usersExist
          ? 'Writes need an Authorization: Bearer <API_TOKEN> header'
          : 'Sign in, or send Authorization: Bearer <token> (a personal token or API_TOKEN)'),
    );
  });
}
