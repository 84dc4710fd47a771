import type { Actor } from '../catalog/actor.js';
import type { Access, Role } from './roles.js';

/** Who is asking: resolved once per request by the auth hook. */
export interface Principal {
  /** Name recorded in the history: the user name, `name (token "x")`, `API_TOKEN` or `anonymous`. */
  name: string;
  /** undefined: may only do what needs no role. */
  role: Role | undefined;
  userId: number | undefined;
  /** Set when signed in with the browser cookie: writes then need the CSRF header. */
  sessionId: string | undefined;
}

export const ANONYMOUS: Principal = {
  name: 'anonymous',
  role: undefined,
  userId: undefined,
  sessionId: undefined,
};

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal;
  }
  interface FastifyContextConfig {
    access?: Access;
  }
}

export const actorOf = (request: { principal: Principal; id: string }): Actor => ({
  name: request.principal.name,
  requestId: request.id,
});
