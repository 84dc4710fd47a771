import type { InjectOptions } from 'fastify';
import { validProduct } from '../helpers/app.js';

/** Who asks, in the role matrix. */
export const WHO = [
  'anonymous',
  'viewer',
  'editor',
  'admin',
  'API_TOKEN',
  'revoked token',
  'expired session',
  'disabled user',
] as const;
export type Who = (typeof WHO)[number];

/** What a route needs (with CATALOG_READS=public, so catalog reads need nobody). */
export type Needs = 'anyone' | 'signed-in' | 'viewer' | 'editor' | 'admin';

/** The data a request needs, made only when asked (each case gets its own). */
export interface Fixture {
  product(): Promise<number>;
  trashed(): Promise<number>;
  /** The newest history entry of a product. */
  entry(product: number): Promise<number>;
  /** A fresh personal token of the user behind `who` (0 for a caller without one). */
  tokenOf(who: Who): Promise<number>;
  rule(): Promise<number>;
  /** A number no other case uses, for unique names. */
  n: number;
}

export interface MatrixRoute {
  needs: Needs;
  request: (f: Fixture, who: Who) => InjectOptions | Promise<InjectOptions>;
  /** The answer of an allowed caller, when it is not 2xx (no data to find on a fresh database). */
  allowed?: number;
}

export const PASSWORD = 'correct horse battery';
const post = (url: string, payload?: object): InjectOptions => ({
  method: 'POST',
  url,
  ...(payload ? { payload } : {}),
});

/**
 * Every documented operation, keyed `METHOD /path` as the OpenAPI document names it: the matrix
 * test fails for an operation missing here, so a new route cannot skip its access decision.
 */
