import { API_BASE, api, call } from '../api/client';
import type {
  ExportQuery,
  ImportMode,
  ImportReport,
  ListQuery,
  Product,
  ProductCreate,
  ProductPatch,
} from '../api/types';

/** The catalog's api calls: typed by the generated client, errors as ApiError. */

export interface ProductPage {
  items: Product[];
  total: number;
  /** False when the total is the database's estimate (large catalogs), shown as "about". */
  exact: boolean;
  /** Keyset cursors of the neighbouring pages, where there are such pages. */
  next: string | undefined;
  prev: string | undefined;
}

export async function listProducts(query: ListQuery, signal?: AbortSignal): Promise<ProductPage> {
  const { data, response } = await call(() =>
    api.GET('/products', { params: { query }, ...(signal ? { signal } : {}) }),
  );
  const total = Number(response.headers.get('x-total-count'));
  return {
    items: data,
    total: Number.isFinite(total) ? total : data.length,
    exact: response.headers.get('x-total-count-kind') !== 'estimate',
    next: response.headers.get('x-next-cursor') ?? undefined,
    prev: response.headers.get('x-prev-cursor') ?? undefined,
  };
}

/**
 * The address of the filtered list as CSV, in its order. A plain link: the browser streams the
 * download to disk itself, however many products, and sends the session cookie with it.
 */
export function exportHref(query: ExportQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) params.set(name, String(value));
  const search = params.toString();
  return `${API_BASE}/products.csv${search === '' ? '' : `?${search}`}`;
}

/** JSON lines by their usual extensions, anything else as CSV (the api reads both). */
export const importType = (file: File): string =>
  /\.(ndjson|jsonl)$/i.test(file.name) ? 'application/x-ndjson' : 'text/csv';

/** Sends a file to the import: a dry run reports, the other modes write. */
export async function importProducts(file: File, mode: ImportMode): Promise<ImportReport> {
  const { data } = await call(() =>
    api.POST('/products/import', {
      params: { query: { mode } },
      // The route reads the raw file, which its document does not give a body schema; the file
      // goes as it is (the browser streams it), never read into a string here.
      body: file as never,
      bodySerializer: () => file,
      headers: { 'content-type': importType(file) },
    }),
  );
  return data;
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
