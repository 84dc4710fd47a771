import { productRules } from '../api/rules.generated';
import type { Categoria, ExportQuery, ListQuery } from '../api/types';

/**
 * The catalog page's state lives in its URL (`/products?q=tv&sort=-price&page=2`), so a view can
 * be bookmarked, shared and reached with Back. Parameters are named as the api's list parameters;
 * anything invalid in a hand-edited URL falls back to its default instead of failing the page.
 * Pages reached by Next and Previous carry the api's `cursor` too (keyset paging: as fast on page
 * 40,000 as on page 2); `page` alone, as a bookmark or First and Last give it, pages by offset.
 */

export const CATALOG_PATH = '/products';
export const PAGE_SIZES = [10, 25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 25;

/** Columns a person can sort by (the api sorts by these and more). */
export const SORT_FIELDS = ['id', 'name', 'categoria', 'price', 'created_at'] as const;
export type SortField = (typeof SORT_FIELDS)[number];

/** Best match first: the api's order for a search, and so the default one while searching. */
export const RELEVANCE = 'relevance';

export interface Sort {
  field: SortField | typeof RELEVANCE;
  descending: boolean;
}

/** Newest first: a product just added is at the top. */
export const DEFAULT_SORT: Sort = { field: 'created_at', descending: true };
export const RELEVANCE_SORT: Sort = { field: RELEVANCE, descending: false };

/** The order a view has when its URL names none: relevance while searching, newest otherwise. */
export const defaultSort = (q: string): Sort => (q === '' ? DEFAULT_SORT : RELEVANCE_SORT);

export const sameSort = (a: Sort, b: Sort): boolean =>
  a.field === b.field && a.descending === b.descending;

export interface CatalogState {
  page: number;
  size: number;
  sort: Sort;
  q: string;
  categoria: Categoria | undefined;
  priceMin: number | undefined;
  priceMax: number | undefined;
  /** The api's keyset position of this page, from the page before or after it. */
  cursor: string | undefined;
}

export const DEFAULT_STATE: CatalogState = {
  page: 1,
  size: DEFAULT_PAGE_SIZE,
  sort: DEFAULT_SORT,
  q: '',
  categoria: undefined,
  priceMin: undefined,
  priceMax: undefined,
  cursor: undefined,
};

const MAX_OFFSET = 2_147_483_647;
const CATEGORIES: readonly string[] = productRules.categoria.enum;

const positiveInteger = (raw: string | null): number | undefined =>
  raw !== null && /^\d{1,10}$/.test(raw) && Number(raw) >= 1 ? Number(raw) : undefined;

/** A price bound as the api takes it: a plain decimal with at most two places. */
const priceBound = (raw: string | null): number | undefined =>
  raw !== null && /^\d{1,10}(\.\d{1,2})?$/.test(raw) && Number(raw) <= productRules.price.maximum
    ? Number(raw)
    : undefined;

/** The order in a URL; `relevance` only with a search, which it needs. */
export function parseSort(raw: string | null, q = ''): Sort {
  if (raw === RELEVANCE && q !== '') return RELEVANCE_SORT;
  if (raw === null) return defaultSort(q);
  const descending = raw.startsWith('-');
  const field = descending ? raw.slice(1) : raw;
  return (SORT_FIELDS as readonly string[]).includes(field)
    ? { field: field as SortField, descending }
    : defaultSort(q);
}

export const sortParam = (sort: Sort): string =>
  sort.field === RELEVANCE ? RELEVANCE : `${sort.descending ? '-' : ''}${sort.field}`;

// The shape of the api's cursors (two base64url parts); anything else is dropped, not sent.
const CURSOR = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

export function parseCatalogSearch(search: string): CatalogState {
  const params = new URLSearchParams(search);
  const size = positiveInteger(params.get('size'));
  const validSize = size !== undefined && (PAGE_SIZES as readonly number[]).includes(size);
  const pageSize = validSize ? size : DEFAULT_PAGE_SIZE;
  const page = Math.min(
    positiveInteger(params.get('page')) ?? 1,
    Math.floor(MAX_OFFSET / pageSize),
  );
  const categoria = params.get('categoria');
  const q = (params.get('q') ?? '').trim().slice(0, 200);
  let priceMin = priceBound(params.get('price_min'));
  let priceMax = priceBound(params.get('price_max'));
  if (priceMin !== undefined && priceMax !== undefined && priceMin > priceMax) {
    [priceMin, priceMax] = [undefined, undefined];
  }
  const cursor = params.get('cursor');
  return {
    page,
    size: pageSize,
    sort: parseSort(params.get('sort'), q),
    q,
    categoria:
      categoria !== null && CATEGORIES.includes(categoria) ? (categoria as Categoria) : undefined,
    priceMin,
    priceMax,
    // Page 1 is read from the start, never by cursor.
    cursor:
      cursor !== null && page > 1 && cursor.length <= 2000 && CURSOR.test(cursor)
        ? cursor
        : undefined,
  };
}

/** The query string of a state (defaults left out, a stable order), with its `?`, or ''. */
export function catalogSearch(state: CatalogState): string {
  const params = new URLSearchParams();
  if (state.q !== '') params.set('q', state.q);
  if (state.categoria !== undefined) params.set('categoria', state.categoria);
  if (state.priceMin !== undefined) params.set('price_min', String(state.priceMin));
  if (state.priceMax !== undefined) params.set('price_max', String(state.priceMax));
  if (!sameSort(state.sort, defaultSort(state.q))) params.set('sort', sortParam(state.sort));
  if (state.size !== DEFAULT_PAGE_SIZE) params.set('size', String(state.size));
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.cursor !== undefined && state.page !== 1) params.set('cursor', state.cursor);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

export const catalogUrl = (state: CatalogState): string => `${CATALOG_PATH}${catalogSearch(state)}`;

/** The filters and order of a state, as the api's list and export take them. */
export function toFilterQuery(state: CatalogState): ExportQuery {
  return {
    sort: sortParam(state.sort),
    ...(state.q !== '' ? { q: state.q } : {}),
    ...(state.categoria !== undefined ? { categoria: state.categoria } : {}),
    ...(state.priceMin !== undefined ? { price_min: state.priceMin } : {}),
    ...(state.priceMax !== undefined ? { price_max: state.priceMax } : {}),
  };
}

/** The api list query for a state: by cursor when the page has one, else by offset. */
export function toListQuery(state: CatalogState): ListQuery {
  const position =
    state.cursor === undefined
      ? { offset: (state.page - 1) * state.size }
      : { cursor: state.cursor };
  return { limit: state.size, ...position, ...toFilterQuery(state) };
}

export const hasFilters = (state: CatalogState): boolean =>
  state.q !== '' ||
  state.categoria !== undefined ||
  state.priceMin !== undefined ||
  state.priceMax !== undefined;
