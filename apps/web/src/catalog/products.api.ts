import { api, call } from '../api/client';
import type { ListQuery, Product, ProductCreate, ProductPatch } from '../api/types';

/** The catalog's api calls: typed by the generated client, errors as ApiError. */

export interface ProductPage {
  items: Product[];
  total: number;
}

export async function listProducts(query: ListQuery, signal?: AbortSignal): Promise<ProductPage> {
  const { data, response } = await call(() =>
    api.GET('/products', { params: { query }, ...(signal ? { signal } : {}) }),
  );
  const total = Number(response.headers.get('x-total-count'));
  return { items: data, total: Number.isFinite(total) ? total : data.length };
}

export interface VersionedProduct {
  product: Product;
  /** The ETag to send in If-Match, so a write never overwrites someone else's change. */
  etag: string | undefined;
}

export const versioned = ({
  data,
  response,
}: {
  data: Product;
  response: Response;
}): VersionedProduct => ({
  product: data,
  etag: response.headers.get('etag') ?? undefined,
});

export async function getProduct(id: number, signal?: AbortSignal): Promise<VersionedProduct> {
  return versioned(
    await call(() =>
      api.GET('/products/{id}', { params: { path: { id } }, ...(signal ? { signal } : {}) }),
    ),
  );
}

export async function createProduct(
  body: ProductCreate,
  idempotencyKey: string,
): Promise<VersionedProduct> {
  return versioned(
    await call(() =>
      api.POST('/products', { body, params: { header: { 'idempotency-key': idempotencyKey } } }),
    ),
  );
}

export async function patchProduct(
  id: number,
  changes: ProductPatch,
  etag: string | undefined,
): Promise<VersionedProduct> {
  return versioned(
    await call(() =>
      api.PATCH('/products/{id}', {
        params: { path: { id }, header: etag ? { 'if-match': etag } : {} },
        body: changes,
      }),
    ),
  );
}

export async function deleteProduct(id: number, etag: string | undefined): Promise<Product> {
  const { data } = await call(() =>
    api.DELETE('/products/{id}', {
      params: { path: { id }, header: etag ? { 'if-match': etag } : {} },
    }),
  );
  return data;
}

/** A key that makes a retried create (after a token prompt, a lost answer) replay, not duplicate. */
export function newIdempotencyKey(): string {
  // getRandomValues works on plain-HTTP LAN addresses too, where randomUUID does not exist.
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
