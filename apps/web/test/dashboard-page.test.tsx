import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../src/app/App';
import { connectivity } from '../src/api/connectivity';
import { DashboardPage } from '../src/dashboard/DashboardPage';
import type { Latest, Market, Series } from '../src/dashboard/prices.types';
import { renderWithProviders } from './render';

// The simulated DOM has no canvas: the chart's drawing is left to the browser tests.
vi.mock('uplot', () => ({
  default: class {
    scales = { x: {} };
    over = document.createElement('div');
    bbox = { width: 100 };
    batch(fn: () => void) {
      fn();
    }
    setData() {}
    setScale() {}
    setSize() {}
    redraw() {}
    destroy() {}
  },
}));

const NEWEST = '2026-05-01T12:00:00.000Z';

const latest = (overrides: Partial<Latest> = {}): Latest => ({
  symbol: 'BTC',
  convert: 'BRL',
  price: 512345.67,
  previous_price: 512000,
  change: 345.67,
  change_percent: 0.0675,
  percent_change_24h: -1.5,
  volume_24h: 45_600_000_000,
  market_cap: 10_100_000_000_000,
  last_updated: NEWEST,
  previous_updated: '2026-05-01T11:55:00.000Z',
  age_seconds: 120,
  interval_seconds: 300,
  stale: false,
  ...overrides,
});

const series = (from: string, to: string): Series => ({
  symbol: 'BTC',
  convert: 'BRL',
  from,
  to,
  bucket_seconds: 300,
  source: 'quotes',
  buckets: [
    { time: from, open: 1, high: 2, low: 0.5, close: 1.5, count: 3 },
    { time: to, open: 1.5, high: 3, low: 1, close: 2.5, count: 2 },
  ],
});

function fakePrices(markets: Market[], current: Partial<Latest> = {}) {
  const requests: string[] = [];
  const json = (body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      headers: { 'content-type': 'application/json', ...headers },
    });
  vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
    const url = new URL(String(input instanceof Request ? input.url : input), 'http://x');
    const path = url.pathname.replace(/^\/api/, '');
    requests.push(`${path}${url.search}`);
    const q = url.searchParams;
    switch (path) {
      case '/prices/markets':
        return json(markets);
      case '/prices/latest':
        return json(latest({ symbol: q.get('symbol') ?? 'BTC', ...current }));
      case '/prices/series':
        return json(series(q.get('from') ?? '2026-01-01T00:00:00.000Z', q.get('to') ?? NEWEST));
      case '/prices/rows':
        return json([], { 'x-total-count': '0' });
      case '/pipeline/runs':
        return json([
          {
            id: 2,
            started_at: NEWEST,
            finished_at: NEWEST,
            status: 'failed',
            symbols: 'BTC',
            credits_used: 0,
            rows_inserted: 0,
            error: 'CoinMarketCap answered 429',
          },
        ]);
      case '/pipeline/health':
        return json({
          status: 'failing',
          schedule: '*/5 * * * *',
          interval_seconds: 300,
          etl_enabled: false,
          newest_quote_at: NEWEST,
          age_seconds: 120,
          stale: false,
          last_run: null,
          last_success_at: null,
          last_failure: { at: NEWEST, error: 'CoinMarketCap answered 429' },
          failures_24h: 1,
          credits: { today: 3, month: 40 },
          gaps: { from: NEWEST, to: NEWEST, expected_slots: 288, missing_slots: 0, ranges: [] },
        });
      case '/alerts/events':
        return json([
          {
            id: 1,
            rule_id: 1,
            rule_name: 'btc-stale',
            kind: 'stale',
            symbol: 'BTC',
            convert: 'BRL',
            fired_at: NEWEST,
            trigger_at: q.get('to') ?? NEWEST,
            trigger_value: 2.5,
            message: 'no new BTC/BRL quote for 20 min',
            resolved_at: null,
          },
        ]);
      default:
        return new Response('{}', { status: 404 });
    }
  });
  return requests;
}

const BTC: Market = {
  symbol: 'BTC',
  convert: 'BRL',
  rows: 2,
  first: '2026-04-01T00:00:00.000Z',
  last: NEWEST,
};

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  connectivity.report(undefined);
});

