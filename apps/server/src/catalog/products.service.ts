import { createHash } from 'node:crypto';
import type { Database } from '../db/client.js';
import { AppError, type FieldError } from '../http/app-error.js';
import { ifMatchSatisfied } from './etag.js';
import * as idempotency from './idempotency.repository.js';
import * as repo from './products.repository.js';
import { TotalsCache } from './totals-cache.js';
import {
  SORT_FIELDS,
  WRITABLE_FIELDS,
  type Category,
  type ListQuery,
  type Product,
  type ProductChanges,
  type ProductCreate,
  type SortField,
} from './product.schema.js';

/** The catalog's use cases: plain functions over a database, free of HTTP. */

export interface Catalog {
  db: Database;
  totals: TotalsCache;
}

export const createCatalog = (db: Database): Catalog => ({ db, totals: new TotalsCache() });

/** Cached list totals may count what a write just changed: drop them once it is done. */
async function afterWrite<T>({ totals }: Catalog, write: Promise<T>): Promise<T> {
  try {
    return await write;
  } finally {
    totals.clear();
  }
}

const notFound = () => new AppError('not_found', 'Product not found');

const stale = () =>
  new AppError(
    'precondition_failed',
    'The product changed since you read it (If-Match does not match its ETag); read it again and retry',
  );

export async function getProduct({ db }: Catalog, id: number): Promise<Product> {
  return (await repo.findProduct(db, id)) ?? throwError(notFound());
}

export function parseSort(sort: string | undefined): repo.SortKey[] {
  const keys: repo.SortKey[] = [];
  const errors: FieldError[] = [];
  for (const part of (sort ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const descending = part.startsWith('-');
    const field = descending ? part.slice(1) : part.replace(/^\+/, '');
    if (!(SORT_FIELDS as readonly string[]).includes(field)) {
      errors.push({
        field: 'sort',
        message: `cannot sort by ${JSON.stringify(field)}: use ${SORT_FIELDS.join(', ')}`,
      });
    } else if (keys.some((k) => k.field === field)) {
      errors.push({ field: 'sort', message: `lists ${field} twice` });
    } else {
      keys.push({ field: field as SortField, descending });
    }
  }
  if (errors.length > 0) throw AppError.validation(errors);
  // id last keeps the order total, so pages never repeat or skip a product. It follows the first
  // key's direction, so one index scan (forwards or backwards) serves the whole order.
  if (!keys.some((k) => k.field === 'id'))
    keys.push({ field: 'id', descending: keys[0]?.descending ?? false });
  return keys;
}

export async function listProducts(
  { db, totals }: Catalog,
  query: ListQuery,
): Promise<{ items: Product[]; total: number }> {
  const sort = parseSort(query.sort);
  if (
    query.price_min !== undefined &&
    query.price_max !== undefined &&
    query.price_min > query.price_max
  ) {
    throw AppError.validation([{ field: 'price_max', message: 'must not be less than price_min' }]);
  }
  const filter: repo.ProductFilter = {
    categoria: query.categoria,
    priceMin: query.price_min,
    priceMax: query.price_max,
    text: query.q,
  };
  const [items, total] = await Promise.all([
    repo.findProductPage(db, filter, sort, { limit: query.limit, offset: query.offset }),
    totals.get(JSON.stringify(filter), () => repo.countProducts(db, filter)),
  ]);
  return { items, total };
}

const requestHash = (input: ProductCreate): string =>
  createHash('sha256')
    .update(
      JSON.stringify([
        input.name,
        input.description ?? null,
        input.price,
        input.categoria,
        input.email_fornecedor,
      ]),
    )
    .digest('hex');

class KeyTaken extends Error {}

/**
 * Creates a product. With an idempotency key, a retry gets the first response back instead of a
 * second product: the product and the stored response commit together, and a concurrent twin
 * waits on the key's unique index, then replays.
 */
export async function createProduct(
  catalog: Catalog,
  input: ProductCreate,
  idempotencyKey?: string,
): Promise<{ product: Product; replayed: boolean }> {
  return afterWrite(catalog, create(catalog.db, input, idempotencyKey));
}

async function create(
  db: Database,
  input: ProductCreate,
  idempotencyKey: string | undefined,
): Promise<{ product: Product; replayed: boolean }> {
  if (idempotencyKey === undefined)
    return { product: await repo.insertProduct(db, input), replayed: false };
  const hash = requestHash(input);
  const replay = (stored: idempotency.StoredResponse) => {
    if (stored.requestHash !== hash) {
      throw new AppError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used with a different request body; use a new key',
        [{ field: 'idempotency-key', message: 'was already used with a different body' }],
      );
    }
    return { product: stored.body as Product, replayed: true };
  };
  const stored = await idempotency.findResponse(db, idempotencyKey);
  if (stored) return replay(stored);
  try {
    return await db.transaction(async (tx) => {
      const product = await repo.insertProduct(tx, input);
      const saved = await idempotency.saveResponse(tx, idempotencyKey, {
        requestHash: hash,
        status: 201,
        body: product,
      });
      if (!saved) throw new KeyTaken();
      return { product, replayed: false };
    });
  } catch (error) {
    if (!(error instanceof KeyTaken)) throw error;
    return replay((await idempotency.findResponse(db, idempotencyKey)) ?? throwError(error));
  }
}