export const ROUTES: Record<string, MatrixRoute> = {
  'GET /health': { needs: 'anyone', request: () => ({ url: '/health' }) },
  'GET /ready': { needs: 'anyone', request: () => ({ url: '/ready' }) },

  'GET /products': { needs: 'anyone', request: () => ({ url: '/products' }) },
  'GET /products/{id}': {
    needs: 'anyone',
    request: async (f) => ({ url: `/products/${await f.product()}` }),
  },
  'GET /categories': { needs: 'anyone', request: () => ({ url: '/categories' }) },
  'GET /products.csv': { needs: 'anyone', request: () => ({ url: '/products.csv' }) },
  'POST /products': { needs: 'editor', request: () => post('/products', validProduct) },
  'PUT /products/{id}': {
    needs: 'editor',
    request: async (f) => ({
      method: 'PUT',
      url: `/products/${await f.product()}`,
      payload: { price: 5 },
    }),
  },
  'PATCH /products/{id}': {
    needs: 'editor',
    request: async (f) => ({
      method: 'PATCH',
      url: `/products/${await f.product()}`,
      payload: { price: 6 },
    }),
  },
  'DELETE /products/{id}': {
    needs: 'editor',
    request: async (f) => ({ method: 'DELETE', url: `/products/${await f.product()}` }),
  },
  'POST /products/import': {
    needs: 'editor',
    request: () => ({
      method: 'POST',
      url: '/products/import?mode=dry-run',
      headers: { 'content-type': 'text/csv' },
      payload: 'name,description,price,categoria,email_fornecedor\nMesa,Pinho,10,Móveis,a@b.com\n',
    }),
  },

  'GET /products/{id}/history': {
    needs: 'viewer',
    request: async (f) => ({ url: `/products/${await f.product()}/history` }),
  },
  'POST /products/{id}/history/{entry}/restore': {
    needs: 'editor',
    request: async (f) => {
      const id = await f.product();
      return post(`/products/${id}/history/${await f.entry(id)}/restore`);
    },
  },
  'GET /history.csv': { needs: 'admin', request: () => ({ url: '/history.csv' }) },
  'GET /trash': { needs: 'editor', request: () => ({ url: '/trash' }) },
  'POST /products/{id}/restore': {
    needs: 'editor',
    request: async (f) => post(`/products/${await f.trashed()}/restore`),
  },
  'DELETE /trash/{id}': {
    needs: 'admin',
    request: async (f) => ({ method: 'DELETE', url: `/trash/${await f.trashed()}` }),
  },

  'POST /auth/sign-in': {
    needs: 'anyone',
    request: () => post('/auth/sign-in', { username: 'viewer', password: PASSWORD }),
  },
  'POST /auth/sign-out': { needs: 'anyone', request: () => post('/auth/sign-out') },
  'POST /auth/sign-out-everywhere': {
    needs: 'signed-in',
    request: () => post('/auth/sign-out-everywhere'),
  },
  'GET /auth/me': { needs: 'anyone', request: () => ({ url: '/auth/me' }) },
  'GET /auth/tokens': { needs: 'signed-in', request: () => ({ url: '/auth/tokens' }) },
  'POST /auth/tokens': {
    needs: 'signed-in',
    request: () => post('/auth/tokens', { name: 'matrix', days: 1 }),
  },
  'DELETE /auth/tokens/{id}': {
    needs: 'signed-in',
    request: async (f, who) => ({ method: 'DELETE', url: `/auth/tokens/${await f.tokenOf(who)}` }),
  },

  'GET /users': { needs: 'admin', request: () => ({ url: '/users' }) },
  'POST /users': {
    needs: 'admin',
    request: (f) => post('/users', { username: `new-${f.n}`, password: PASSWORD, role: 'viewer' }),
  },
  'PATCH /users/{username}': {
    needs: 'admin',
    request: () => ({ method: 'PATCH', url: '/users/viewer', payload: { role: 'viewer' } }),
  },

  // Market data and the pipeline's state are public, as the original dashboard's were.
  'GET /prices/markets': { needs: 'anyone', request: () => ({ url: '/prices/markets' }) },
  'GET /prices/latest': {
    needs: 'anyone',
    request: () => ({ url: '/prices/latest?symbol=BTC&convert=BRL' }),
    allowed: 404,
  },
  'GET /prices/series': {
    needs: 'anyone',
    request: () => ({ url: '/prices/series?symbol=BTC&convert=BRL' }),
    allowed: 404,
  },
  'GET /prices/rows': {
    needs: 'anyone',
    request: () => ({ url: '/prices/rows?symbol=BTC&convert=BRL' }),
  },
  'GET /prices/rows.csv': {
    needs: 'anyone',
    request: () => ({ url: '/prices/rows.csv?symbol=BTC&convert=BRL' }),
    allowed: 404,
  },
  'GET /pipeline/runs': { needs: 'anyone', request: () => ({ url: '/pipeline/runs' }) },
  'GET /pipeline/health': { needs: 'anyone', request: () => ({ url: '/pipeline/health' }) },

  'GET /alerts/rules': { needs: 'viewer', request: () => ({ url: '/alerts/rules' }) },
  'POST /alerts/rules': {
    needs: 'editor',
    request: (f) => post('/alerts/rules', { name: `stale-${f.n}`, kind: 'stale', threshold: 3 }),
  },
  'PUT /alerts/rules/{id}': {
    needs: 'editor',
    request: async (f) => ({
      method: 'PUT',
      url: `/alerts/rules/${await f.rule()}`,
      payload: { name: `edited-${f.n}`, kind: 'stale', threshold: 4 },
    }),
  },
  'DELETE /alerts/rules/{id}': {
    needs: 'editor',
    request: async (f) => ({ method: 'DELETE', url: `/alerts/rules/${await f.rule()}` }),
  },
  'POST /alerts/rules/{id}/test': {
    needs: 'editor',
    request: async (f) => post(`/alerts/rules/${await f.rule()}/test`),
  },
  // The dashboard draws fired alerts on the public price chart.
  'GET /alerts/events': { needs: 'anyone', request: () => ({ url: '/alerts/events' }) },
};

const RANK = { viewer: 1, editor: 2, admin: 3 } as const;

/** The status `who` gets, or 'allowed'. */
export function expected(who: Who, needs: Needs): number | 'allowed' {
  if (needs === 'anyone') return 'allowed';
  if (who === 'viewer' || who === 'editor' || who === 'admin') {
    return needs === 'signed-in' || RANK[who] >= RANK[needs] ? 'allowed' : 403;
  }
  // The shared token is an admin, but no person: it has no tokens or sessions of its own.
  if (who === 'API_TOKEN') return needs === 'signed-in' ? 403 : 'allowed';
  return 401;
}
