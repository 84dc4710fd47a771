import { describe, expect, it } from 'vitest';
import {
  CHART_MOVES,
  currencyFor,
  marketChoices,
  movedWindow,
  sameWindow,
  shownMarket,
} from '../src/dashboard/market';
import type { Latest, Market } from '../src/dashboard/prices.types';

const market = (symbol: string, convert: string, last = '2026-05-01T12:00:00.000Z'): Market => ({
  symbol,
  convert,
  rows: 10,
  first: '2026-04-01T00:00:00.000Z',
  last,
});

const latestOf = (symbol: string, convert: string, lastUpdated: string) =>
  ({ symbol, convert, last_updated: lastUpdated }) as Latest;

const MARKETS = [
  market('BTC', 'BRL'),
  market('BTC', 'USD'),
  market('ETH', 'BRL', '2026-05-02T00:00:00.000Z'),
];

describe('the market the dashboard shows', () => {
  it('is the only market there is, before the latest quote answers', () => {
    const only = market('BTC', 'BRL');
    expect(shownMarket([only], { symbol: undefined, convert: undefined }, undefined)).toEqual({
      market: { symbol: 'BTC', convert: 'BRL' },
      info: only,
      newestAt: only.last,
    });
  });

  it('is the one the address names, known from the list alone', () => {
    const shown = shownMarket(MARKETS, { symbol: 'ETH', convert: 'BRL' }, undefined);
    expect(shown.market).toEqual({ symbol: 'ETH', convert: 'BRL' });
    expect(shown.newestAt).toBe('2026-05-02T00:00:00.000Z');
  });

  it("is the latest quote's market when the address names none, or one not in the list", () => {
    const current = latestOf('BTC', 'USD', '2026-05-01T11:00:00.000Z');
    expect(shownMarket(MARKETS, { symbol: undefined, convert: undefined }, current).info).toBe(
      MARKETS[1],
    );
    const unlisted = latestOf('SOL', 'EUR', '2026-05-01T10:00:00.000Z');
    expect(shownMarket(MARKETS, { symbol: 'SOL', convert: 'EUR' }, unlisted)).toEqual({
      market: { symbol: 'SOL', convert: 'EUR' },
      info: undefined,
      newestAt: '2026-05-01T10:00:00.000Z',
    });
  });

  it('is unknown while neither the list nor the latest quote says', () => {
    expect(shownMarket(MARKETS, { symbol: undefined, convert: undefined }, undefined)).toEqual({
      market: undefined,
      info: undefined,
      newestAt: undefined,
    });
    expect(shownMarket(undefined, { symbol: 'BTC', convert: 'BRL' }, undefined).market).toBe(
      undefined,
    );
  });
});

describe('the market pickers', () => {
  it('offer each symbol once and the currencies of the symbol shown', () => {
    expect(marketChoices(MARKETS, 'BTC')).toEqual({
      symbols: ['BTC', 'ETH'],
      currencies: ['BRL', 'USD'],
    });
    expect(marketChoices(undefined, undefined)).toEqual({ symbols: [], currencies: [] });
  });

  it("keep the currency on a new symbol when it is quoted there, else take the symbol's first", () => {
    expect(currencyFor(MARKETS, 'ETH', 'BRL')).toBe('BRL');
    expect(currencyFor(MARKETS, 'ETH', 'USD')).toBe('BRL');
    expect(currencyFor(MARKETS, 'DOGE', 'USD')).toBeUndefined();
  });
});

describe('panning and zooming the chart', () => {
  const shown = { min: 1_000, max: 2_000 };
  const moves = Object.fromEntries(
    CHART_MOVES.map(([name, shift, scale]) => [name, movedWindow(shown, shift, scale)]),
  );

  it('moves half a window earlier or later, keeping its width', () => {
    expect(moves.earlier).toEqual({ min: 500, max: 1_500 });
    expect(moves.later).toEqual({ min: 1_500, max: 2_500 });
  });

  it('zooms about the middle, to half or twice the width', () => {
    expect(moves.zoomIn).toEqual({ min: 1_250, max: 1_750 });
    expect(moves.zoomOut).toEqual({ min: 500, max: 2_500 });
  });

  it('rounds to whole seconds', () => {
    expect(movedWindow({ min: 0, max: 3 }, 0, 0.5)).toEqual({ min: 1, max: 2 });
  });

  it('takes a window within a second of the one shown as the same one', () => {
    expect(sameWindow(shown, { min: 1_000.4, max: 1_999.6 })).toBe(true);
    expect(sameWindow(shown, { min: 1_001, max: 2_000 })).toBe(false);
    expect(sameWindow(undefined, shown)).toBe(false);
  });
});
