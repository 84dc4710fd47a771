import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
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

  it('turns a view into the api list query', () => {
    const state = parseCatalogSearch('?q=tv&categoria=Eletr%C3%B4nico&price_max=3000&page=2');
    expect(toListQuery(state)).toEqual({
      limit: 25,
      offset: 25,
      sort: '-created_at',
      q: 'tv',
      categoria: 'Eletrônico',
      price_max: 3000,
    });
  });
});
