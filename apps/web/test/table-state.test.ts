import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE } from '../src/catalog/catalog-url';
import {
  applyChange,
  clearFilters,
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
