import { api, call } from '../api/client';
import type { operations } from '../api/openapi.generated';
import type { Product } from '../api/types';

export type Trashed =
  operations['listTrash']['responses'][200]['content']['application/json'][number];

export const trashKeys = {
  all: ['trash'] as const,
  page: (offset: number) => ['trash', offset] as const,
};

export const TRASH_PAGE = 25;

export async function listTrash(
  offset: number,
  signal?: AbortSignal,
): Promise<{ items: Trashed[]; total: number }> {
  const { data, response } = await call(() =>
    api.GET('/trash', {
      params: { query: { limit: TRASH_PAGE, offset } },
      ...(signal ? { signal } : {}),
    }),
  );
  const total = Number(response.headers.get('x-total-count'));
  return { items: data, total: Number.isFinite(total) ? total : data.length };
}

/** Out of the trash, as it was when deleted (also the undo after a delete). */
export async function restoreProduct(id: number): Promise<Product> {
  return (await call(() => api.POST('/products/{id}/restore', { params: { path: { id } } }))).data;
}

export async function purgeProduct(id: number): Promise<Product> {
  return (await call(() => api.DELETE('/trash/{id}', { params: { path: { id } } }))).data;
}
