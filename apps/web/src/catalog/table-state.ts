import {
  DEFAULT_SORT,
  DEFAULT_STATE,
  RELEVANCE,
  defaultSort,
  sameSort,
  type CatalogState,
  type Sort,
  type SortField,
} from './catalog-url';

/** How the catalog table's state moves: pure functions, the page hooks only apply them. */

/** Dates and prices read best high to low first; text and ids A to Z. */
const DESCENDING_FIRST: ReadonlySet<SortField> = new Set(['created_at', 'price']);

/** A click on a column header: the sorted column flips its direction, another one starts sorted. */
export function toggleSort(current: Sort, field: SortField): Sort {
  if (current.field === field) return { field, descending: !current.descending };
  return { field, descending: DESCENDING_FIRST.has(field) };
}

export type CatalogChange = Partial<Omit<CatalogState, 'page'>> & { page?: number };

/**
 * Applies a change. Any change but the page itself starts again at page 1: page 7 of another
 * order or filter is a different, arbitrary set of rows; and a cursor belongs to the page it
 * came with (the api refuses it for another filter or order). A search typed while the order is
 * the default one gets the default order of a search, relevance, and back when it is cleared;
 * an order the person chose stays.
 */
export function applyChange(state: CatalogState, change: CatalogChange): CatalogState {
  const next = { ...state, ...change };
  if (change.page === undefined) next.page = 1;
  if (!('cursor' in change)) next.cursor = undefined;
  if (change.q !== undefined && change.sort === undefined) {
    if (sameSort(state.sort, defaultSort(state.q))) next.sort = defaultSort(next.q);
    else if (next.q === '' && state.sort.field === RELEVANCE) next.sort = DEFAULT_SORT;
  }
  return next;
}

export const clearFilters = (state: CatalogState): CatalogState => ({
  ...DEFAULT_STATE,
  sort: state.sort.field === RELEVANCE ? DEFAULT_SORT : state.sort,
  size: state.size,
});

export const pageCount = (total: number, size: number): number =>
  Math.max(1, Math.ceil(total / size));

/** 1-based positions of the rows shown, for "Showing 26–50 of 1,234". */
export function shownRange(
  state: CatalogState,
  rows: number,
): { from: number; to: number } | undefined {
  if (rows === 0) return undefined;
  const from = (state.page - 1) * state.size + 1;
  return { from, to: from + rows - 1 };
}

/**
 * The page to show instead when the current one lies past the end (the last products of the last
 * page were deleted, or a bookmark outlived its rows); undefined when the page is fine.
 */
export function pageInRange(state: CatalogState, total: number): number | undefined {
  const last = pageCount(total, state.size);
  return state.page > last ? last : undefined;
}

/**
 * Offsets up to this deep are cheap enough to jump to; deeper, the database would read and skip
 * every row before the page, so Last is offered only on lists this short.
 */
export const LAST_PAGE_MAX_OFFSET = 10_000;

/**
 * The page Last leads to, by offset: only when the total is exact (an estimate's last page may
 * be empty or not the last), the list short enough, and this page not the last already.
 */
export function lastPageLink(
  state: CatalogState,
  { total, exact }: { total: number; exact: boolean },
): number | undefined {
  const last = pageCount(total, state.size);
  if (!exact || (last - 1) * state.size > LAST_PAGE_MAX_OFFSET) return undefined;
  return state.page < last ? last : undefined;
}