describe('dashboard page', () => {
  it('shows the price, its change, volume and market cap in the quote currency', async () => {
    window.history.replaceState(null, '', '/dashboard');
    fakePrices([BTC]);
    renderWithProviders(<DashboardPage />);
    const price = await screen.findByTestId('kpi-price');
    expect(price.textContent).toContain('R$512,345.67');
    expect(price.textContent).toContain('up +R$345.67 (+0.07%)');
    expect(screen.getByTestId('kpi-change-24h').textContent).toContain('down -1.50%');
    expect(screen.getByTestId('kpi-volume').textContent).toContain('R$45.6B');
    expect(screen.getByTestId('kpi-market-cap').textContent).toContain('R$10.1T');
    expect(screen.getByTestId('freshness').textContent).toContain(
      'Fresh: newest quote 2 minutes ago',
    );
    // One market: no pickers.
    expect(screen.queryByLabelText('Symbol')).toBeNull();
  });

  it('in Portuguese, formats money and words for Brazil', async () => {
    window.history.replaceState(null, '', '/dashboard');
    fakePrices([BTC], { stale: true, age_seconds: 7_200 });
    renderWithProviders(<DashboardPage />, 'pt-BR');
    const price = await screen.findByTestId('kpi-price');
    expect(price.textContent).toContain('R$\u00a0512.345,67');
    expect(screen.getByTestId('freshness').textContent).toContain(
      'Desatualizado: cotação mais recente há 2 horas',
    );
  });

  it('asks for the preset range ending at the newest quote, and for another on a click', async () => {
    window.history.replaceState(null, '', '/dashboard');
    const requests = fakePrices([BTC]);
    const user = userEvent.setup();
    renderWithProviders(<DashboardPage />);
    await screen.findByTestId('chart-meta');
    expect(requests).toContain(
      '/prices/series?symbol=BTC&convert=BRL&from=2026-04-30T12%3A00%3A00.000Z&to=2026-05-01T12%3A00%3A00.000Z&points=1000',
    );
    await user.click(screen.getByRole('button', { name: '7 days' }));
    expect(window.location.search).toBe('?range=7d');
    await waitFor(() => {
      expect(requests).toContain(
        '/prices/series?symbol=BTC&convert=BRL&from=2026-04-24T12%3A00%3A00.000Z&to=2026-05-01T12%3A00%3A00.000Z&points=1000',
      );
    });
    expect(screen.getByRole('button', { name: '7 days' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
  });

  it('offers symbol and currency pickers when there are several markets', async () => {
    window.history.replaceState(null, '', '/dashboard');
    fakePrices([BTC, { ...BTC, convert: 'USD' }, { ...BTC, symbol: 'ETH' }]);
    const user = userEvent.setup();
    renderWithProviders(<DashboardPage />);
    await screen.findByTestId('kpi-price');
    await user.selectOptions(screen.getByLabelText('Currency'), 'USD');
    expect(window.location.search).toBe('?symbol=BTC&convert=USD');
    await user.selectOptions(screen.getByLabelText('Symbol'), 'ETH');
    expect(window.location.search).toBe('?symbol=ETH&convert=BRL');
    // ETH is quoted in one currency only.
    await waitFor(() => {
      expect(screen.queryByLabelText('Currency')).toBeNull();
    });
  });

  it('shows the pipeline failure with its message', async () => {
    window.history.replaceState(null, '', '/dashboard');
    fakePrices([BTC]);
    renderWithProviders(<DashboardPage />);
    expect(await screen.findByText('Failing')).toBeTruthy();
    expect(screen.getAllByText('CoinMarketCap answered 429').length).toBeGreaterThan(0);
    expect(screen.getByText('3 today, 40 this month')).toBeTruthy();
  });

  it('lists the open alerts in the pipeline panel and names those on the chart', async () => {
    window.history.replaceState(null, '', '/dashboard');
    const requests = fakePrices([BTC]);
    renderWithProviders(<DashboardPage />);
    expect(await screen.findByText('no new BTC/BRL quote for 20 min')).toBeTruthy();
    expect(screen.getByTestId('open-alerts').textContent).toContain('btc-stale, firing since');
    expect((await screen.findByTestId('chart-alerts')).textContent).toContain(
      'Alert btc-stale fired at',
    );
    expect(requests).toContain('/alerts/events?open=true');
    expect(requests.some((r) => /^\/alerts\/events\?symbol=BTC&convert=BRL&from=/.test(r))).toBe(
      true,
    );
  });

  it('explains how to start the pipeline when there are no quotes', async () => {
    window.history.replaceState(null, '', '/dashboard');
    const requests = fakePrices([]);
    renderWithProviders(<DashboardPage />);
    expect(await screen.findByText('No prices yet')).toBeTruthy();
    expect(screen.getByText('CMC_API_KEY=... npm start')).toBeTruthy();
    expect(screen.getByText('npx cais db seed --quotes 105120')).toBeTruthy();
    expect(requests.some((r) => r.startsWith('/prices/latest'))).toBe(false);
  });

  it('is the home page, reached from / and first in the navigation', async () => {
    window.history.replaceState(null, '', '/');
    fakePrices([]);
    renderWithProviders(<App />);
    await waitFor(() => {
      expect(window.location.pathname).toBe('/dashboard');
    });
    const links = screen.getAllByRole('navigation', { name: 'Main' })[0]?.querySelectorAll('a');
    expect([...(links ?? [])].map((a) => a.textContent)).toEqual(['Prices', 'Catalog', 'Alerts']);
    expect(await screen.findByText('No prices yet')).toBeTruthy();
  });

  it('refreshes on the interval from the address, and not while paused', async () => {
    window.history.replaceState(null, '', '/dashboard?refresh=1');
    const requests = fakePrices([BTC]);
    const user = userEvent.setup();
    renderWithProviders(<DashboardPage />);
    await screen.findByTestId('kpi-price');
    const count = () => requests.filter((r) => r === '/prices/markets').length;
    await waitFor(
      () => {
        expect(count()).toBeGreaterThan(1);
      },
      { timeout: 3_000 },
    );
    await user.click(screen.getByRole('button', { name: 'Pause auto-refresh' }));
    const paused = count();
    await act(() => new Promise((resolve) => setTimeout(resolve, 1_500)));
    expect(count()).toBe(paused);
    expect(screen.getByText('Auto-refresh paused')).toBeTruthy();
  });
});
