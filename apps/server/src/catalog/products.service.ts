import { createHash } from 'node:crypto';
import type { Database } from '../db/client.js';
import { AppError } from '../http/app-error.js';
import type { Actor } from './actor.js';
import { ifMatchSatisfied } from './etag.js';
import { driverError } from '../db/errors.js';
import * as idempotency from './idempotency.repository.js';
import type * as list from './product-list.repository.js';
import {
  changeRecorded,
  insertProductRecorded,
  type RecordedChange,
} from './recorded-writes.repository.js';
import * as repo from './products.repository.js';
import { TotalsCache } from './totals-cache.js';
import {
  WRITABLE_FIELDS,
  type Category,
  type Product,
  type ProductChanges,
  type ProductCreate,
} from './product.schema.js';

// Listing (sort, filter, pages and cursors) is in product-list.service.ts; re-exported so that
// `products.listProducts` and the other importers of this module keep working.
export * from './product-list.service.js';

/** The catalog's use cases: plain functions over a database, free of HTTP. */

export interface Catalog {
  db: Database;
  totals: TotalsCache<list.Total>;
  /** The list cursors' signing key, read from the database once. */
  cursorKey: () => Promise<string>;
}

export function createCatalog(db: Database): Catalog {
  let key: Promise<string> | undefined;
  const cursorKey = () => {
    key ??= repo
      .findSigningKey(db, 'list_cursor')
      .then(
        (secret) => secret ?? throwError(new Error('signing key list_cursor missing: migrate')),
      );
    key.catch(() => (key = undefined));
    return key;
  };
  return { db, totals: new TotalsCache(), cursorKey };
}

/** Cached list totals may count what a write just changed: drop them once it is done. */
export async function afterWrite<T>({ totals }: Catalog, write: Promise<T>): Promise<T> {
  try {
    return await write;
  } finally {
    totals.clear();
  }
}

export const notFound = () => new AppError('not_found', 'Product not found');

export const stale = () =>
  new AppError(
    'precondition_failed',
    'The product changed since you read it (If-Match does not match its ETag); read it again and retry',
  );

export async function getProduct({ db }: Catalog, id: number): Promise<Product> {
  return (await repo.findProduct(db, id)) ?? throwError(notFound());
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
        // Only when sent, so keys stored before skus existed still match their retries.
        ...(input.sku === undefined ? [] : [input.sku]),
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
  actor: Actor,
  input: ProductCreate,
  idempotencyKey?: string,
): Promise<{ product: Product; replayed: boolean }> {
  return afterWrite(catalog, create(catalog.db, actor, input, idempotencyKey));
}

async function create(
  db: Database,
  actor: Actor,
  input: ProductCreate,
  idempotencyKey: string | undefined,
): Promise<{ product: Product; replayed: boolean }> {
  if (idempotencyKey === undefined) {
    const product = await skuTaken(insertProductRecorded(db, input, actor), input.sku);
    return { product, replayed: false };
  }
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
      const product = await skuTaken(insertProductRecorded(tx, input, actor), input.sku);
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
  actor: Actor,
  id: number,
  changes: ProductChanges,
  ifMatch?: string,
): Promise<Product> {
  return afterWrite(
    catalog,
    skuTaken(update(catalog.db, actor, id, writableChanges(changes), ifMatch), changes.sku),
  );
}

/**
 * Writes the change to the live product and records it. Without If-Match that is one statement
 * (see changeRecorded); with it, the row is locked and its ETag (a hash computed here, not in
 * SQL) checked first, in the same transaction: the history can never disagree with the row.
 */
export async function recordedChange(
  db: Database,
  actor: Actor,
  id: number,
  ifMatch: string | undefined,
  change: RecordedChange,
): Promise<Product> {
  if (ifMatch === undefined) {
    return (await changeRecorded(db, id, change, actor)) ?? throwError(notFound());
  }
  return db.transaction(async (tx) => {
    const current = (await repo.lockProduct(tx, id)) ?? throwError(notFound());
    if (!ifMatchSatisfied(ifMatch, current)) throw stale();
    return (await changeRecorded(tx, id, change, actor)) ?? throwError(notFound());
  });
}

async function update(
  db: Database,
  actor: Actor,
  id: number,
  changes: ProductChanges,
  ifMatch: string | undefined,
): Promise<Product> {
  if (Object.keys(changes).length === 0) {
    // Nothing to change, nothing to record; If-Match is still checked.
    const current = (await repo.findProduct(db, id)) ?? throwError(notFound());
    if (ifMatch !== undefined && !ifMatchSatisfied(ifMatch, current)) throw stale();
    return current;
  }
  return recordedChange(db, actor, id, ifMatch, { action: 'update', changes });
}

/** Moves the product to the trash (see trash.service.ts to restore or purge it). */
export async function deleteProduct(
  catalog: Catalog,
  actor: Actor,
  id: number,
  ifMatch?: string,
): Promise<Product> {
  return afterWrite(catalog, recordedChange(catalog.db, actor, id, ifMatch, { action: 'delete' }));
}

/** Idempotency keys answer retries for a day; older ones are dropped. */
export const IDEMPOTENCY_TTL_MS = 24 * 3600 * 1000;

export const pruneIdempotencyKeys = ({ db }: Catalog, now = Date.now()): Promise<number> =>
  idempotency.deleteResponsesBefore(db, new Date(now - IDEMPOTENCY_TTL_MS));

export const listCategories = ({ db }: Catalog): Promise<Category[]> => repo.listCategories(db);

/** A write that gives a product a sku another product has is a 409 naming the sku. */
async function skuTaken<T>(write: Promise<T>, sku: string | null | undefined): Promise<T> {
  try {
    return await write;
  } catch (error) {
    const coded = driverError(error);
    if (coded?.code === '23505' && coded.constraint === 'products_sku_unique') {
      throw new AppError('conflict', `Another product has sku ${JSON.stringify(sku)}`, [
        { field: 'sku', message: 'is taken by another product' },
      ]);
    }
    throw error;
  }
}

export function throwError(error: Error): never {
  throw error;
}
