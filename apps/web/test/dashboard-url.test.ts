import { describe, expect, it } from 'vitest';
import { chartWindow, dashboardUrl, parseDashboardUrl } from '../src/dashboard/dashboard-url';

describe('dashboard URL', () => {
  it('reads the view, falling back to defaults for bad values', () => {
    expect(parseDashboardUrl('?symbol=eth&convert=usd&range=7d&sort=price&page=3')).toEqual({
      symbol: 'ETH',
      convert: 'USD',
      range: '7d',
      window: undefined,
      sort: { field: 'price', descending: false },
      page: 3,
      refreshSeconds: 60,
    });
    const bad = parseDashboardUrl('?symbol=b-t-c&range=2w&sort=-id&page=0&refresh=x');
    expect(bad).toMatchObject({
      symbol: undefined,
      range: '24h',
      sort: { field: 'last_updated', descending: true },
      page: 1,
      refreshSeconds: 60,
    });
  });

  it('keeps a zoomed window only when it is a real interval', () => {
    expect(
      parseDashboardUrl('?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00%2B03:00').window,
    ).toEqual({ from: '2026-01-01T00:00:00.000Z', to: '2026-01-01T21:00:00.000Z' });
    expect(parseDashboardUrl('?from=2026-01-02&to=2026-01-01').window).toBeUndefined();
  });

  it('writes only what differs from the defaults', () => {
    expect(dashboardUrl(parseDashboardUrl(''))).toBe('/dashboard');
    const state = parseDashboardUrl('?range=1y&refresh=2&sort=-market_cap');
    expect(dashboardUrl(state)).toBe('/dashboard?range=1y&sort=-market_cap&refresh=2');
  });

  it('ends a preset at the newest quote, and asks for everything with "all"', () => {
    const newest = '2026-05-01T12:00:00.000Z';
    expect(chartWindow(parseDashboardUrl('?range=1h'), newest)).toEqual({
      from: '2026-05-01T11:00:00.000Z',
      to: newest,
    });
    expect(chartWindow(parseDashboardUrl('?range=all'), newest)).toEqual({});
  });
});
