import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  RELEVANCE_SORT,
  catalogSearch,
  catalogUrl,
  parseCatalogSearch,
  toListQuery,
  type CatalogState,
} from '../src/catalog/catalog-url';

describe('catalog URL state', () => {
  it('reads every part of a bookmarked view', () => {
    const state = parseCatalogSearch(
      '?q=geladeira&categoria=Eletrodom%C3%A9stico&price_min=100&price_max=2500.5&sort=-price&size=50&page=3',
    );
    expect(state).toEqual<CatalogState>({
      q: 'geladeira',
      categoria: 'Eletrodoméstico',
      priceMin: 100,
      priceMax: 2500.5,
      sort: { field: 'price', descending: true },
      size: 50,
      page: 3,
      cursor: undefined,
    });
  });

  it('writes a view back to the same URL, defaults left out', () => {
    const search =
      '?q=geladeira&categoria=Eletrodom%C3%A9stico&price_min=100&price_max=2500.5&sort=-price&size=50&page=3';
    expect(catalogSearch(parseCatalogSearch(search))).toBe(search);
    expect(catalogSearch(DEFAULT_STATE)).toBe('');
    expect(catalogUrl({ ...DEFAULT_STATE, page: 2 })).toBe('/products?page=2');
  });

  it('round-trips text that needs escaping', () => {
    const state = { ...DEFAULT_STATE, q: 'TV 50" & soundbar #1' };
    expect(parseCatalogSearch(catalogSearch(state))).toEqual(state);
  });

  it('falls back to the default for each invalid part of a hand-edited URL', () => {
    const state = parseCatalogSearch(
      '?page=-2&size=7&sort=-password&categoria=Brinquedos&price_min=abc&price_max=1.234',
    );
    expect(state).toEqual(DEFAULT_STATE);
  });

  it('drops a price range whose minimum exceeds its maximum', () => {
    const state = parseCatalogSearch('?price_min=500&price_max=100');
    expect([state.priceMin, state.priceMax]).toEqual([undefined, undefined]);
  });

  it('keeps the page within what the api can offset', () => {
    expect(parseCatalogSearch('?page=9999999999&size=100').page).toBe(21_474_836);
  });

  it('turns a view into the api list query, searches best match first', () => {
    const state = parseCatalogSearch('?q=tv&categoria=Eletr%C3%B4nico&price_max=3000&page=2');
    expect(toListQuery(state)).toEqual({
      limit: 25,
      offset: 25,
      sort: 'relevance',
      q: 'tv',
      categoria: 'Eletrônico',
      price_max: 3000,
    });
    expect(toListQuery(parseCatalogSearch('?q=tv&sort=-created_at')).sort).toBe('-created_at');
  });

  it('keeps relevance only with a search, and leaves the default order out of the URL', () => {
    expect(parseCatalogSearch('?sort=relevance').sort).toEqual(DEFAULT_STATE.sort);
    const searching = parseCatalogSearch('?q=tv&sort=relevance');
    expect(searching.sort).toEqual(RELEVANCE_SORT);
    expect(catalogSearch(searching)).toBe('?q=tv');
    expect(catalogSearch({ ...searching, sort: DEFAULT_STATE.sort })).toBe(
      '?q=tv&sort=-created_at',
    );
  });

  it('pages by the cursor in the URL, and page 1 never by cursor', () => {
    const state = parseCatalogSearch('?sort=price&page=7&cursor=abc_-1.sig-2');
    expect(state.cursor).toBe('abc_-1.sig-2');
    expect(toListQuery(state)).toEqual({ limit: 25, cursor: 'abc_-1.sig-2', sort: 'price' });
    expect(catalogSearch(state)).toBe('?sort=price&page=7&cursor=abc_-1.sig-2');
    expect(parseCatalogSearch('?page=1&cursor=abc.def').cursor).toBeUndefined();
    expect(parseCatalogSearch('?page=3&cursor=not%20a%20cursor').cursor).toBeUndefined();
    expect(toListQuery(parseCatalogSearch('?page=3&cursor=no')).offset).toBe(50);
  });
});
