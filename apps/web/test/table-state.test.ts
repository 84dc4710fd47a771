import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, RELEVANCE_SORT } from '../src/catalog/catalog-url';
import {
  LAST_PAGE_MAX_OFFSET,
  applyChange,
  clearFilters,
  lastPageLink,
  pageCount,
  pageInRange,
  shownRange,
  toggleSort,
} from '../src/catalog/table-state';

describe('catalog table state', () => {
  it('flips the direction when the sorted column is clicked again', () => {
    const byName = toggleSort(DEFAULT_STATE.sort, 'name');
    expect(byName).toEqual({ field: 'name', descending: false });
    expect(toggleSort(byName, 'name')).toEqual({ field: 'name', descending: true });
    expect(toggleSort(toggleSort(byName, 'name'), 'name')).toEqual(byName);
  });

  it('starts prices and dates high to low, text and ids low to high', () => {
    expect(toggleSort(DEFAULT_STATE.sort, 'price').descending).toBe(true);
    expect(toggleSort({ field: 'price', descending: true }, 'created_at').descending).toBe(true);
    expect(toggleSort(DEFAULT_STATE.sort, 'categoria').descending).toBe(false);
    expect(toggleSort(DEFAULT_STATE.sort, 'id').descending).toBe(false);
  });

  it('goes back to page 1 when the sort, a filter or the page size changes', () => {
    const onPage4 = { ...DEFAULT_STATE, page: 4 };
    expect(applyChange(onPage4, { sort: { field: 'name', descending: false } }).page).toBe(1);
    expect(applyChange(onPage4, { q: 'tv' }).page).toBe(1);
    expect(applyChange(onPage4, { categoria: 'Roupas' }).page).toBe(1);
    expect(applyChange(onPage4, { size: 100 }).page).toBe(1);
    expect(applyChange(onPage4, { page: 5 }).page).toBe(5);
  });

  it('drops the cursor with any change but a move to its page', () => {
    const deep = { ...DEFAULT_STATE, page: 40, cursor: 'a.b' };
    expect(applyChange(deep, { q: 'tv' }).cursor).toBeUndefined();
    expect(applyChange(deep, { size: 50 }).cursor).toBeUndefined();
    expect(applyChange(deep, { page: 2 }).cursor).toBeUndefined();
    expect(applyChange(deep, { page: 41, cursor: 'c.d' })).toMatchObject({
      page: 41,
      cursor: 'c.d',
    });
  });

  it('orders a search by relevance unless an order was chosen, and back when it is cleared', () => {
    const searching = applyChange(DEFAULT_STATE, { q: 'tênis' });
    expect(searching.sort).toEqual(RELEVANCE_SORT);
    expect(applyChange(searching, { q: 'tênis branco' }).sort).toEqual(RELEVANCE_SORT);
    expect(applyChange(searching, { q: '' }).sort).toEqual(DEFAULT_STATE.sort);
    const byPrice = { ...DEFAULT_STATE, sort: { field: 'price' as const, descending: true } };
    expect(applyChange(byPrice, { q: 'tv' }).sort).toEqual(byPrice.sort);
    expect(applyChange({ ...byPrice, q: 'tv' }, { q: '' }).sort).toEqual(byPrice.sort);
    expect(clearFilters(searching).sort).toEqual(DEFAULT_STATE.sort);
  });

  it('offers the last page only for an exact total and a cheap offset', () => {
    expect(lastPageLink(DEFAULT_STATE, { total: 60, exact: true })).toBe(3);
    expect(lastPageLink({ ...DEFAULT_STATE, page: 3 }, { total: 60, exact: true })).toBeUndefined();
    expect(lastPageLink(DEFAULT_STATE, { total: 60, exact: false })).toBeUndefined();
    const deep = LAST_PAGE_MAX_OFFSET + 2 * DEFAULT_STATE.size;
    expect(lastPageLink(DEFAULT_STATE, { total: deep, exact: true })).toBeUndefined();
  });

  it('clears the filters but keeps the order and page size', () => {
    const state = {
      ...DEFAULT_STATE,
      q: 'tv',
      categoria: 'Roupas' as const,
      priceMin: 10,
      priceMax: 20,
      page: 3,
      size: 100,
      sort: { field: 'price' as const, descending: false },
    };
    expect(clearFilters(state)).toEqual({
      ...DEFAULT_STATE,
      size: 100,
      sort: { field: 'price', descending: false },
    });
  });

  it('counts pages, at least one', () => {
    expect(pageCount(0, 25)).toBe(1);
    expect(pageCount(25, 25)).toBe(1);
    expect(pageCount(26, 25)).toBe(2);
    expect(pageCount(100_000, 100)).toBe(1000);
  });

  it('numbers the rows shown from 1', () => {
    expect(shownRange({ ...DEFAULT_STATE, page: 2 }, 25)).toEqual({ from: 26, to: 50 });
    expect(shownRange({ ...DEFAULT_STATE, page: 3 }, 3)).toEqual({ from: 51, to: 53 });
    expect(shownRange(DEFAULT_STATE, 0)).toBeUndefined();
  });

  it('moves a page past the end to the last page', () => {
    expect(pageInRange({ ...DEFAULT_STATE, page: 5 }, 60)).toBe(3);
    expect(pageInRange({ ...DEFAULT_STATE, page: 3 }, 60)).toBeUndefined();
    expect(pageInRange({ ...DEFAULT_STATE, page: 2 }, 0)).toBe(1);
  });
});