/** The writable fields of a write body; read-only and unknown fields are dropped, not written. */
export const writableChanges = (body: object): ProductChanges =>
  Object.fromEntries(
    Object.entries(body).filter(([field]) =>
      (WRITABLE_FIELDS as readonly string[]).includes(field),
    ),
  );

/**
 * Applies changes; with If-Match, only to the version the client read. Fields other than the
 * writable ones (a product read with GET carries `id` and its timestamps) are ignored.
 */
export async function updateProduct(
  catalog: Catalog,
  id: number,
  changes: ProductChanges,
  ifMatch?: string,
): Promise<Product> {
  return afterWrite(catalog, update(catalog.db, id, writableChanges(changes), ifMatch));
}

async function update(
  db: Database,
  id: number,
  changes: ProductChanges,
  ifMatch: string | undefined,
): Promise<Product> {
  const hasChanges = Object.keys(changes).length > 0;
  if (ifMatch === undefined && hasChanges) {
    return (await repo.updateProduct(db, id, changes)) ?? throwError(notFound());
  }
  return db.transaction(async (tx) => {
    const current = (await repo.lockProduct(tx, id)) ?? throwError(notFound());
    if (ifMatch !== undefined && !ifMatchSatisfied(ifMatch, current)) throw stale();
    if (!hasChanges) return current;
    return (await repo.updateProduct(tx, id, changes)) ?? throwError(notFound());
  });
}

export async function deleteProduct(
  catalog: Catalog,
  id: number,
  ifMatch?: string,
): Promise<Product> {
  return afterWrite(catalog, remove(catalog.db, id, ifMatch));
}

async function remove(db: Database, id: number, ifMatch: string | undefined): Promise<Product> {
  if (ifMatch === undefined) return (await repo.deleteProduct(db, id)) ?? throwError(notFound());
  return db.transaction(async (tx) => {
    const current = (await repo.lockProduct(tx, id)) ?? throwError(notFound());
    if (!ifMatchSatisfied(ifMatch, current)) throw stale();
    return (await repo.deleteProduct(tx, id)) ?? throwError(notFound());
  });
}

/** Idempotency keys answer retries for a day; older ones are dropped. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;

export const pruneIdempotencyKeys = ({ db }: Catalog, now = Date.now()): Promise<number> =>
  idempotency.deleteResponsesBefore(db, new Date(now - IDEMPOTENCY_TTL_MS));

export const listCategories = ({ db }: Catalog): Promise<Category[]> => repo.listCategories(db);

function throwError(error: Error): never {
  throw error;
}
