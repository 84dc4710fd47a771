import { DEFAULT_STATE, type CatalogState, type Sort, type SortField } from './catalog-url';

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
 * order or filter is a different, arbitrary set of rows.
 */
export function applyChange(state: CatalogState, change: CatalogChange): CatalogState {
  const next = { ...state, ...change };
  if (change.page === undefined) next.page = 1;
  return next;
}

export const clearFilters = (state: CatalogState): CatalogState => ({
  ...DEFAULT_STATE,
  sort: state.sort,
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
