import createClient, { type Middleware } from 'openapi-fetch';
import { tokenStore } from '../auth/token-store';
import { CSRF_HEADER, csrfToken } from '../team/csrf';
import { sessionEvents } from '../team/session-events';
import { connectivity } from './connectivity';
import { ApiError, isProblem, outageOf } from './errors';
import type { paths } from './openapi.generated';

/** The web server forwards /api/* to the api, so the browser talks to one origin. */
export const API_BASE = '/api';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The token asked for after a 401 goes with every request of this browser tab (reads of the
 * history need it too); otherwise a write signed in with the session cookie echoes its CSRF token.
 */
const authorization: Middleware = {
  onRequest({ request }) {
    const token = tokenStore.get();
    if (token !== null) {
      request.headers.set('authorization', `Bearer ${token}`);
    } else if (WRITES.has(request.method)) {
      const csrf = csrfToken();
      if (csrf !== undefined) request.headers.set(CSRF_HEADER, csrf);
    }
    return request;
  },
};

const outageWatch: Middleware = {
  async onResponse({ request, response }) {
    if (response.status === 401 && !request.url.endsWith('/auth/sign-in')) {
      sessionEvents.unauthorized();
    }
    const problem = response.ok ? undefined : await problemOf(response);
    connectivity.report(outageOf(response.status, problem));
    return response;
  },
  onError({ error }) {
    // Aborted requests (a newer search replaced them) say nothing about the api.
    if (error instanceof DOMException && error.name === 'AbortError') return;
    connectivity.report('unreachable');
  },
};

async function problemOf(response: Response): Promise<ApiError['problem']> {
  try {
    const body: unknown = await response.clone().json();
    return isProblem(body) ? body : undefined;
  } catch {
    return undefined;
  }
}

export function createApi(baseUrl = API_BASE) {
  // Looked up per request, not captured once, so a test's stand-in fetch is the one used.
  const client = createClient<paths>({ baseUrl, fetch: (request) => globalThis.fetch(request) });
  client.use(authorization, outageWatch);
  return client;
}

export const api = createApi();

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * The data of a successful answer, or an ApiError carrying the problem body. A request that got
 * no answer (server down, network gone) becomes an ApiError with status 0.
 */
export async function call<T>(
  request: () => Promise<Answer<T>>,
): Promise<{ data: T; response: Response }> {
  let answer: Answer<T>;
  try {
    answer = await request();
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, undefined, (error as Error).message);
  }
  const { data, error, response } = answer;
  if (!response.ok) throw new ApiError(response.status, isProblem(error) ? error : undefined);
  return { data: data as T, response };
}
