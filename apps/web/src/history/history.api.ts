import { api, call } from '../api/client';
import type { operations } from '../api/openapi.generated';
import { versioned, type VersionedProduct } from '../catalog/products.api';

export type HistoryEntry =
  operations['getProductHistory']['responses'][200]['content']['application/json'][number];

export const HISTORY_PAGE = 20;

// Under the products' key: every product write (save, delete, undo) invalidates it too.
export const historyKey = (id: number) => ['products', 'history', id] as const;

export async function productHistory(
  id: number,
  offset: number,
  signal?: AbortSignal,
): Promise<{ items: HistoryEntry[]; total: number }> {
  const { data, response } = await call(() =>
    api.GET('/products/{id}/history', {
      params: { path: { id }, query: { limit: HISTORY_PAGE, offset } },
      ...(signal ? { signal } : {}),
    }),
  );
  const total = Number(response.headers.get('x-total-count'));
  return { items: data, total: Number.isFinite(total) ? total : data.length };
}

/** Makes the product as it was after `entry`; with the ETag read, only if nobody changed it. */
export async function revertProduct(
  id: number,
  entry: number,
  etag: string | undefined,
): Promise<VersionedProduct> {
  return versioned(
    await call(() =>
      api.POST('/products/{id}/history/{entry}/restore', {
        params: { path: { id, entry }, header: etag ? { 'if-match': etag } : {} },
      }),
    ),
  );
}
