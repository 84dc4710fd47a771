import { AppError, type FieldError } from '../http/app-error.js';
import { listFingerprint, readCursor, signCursor } from './cursor.js';
import * as list from './product-list.repository.js';
import {
  RELEVANCE,
  SORT_FIELDS,
  type ListQuery,
  type Product,
  type SortField,
} from './product.schema.js';
import type { Catalog } from './products.service.js';

/**
 * Listing the catalog: the sort and filter of a list query, and a page by offset or keyset
 * cursor. Apart from products.service.ts (the writes), which re-exports it, so that each stays
 * short enough to read; it imports only the Catalog type from there, so no import cycle runs.
 */

/** Lists count exactly up to this many matching products, and answer the planner's estimate above. */
export const EXACT_TOTAL_UP_TO = 50_000;
/**
 * A search counts exactly up to this many: every match it counts is a row read and its text
 * matched again (5 s for the 25,000 of a common word on a loaded machine), where an unfiltered
 * count walks an index.
 */
export const EXACT_SEARCH_TOTAL_UP_TO = 1_000;
/** A list sorted by relevance ranks this many matches at most: see findProductPage. */
export const RANKED_MATCHES = 1_000;

/**
 * The list's order from `sort`: `relevance` (best match first, the default with a search) or
 * fields, each ascending or `-` descending, always ending in id so the order is total.
 */
export function parseSort(sort: string | undefined, searching = false): list.SortKey[] {
  const keys: list.SortKey[] = [];
  const errors: FieldError[] = [];
  const parts = (sort ?? (searching ? RELEVANCE : ''))
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const part of parts) {
    const descending = part.startsWith('-');
    const field = descending ? part.slice(1) : part.replace(/^\+/, '');
    if (field === RELEVANCE) {
      if (!searching) errors.push({ field: 'sort', message: 'can be relevance only with q' });
      else if (descending)
        errors.push({ field: 'sort', message: 'relevance is always best first' });
      else if (keys.some((k) => k.field === field)) {
        errors.push({ field: 'sort', message: `lists ${field} twice` });
      } else keys.push({ field: RELEVANCE, descending: true });
    } else if (!(SORT_FIELDS as readonly string[]).includes(field)) {
      errors.push({
        field: 'sort',
        message: `cannot sort by ${JSON.stringify(field)}: use ${SORT_FIELDS.join(', ')}${searching ? `, ${RELEVANCE}` : ''}`,
      });
    } else if (keys.some((k) => k.field === field)) {
      errors.push({ field: 'sort', message: `lists ${field} twice` });
    } else {
      keys.push({ field: field as SortField, descending });
    }
  }
  if (errors.length > 0) throw AppError.validation(errors);
  // id last keeps the order total, so pages never repeat or skip a product. It follows the first
  // key's direction, so one index scan (forwards or backwards) serves the whole order; after
  // relevance, equally good matches come oldest first.
  const first = keys[0];
  if (!keys.some((k) => k.field === 'id'))
    keys.push({
      field: 'id',
      descending: first?.field !== RELEVANCE && (first?.descending ?? false),
    });
  return keys;
}

export interface ListedPage {
  items: Product[];
  total: list.Total;
  /** Cursors to the next and previous pages, where there are such pages. */
  next: string | undefined;
  prev: string | undefined;
}

/** The filter of a list query, after checking what the schema cannot. */
export function listFilter(query: Omit<ListQuery, 'limit' | 'offset'>): list.ProductFilter {
  if (
    query.price_min !== undefined &&
    query.price_max !== undefined &&
    query.price_min > query.price_max
  ) {
    throw AppError.validation([{ field: 'price_max', message: 'must not be less than price_min' }]);
  }
  return {
    categoria: query.categoria,
    priceMin: query.price_min,
    priceMax: query.price_max,
    text: query.q,
  };
}

/**
 * A page of the list, by `cursor` when given (keyset: as fast at any depth, stable while rows
 * come and go) or by `offset`, with cursors to its neighbours either way.
 */
export async function listProducts(catalog: Catalog, query: ListQuery): Promise<ListedPage> {
  const { db, totals } = catalog;
  const filter = listFilter(query);
  const sort = parseSort(query.sort, query.q !== undefined);
  const key = await catalog.cursorKey();
  const fingerprint = listFingerprint([filter, sort]);
  const position =
    query.cursor === undefined
      ? undefined
      : readCursor(key, fingerprint, sort.length, query.cursor);
  const page: list.OffsetPage | list.KeysetPage = position
    ? { limit: query.limit, after: position.keys, backwards: position.backwards }
    : { limit: query.limit, offset: query.offset };
  const [found, total] = await Promise.all([
    list.findProductPage(db, filter, sort, page, RANKED_MATCHES),
    totals.get(JSON.stringify(filter), () =>
      list.countProducts(
        db,
        filter,
        filter.text === undefined ? EXACT_TOTAL_UP_TO : EXACT_SEARCH_TOTAL_UP_TO,
      ),
    ),
  ]);
  const cursor = (keys: string[] | undefined, backwards: boolean) =>
    keys && signCursor(key, fingerprint, { keys, backwards });
  const backwards = position?.backwards ?? false;
  // Read backwards, `more` tells of earlier rows; the page it came from always follows.
  const hasNext = backwards || found.more;
  const hasPrev = backwards ? found.more : position !== undefined || query.offset > 0;
  return {
    items: found.items,
    total,
    next: hasNext ? cursor(found.keys.at(-1), false) : undefined,
    prev: hasPrev ? cursor(found.keys[0], true) : undefined,
  };
}
