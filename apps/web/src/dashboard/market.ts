import type { TimeWindow } from './PriceChart';
import type { Latest, Market } from './prices.types';

/** The market the dashboard shows, and the list entry describing it when the list has one. */
export interface ShownMarket {
  market: { symbol: string; convert: string } | undefined;
  info: Market | undefined;
  /** Time of the newest quote: the list's, else the latest quote's. */
  newestAt: string | undefined;
}

/**
 * The market shown, known from the list alone when it has one market or the address names
 * one: then the chart's request goes out beside the latest quote's, not after it. Otherwise
 * it is the latest quote's market (the api's default).
 */
export function shownMarket(
  markets: Market[] | undefined,
  wanted: { symbol?: string | undefined; convert?: string | undefined },
  latest: Latest | undefined,
): ShownMarket {
  const known =
    markets?.length === 1
      ? markets[0]
      : markets?.find((m) => m.symbol === wanted.symbol && m.convert === wanted.convert);
  const info =
    known ?? markets?.find((m) => m.symbol === latest?.symbol && m.convert === latest.convert);
  const market = info
    ? { symbol: info.symbol, convert: info.convert }
    : latest
      ? { symbol: latest.symbol, convert: latest.convert }
      : undefined;
  return { market, info, newestAt: info?.last ?? latest?.last_updated };
}

/** The symbols to pick from, and the currencies quoted for the symbol shown. */
export function marketChoices(markets: Market[] | undefined, symbol: string | undefined) {
  return {
    symbols: [...new Set(markets?.map((m) => m.symbol) ?? [])],
    currencies: (markets ?? []).filter((m) => m.symbol === symbol).map((m) => m.convert),
  };
}

/** Picking a symbol keeps the currency when that market exists, else takes the symbol's first. */
export function currencyFor(
  markets: Market[] | undefined,
  symbol: string,
  convert: string | undefined,
): string | undefined {
  return markets?.find((m) => m.symbol === symbol && m.convert === convert)
    ? convert
    : markets?.find((m) => m.symbol === symbol)?.convert;
}

/** The chart's moves: half a window earlier or later, half or twice as wide, about the middle. */
export const CHART_MOVES = [
  ['earlier', -0.5, 1],
  ['later', 0.5, 1],
  ['zoomIn', 0, 0.5],
  ['zoomOut', 0, 2],
] as const;

/** The window `shift` spans later (negative: earlier) and `scale` times as wide, in seconds. */
export function movedWindow(shown: TimeWindow, shift: number, scale: number): TimeWindow {
  const span = shown.max - shown.min;
  const middle = (shown.min + shown.max) / 2 + shift * span;
  return {
    min: Math.round(middle - (span * scale) / 2),
    max: Math.round(middle + (span * scale) / 2),
  };
}

/** Within a second at both ends: the chart reporting the window it was given, not a new one. */
export const sameWindow = (a: TimeWindow | undefined, b: TimeWindow): boolean =>
  a !== undefined && Math.abs(b.min - a.min) < 1 && Math.abs(b.max - a.max) < 1;
