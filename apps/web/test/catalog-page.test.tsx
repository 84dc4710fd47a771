import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/app/App';
import { connectivity } from '../src/api/connectivity';
import { CatalogPage } from '../src/catalog/CatalogPage';
import { TYPING_DEBOUNCE_MS } from '../src/catalog/use-debounced-commit';
import { navigate } from '../src/router/history';
import { fakeApi, renderWithProviders, sampleProduct } from './render';

const products = Array.from({ length: 60 }, (_, i) => sampleProduct(60 - i));

function open(
  path: string,
  list = products,
  options: { status?: number; estimate?: boolean } = {},
) {
  const api = fakeApi(list, options);
  vi.stubGlobal('fetch', api.fetch);
  window.history.replaceState(null, '', path);
  return { api, user: userEvent.setup() };
}

const search = () => window.location.search;
const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const firstRow = () => {
  const [row] = rows();
  if (!row) throw new Error('the table has no rows');
  return row;
};
/** The pages read for the screen, without the next pages read ahead (by cursor). */
const shownLists = (requests: string[]) =>
  requests.filter((r) => r.startsWith('/products?') && !r.includes('cursor='));
const lastList = (requests: string[]) => shownLists(requests).at(-1);

afterEach(() => {
  vi.unstubAllGlobals();
  connectivity.report(undefined);
});

