import type { RoutePlugin } from '../http/validated.js';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Type from 'typebox';
import type { Database } from '../db/client.js';
import { json, problems } from '../http/openapi.js';
import { CSRF_COOKIE, CSRF_HEADER, SESSION_COOKIE } from './auth.hook.js';
import * as signIn from './sign-in.service.js';
import {
  MeSchema,
  NewTokenSchema,
  SessionSchema,
  SignInSchema,
  TokenCreateSchema,
  TokenParamsSchema,
  TokenSchema,
} from './team.schema.js';
import * as tokens from './tokens.service.js';
import { anyUser, findUser } from './users.repository.js';

const tags = ['auth'];
const SECURITY = [{ bearerAuth: [] }, { cookieAuth: [] }];
const csrf = `Signed in with the cookie, a write needs the ${CSRF_HEADER} header`;

export const authRoutes: RoutePlugin<{
  db: Database;
  policy: signIn.SessionPolicy;
}> = async (app, { db, policy }) => {
  const cookieOptions = (request: FastifyRequest, httpOnly: boolean) => ({
    path: '/',
    httpOnly,
    sameSite: 'strict' as const,
    // Over HTTPS (or behind a proxy saying so, with TRUST_PROXY) the cookie never travels in clear.
    secure: request.protocol === 'https',
  });
  const clearCookies = (request: FastifyRequest, reply: FastifyReply) =>
    reply
      .clearCookie(SESSION_COOKIE, cookieOptions(request, true))
      .clearCookie(CSRF_COOKIE, cookieOptions(request, false));

  app.post(
    '/auth/sign-in',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        operationId: 'signIn',
        summary: 'Sign in with a user name and password (browser session)',
        description:
          'Sets the HttpOnly session cookie and a `cais_csrf` cookie. Failures are limited per ' +
          'account and per address; past the limit the answer is 429 with Retry-After.',
        body: SignInSchema,
        response: {
          200: json('Signed in', SessionSchema),
          ...problems({
            400: 'The body is not valid JSON',
            401: 'Wrong user name or password, or a disabled account',
            415: 'The body is not JSON',
            422: 'A field is missing or invalid',
            429: 'Too many failed sign-ins from this account or address',
          }),
        },
      },
    },
    async (request, reply) => {
      let session: signIn.NewSession;
      try {
        session = await signIn.signIn(db, policy, { ...request.body, address: request.ip });
      } catch (error) {
        const retry = (error as { retryAfterSeconds?: number }).retryAfterSeconds;
        if (retry !== undefined) void reply.header('retry-after', String(retry));
        throw error;
      }
      const expires = session.expiresAt;
      return reply
        .setCookie(SESSION_COOKIE, session.secret, { ...cookieOptions(request, true), expires })
        .setCookie(CSRF_COOKIE, session.csrfToken, { ...cookieOptions(request, false), expires })
        .send({
          user: session.user,
          csrf_token: session.csrfToken,
          expires_at: expires.toISOString(),
        });
    },
  );

  app.post(
    '/auth/sign-out',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        operationId: 'signOut',
        summary: 'End this browser session',
        description: csrf,
        response: { 204: { description: 'Signed out' }, ...problems({ 403: csrf }) },
      },
    },
    async (request, reply) => {
      if (request.principal.sessionId) await signIn.signOut(db, request.principal.sessionId);
      return clearCookies(request, reply).code(204).send();
    },
  );

  app.post(
    '/auth/sign-out-everywhere',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        operationId: 'signOutEverywhere',
        summary: 'End every session of the signed-in user, on every device',
        security: SECURITY,
        response: {
          200: json('Sessions ended', Type.Object({ ended: Type.Integer() })),
          ...problems({ 401: 'Not signed in', 403: csrf }),
        },
      },
    },
    async (request, reply) => {
      const ended = await signIn.signOutEverywhere(db, request.principal.userId ?? 0);
      return clearCookies(request, reply).send({ ended });
    },
  );

  app.get(
    '/auth/me',
    {
      config: { access: 'anyone' },
      schema: {
        tags,
        operationId: 'whoAmI',
        summary: 'Who the request is signed in as',
        response: { 200: json('The caller', MeSchema), ...problems() },
      },
    },
    async (request) => {
      const { principal } = request;
      const user =
        principal.userId === undefined ? undefined : await findUser(db, principal.userId);
      return {
        name: principal.name,
        role: principal.role ?? null,
        user: user ?? null,
        open: principal.role !== undefined && principal.name === 'anonymous',
        sign_in: user !== undefined || (await anyUser(db)),
      };
    },
  );

  app.get(
    '/auth/tokens',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        operationId: 'listTokens',
        summary: "The signed-in user's API tokens (never the tokens themselves)",
        security: SECURITY,
        response: {
          200: json('Tokens, newest first', Type.Array(TokenSchema)),
          ...problems({ 401: 'Not signed in', 403: 'The shared API_TOKEN has no tokens' }),
        },
      },
    },
    (request) => tokens.listTokens(db, request.principal.userId ?? 0),
  );

  app.post(
    '/auth/tokens',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        operationId: 'createToken',
        summary: 'Create a personal API token (shown once)',
        description: `Use it as \`Authorization: Bearer <token>\`; it acts with your role. ${csrf}.`,
        security: SECURITY,
        body: TokenCreateSchema,
        response: {
          201: json('The token, shown this once', NewTokenSchema),
          ...problems({
            400: 'The body is not valid JSON',
            401: 'Not signed in',
            403: csrf,
            415: 'The body is not JSON',
            422: 'A field is invalid',
          }),
        },
      },
    },
    async (request, reply) => {
      const created = await tokens.createToken(db, request.principal.userId ?? 0, {
        name: request.body.name.trim(),
        days: request.body.days,
      });
      return reply.code(201).send(created);
    },
  );

  app.delete(
    '/auth/tokens/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        operationId: 'revokeToken',
        summary: 'Revoke one of your API tokens',
        security: SECURITY,
        params: TokenParamsSchema,
        response: {
          200: json('The revoked token', TokenSchema),
          ...problems({
            401: 'Not signed in',
            403: csrf,
            404: 'You have no token with this id',
            422: 'The id is not a positive integer',
          }),
        },
      },
    },
    (request) => tokens.revokeToken(db, request.principal.userId ?? 0, request.params.id),
  );
};
