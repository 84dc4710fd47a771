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

function open(path: string, list = products, options: { status?: number } = {}) {
  const api = fakeApi(list, options);
  vi.stubGlobal('fetch', api.fetch);
  window.history.replaceState(null, '', path);
  return { api, user: userEvent.setup() };
}

const search = () => window.location.search;
const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);
const lastList = (requests: string[]) => requests.filter((r) => r.startsWith('/products?')).at(-1);

afterEach(() => {
  vi.unstubAllGlobals();
  connectivity.report(undefined);
});

describe('catalog page state', () => {
  it('asks the api for the page in the URL and shows the total', async () => {
    const { api } = open('/products?page=2&size=10&sort=name');
    renderWithProviders(<CatalogPage />);
    await screen.findByText('60 products');
    expect(api.requests).toEqual(['/products?limit=10&offset=10&sort=name']);
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
      expect(lastList(api.requests)).toBe(
        '/products?limit=25&offset=0&sort=-created_at&q=cafe%20ex',
      );
    });
    // The space typed mid-word was kept while the URL caught up.
    expect(screen.getByRole<HTMLInputElement>('searchbox').value).toBe('cafe ex');
    expect(api.requests.filter((r) => r.includes('q='))).toHaveLength(1);
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

  it('pages with links that carry the whole view', async () => {
    open('/products?sort=name&q=x');
    renderWithProviders(<CatalogPage />);
    await screen.findByText('60 products');
    const next = screen.getByRole('link', { name: 'Next page' });
    expect(next.getAttribute('href')).toBe('/products?q=x&sort=name&page=2');
    expect(screen.getByRole('link', { name: 'Last page' }).getAttribute('href')).toBe(
      '/products?q=x&sort=name&page=3',
    );
    expect(screen.getByRole('link', { name: 'Previous page' }).getAttribute('aria-disabled')).toBe(
      'true',
    );
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
