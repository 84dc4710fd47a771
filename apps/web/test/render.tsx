import { render, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createQueryClient, Providers } from '../src/app/Providers';
import type { Product } from '../src/api/types';
import type { Locale } from '../src/i18n/locale';
import type { Me } from '../src/team/team.types';

/** Renders inside the app's providers, a fresh query cache each time. */
export function renderWithProviders(ui: ReactNode, locale: Locale = 'en'): RenderResult {
  return render(
    <Providers locale={locale} client={createQueryClient()}>
      {ui}
    </Providers>,
  );
}

export const sampleProduct = (id: number, overrides: Partial<Product> = {}): Product => ({
  id,
  name: `Produto ${id}`,
  description: `Descrição ${id}`,
  price: id * 10 + 0.5,
  categoria: 'Roupas',
  email_fornecedor: `vendas${id}@loja.com.br`,
  created_at: '2026-03-04T05:06:07.000Z',
  updated_at: '2026-03-04T05:06:07.000Z',
  ...overrides,
});

const OPEN_ME: Me = { name: 'anonymous', role: 'admin', user: null, open: true, sign_in: false };

export interface FakeApi {
  /** Paths and queries of the requests, in order, without the /api prefix. */
  requests: string[];
}

/**
 * Stands in for the api behind `fetch` in the simulated DOM (the real one answers in the
 * browser tests): lists answer with `products` and their count, as the api would page them, with
 * cursors `at.<offset>` to the neighbouring pages (the api's are signed keys; a cursor not of
 * this shape is refused with 422, as the api refuses a forged one). `estimate` answers the
 * total as the api does above its exact-count threshold.
 */
export function fakeApi(
  products: Product[],
  { status = 200, estimate = false } = {},
): FakeApi & {
  fetch: (request: Request) => Promise<Response>;
} {
  const requests: string[] = [];
  return {
    requests,
    fetch: async (request: Request) => {
      const url = new URL(request.url);
      // Who is asking: the local default, open to anyone (not counted among the catalog's calls).
      if (url.pathname === '/api/auth/me') return Response.json(OPEN_ME);
      requests.push(`${url.pathname.replace(/^\/api/, '')}${url.search}`);
      if (status !== 200) {
        return new Response(
          JSON.stringify({ type: 'x', title: 'x', status, detail: 'down', code: 'bad_gateway' }),
          { status, headers: { 'content-type': 'application/problem+json' } },
        );
      }
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const cursor = url.searchParams.get('cursor');
      if (cursor !== null && !/^at\.\d+$/.test(cursor)) {
        return new Response(
          JSON.stringify({ type: 'x', title: 'x', status: 422, detail: 'bad', code: 'validation' }),
          { status: 422, headers: { 'content-type': 'application/problem+json' } },
        );
      }
      const offset = Number(cursor?.slice(3) ?? url.searchParams.get('offset') ?? 0);
      const headers = new Headers({
        'content-type': 'application/json',
        'x-total-count': String(products.length),
        'x-total-count-kind': estimate ? 'estimate' : 'exact',
      });
      if (offset + limit < products.length) headers.set('x-next-cursor', `at.${offset + limit}`);
      if (offset > 0) headers.set('x-prev-cursor', `at.${Math.max(0, offset - limit)}`);
      return new Response(JSON.stringify(products.slice(offset, offset + limit)), { headers });
    },
  };
}