describe('catalog page state', () => {
  it('asks the api for the page in the URL and shows the total', async () => {
    const { api } = open('/products?page=2&size=10&sort=name');
    renderWithProviders(<CatalogPage />);
    await screen.findByText('60 products');
    expect(shownLists(api.requests)).toEqual(['/products?limit=10&offset=10&sort=name']);
    expect(screen.getByText('Showing 11–20 of 60')).toBeTruthy();
    expect(rows()).toHaveLength(10);
    expect(screen.getByText('Page 2 of 6')).toBeTruthy();
  });

  it('sorts by a clicked header through the URL, flipping on a second click', async () => {
    const { api, user } = open('/products?page=3');
    renderWithProviders(<CatalogPage />);
    await screen.findByText('60 products');
    await user.click(screen.getByRole('button', { name: /^Price/ }));
    expect(search()).toBe('?sort=-price');
    await waitFor(() => {
      expect(lastList(api.requests)).toBe('/products?limit=25&offset=0&sort=-price');
    });
    const price = screen.getByRole('columnheader', { name: /^Price/ });
    expect(price.getAttribute('aria-sort')).toBe('descending');
    await user.click(screen.getByRole('button', { name: /^Price/ }));
    expect(search()).toBe('?sort=price');
    expect(screen.getByRole('columnheader', { name: /^Price/ }).getAttribute('aria-sort')).toBe(
      'ascending',
    );
  });

  it('searches once typing pauses, not at every key', async () => {
    const { api, user } = open('/products?page=2');
    renderWithProviders(<CatalogPage />);
    await screen.findByText('60 products');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'cafe ex');
    expect(search()).toBe('?page=2');
    await waitFor(() => {
      expect(search()).toBe('?q=cafe+ex');
    });
    await waitFor(() => {
      expect(lastList(api.requests)).toBe('/products?limit=25&offset=0&sort=relevance&q=cafe%20ex');
    });
    // The space typed mid-word was kept while the URL caught up.
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('cafe ex');
    expect(shownLists(api.requests).filter((r) => r.includes('q='))).toHaveLength(1);
  });

  it('filters by category and price range, back to page 1', async () => {
    const { user } = open('/products?page=2');
    renderWithProviders(<CatalogPage />);
    await screen.findByText('60 products');
    await user.selectOptions(screen.getByLabelText('Category'), 'Footwear');
    expect(search()).toBe('?categoria=Cal%C3%A7ados');
    await user.type(screen.getByLabelText('Min price'), '100');
    await user.type(screen.getByLabelText('Max price'), '50');
    expect(await screen.findByText('Min price must not exceed max price')).toBeTruthy();
    // A range that cannot match anything is not applied, not even half of it.
    await act(() => new Promise((resolve) => setTimeout(resolve, TYPING_DEBOUNCE_MS * 2)));
    expect(search()).toBe('?categoria=Cal%C3%A7ados');
    await user.type(screen.getByLabelText('Max price'), '0');
    await waitFor(() => {
      expect(search()).toBe('?categoria=Cal%C3%A7ados&price_min=100&price_max=500');
    });
    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(search()).toBe('');
    expect(screen.getByLabelText<HTMLInputElement>('Min price').value).toBe('');
  });

  it('follows the URL when it changes from outside (Back, a link)', async () => {
    open('/products');
    renderWithProviders(<CatalogPage />);
    await screen.findByText('60 products');
    act(() => {
      navigate('/products?q=tv&page=2');
    });
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('tv');
    await screen.findByText('Page 2 of 3');
  });

  it('pages with links that carry the whole view and the next cursor', async () => {
    open('/products?sort=name&q=x');
    renderWithProviders(<CatalogPage />);
    await screen.findByText('60 products');
    const next = screen.getByRole('link', { name: 'Next page' });
    expect(next.getAttribute('href')).toBe('/products?q=x&sort=name&page=2&cursor=at.25');
    expect(screen.getByRole('link', { name: 'Last page' }).getAttribute('href')).toBe(
      '/products?q=x&sort=name&page=3',
    );
    expect(screen.getByRole('link', { name: 'Previous page' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });

  it('pages forward and back by cursor, reading the next page ahead', async () => {
    const { api, user } = open('/products?size=10');
    renderWithProviders(<App />);
    await screen.findByText('60 products');
    // The next page is read while this one is shown.
    await waitFor(() => {
      expect(api.requests).toContain('/products?limit=10&sort=-created_at&cursor=at.10');
    });
    await user.click(screen.getByRole('link', { name: 'Next page' }));
    expect(search()).toBe('?size=10&page=2&cursor=at.10');
    await screen.findByText('Showing 11–20 of 60');
    expect(within(firstRow()).getByText('Produto 50')).toBeTruthy();
    await user.click(screen.getByRole('link', { name: 'Next page' }));
    await screen.findByText('Showing 21–30 of 60');
    expect(search()).toBe('?size=10&page=3&cursor=at.20');
    const previous = screen.getByRole('link', { name: 'Previous page' });
    expect(previous.getAttribute('href')).toBe('/products?size=10&page=2&cursor=at.10');
    await user.click(previous);
    await screen.findByText('Showing 11–20 of 60');
    // Back to page 1 needs no cursor.
    await user.click(screen.getByRole('link', { name: 'Previous page' }));
    expect(search()).toBe('?size=10');
    expect(api.requests.filter((r) => r.includes('offset=') && !r.includes('offset=0'))).toEqual(
      [],
    );
  });

  it('says "about" for an estimated total and offers no Last page then', async () => {
    open('/products', products, { estimate: true });
    renderWithProviders(<CatalogPage />);
    await screen.findByText('about 60 products');
    expect(screen.getByText('Showing 1–25 of about 60')).toBeTruthy();
    expect(screen.getByText('Page 1 of about 3')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Last page' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
  });

  it('starts again from page 1 when the api refuses a cursor', async () => {
    open('/products?page=4&cursor=forged.cursor');
    renderWithProviders(<CatalogPage />);
    await waitFor(() => {
      expect(search()).toBe('');
    });
    await screen.findByText('Showing 1–25 of 60');
  });

  it('marks the searched words in the results, relevance first, other orders on request', async () => {
    const list = [
      sampleProduct(2, { name: 'Tênis de corrida', description: 'Cadeira não incluída' }),
      sampleProduct(1, { name: 'Meia' }),
    ];
    const { api, user } = open('/products?q=tenis%20cadera', list);
    renderWithProviders(<CatalogPage />);
    await screen.findByText('2 products');
    expect(lastList(api.requests)).toBe(
      '/products?limit=25&offset=0&sort=relevance&q=tenis%20cadera',
    );
    const marks = within(firstRow()).getAllByText((_, node) => node?.tagName === 'MARK');
    expect(marks.map((mark) => mark.textContent)).toEqual(['Tênis', 'Cadeira']);
    await user.click(screen.getByRole('button', { name: /^Price/ }));
    expect(search()).toBe('?q=tenis+cadera&sort=-price');
    await user.click(screen.getByRole('button', { name: 'Best matches first' }));
    expect(search()).toBe('?q=tenis+cadera');
  });

  it('exports the filtered list in its order as CSV', async () => {
    open('/products?q=tv&categoria=Roupas&sort=price');
    renderWithProviders(<CatalogPage />);
    await screen.findByText('60 products');
    const link = screen.getByRole('link', { name: 'Export CSV' });
    expect(link.getAttribute('href')).toBe('/api/products.csv?sort=price&q=tv&categoria=Roupas');
    expect(link.hasAttribute('download')).toBe(true);
  });

  it('moves a page past the end to the last page', async () => {
    open('/products?page=9');
    renderWithProviders(<CatalogPage />);
    await waitFor(() => {
      expect(search()).toBe('?page=3');
    });
  });

  it('says when there are no products, and when none match', async () => {
    open('/products', []);
    renderWithProviders(<CatalogPage />);
    expect(await screen.findByText('No products yet.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add the first product' })).toBeTruthy();
    act(() => {
      navigate('/products?q=zzz');
    });
    expect(await screen.findByText('No products match these filters.')).toBeTruthy();
  });

  it('shows a banner when the api cannot be reached', async () => {
    open('/products', products, { status: 502 });
    renderWithProviders(<App />);
    expect(await screen.findByText('Cannot reach the cais API')).toBeTruthy();
    expect(await screen.findByText(/Could not load the products/)).toBeTruthy();
  });
});
