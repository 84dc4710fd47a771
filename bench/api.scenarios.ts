import type { Request } from 'autocannon';

/** The requests of `npm run bench -- api`, and which servers (sides) answer each. */

export const PRODUCTS = 100_000;

const CATEGORIES = ['Eletrônico', 'Eletrodoméstico', 'Móveis', 'Roupas', 'Calçados'];
const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)] as T;

export type Side = 'baseline' | 'floor' | 'cais' | 'private' | 'before' | 'no-metrics' | 'traced';

/** GET by id and POST also run on the api with metrics off and with traces on (api.observed.ts). */
const OBSERVED: Side[] = ['baseline', 'cais', 'no-metrics', 'traced'];

/** Set by the run once the bench user exists and has signed in. */
export const credentials = { token: '', cookie: '' };
const PRODUCT = {
  name: 'Cadeira Gamer Reclinável',
  description: 'Encosto ajustável, apoio de braço 4D',
  price: 1299.9,
  categoria: 'Móveis',
  email_fornecedor: 'vendas@fornecedor.com.br',
};
export const BENCH_PASSWORD = 'bench password 0123';
const randomId = () => 1 + Math.floor(Math.random() * PRODUCTS);

export const scenario = (request: Request, sides: Side[] = ['baseline', 'cais']) => ({
  request,
  sides,
});

export const scenarios: Record<string, { request: Request; sides: Side[] }> = {
  'GET by id': scenario(
    {
      method: 'GET',
      setupRequest: (req) => ({
        ...req,
        path: `/products/${1 + Math.floor(Math.random() * PRODUCTS)}`,
      }),
    },
    [...OBSERVED, 'before'],
  ),
  'list page of 50, filtered': scenario(
    {
      method: 'GET',
      setupRequest: (req) => {
        const min = pick([50, 100, 200, 400]);
        const params = new URLSearchParams({
          categoria: pick(CATEGORIES),
          price_min: String(min),
          price_max: String(min * 5),
          sort: '-price',
          limit: '50',
          offset: String(50 * Math.floor(Math.random() * 5)),
        });
        return { ...req, path: `/products?${params.toString()}` };
      },
    },
    ['baseline', 'floor', 'cais', 'before'],
  ),
  // A personal token of an editor: one more indexed look-up (token, user) per request.
  'GET by id, signed in (token)': scenario(
    {
      method: 'GET',
      setupRequest: (req) => ({
        ...req,
        headers: { authorization: `Bearer ${credentials.token}` },
        path: `/products/${randomId()}`,
      }),
    },
    ['baseline', 'private'],
  ),
  // The browser's session cookie: a look-up of the session, which also notes it was seen.
  'GET by id, signed in (cookie)': scenario(
    {
      method: 'GET',
      setupRequest: (req) => ({
        ...req,
        headers: { cookie: credentials.cookie },
        path: `/products/${randomId()}`,
      }),
    },
    ['baseline', 'private'],
  ),
  POST: scenario(
    {
      method: 'POST',
      path: '/products',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(PRODUCT),
    },
    [...OBSERVED, 'before'],
  ),
  // The minimal server has no PUT: the older build (no history) is this one's reference.
  PUT: scenario(
    {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      setupRequest: (req) => ({
        ...req,
        path: `/products/${randomId()}`,
        body: JSON.stringify({ ...PRODUCT, price: Math.round(Math.random() * 1e5) / 100 }),
      }),
    },
    ['before', 'cais'],
  ),
};
