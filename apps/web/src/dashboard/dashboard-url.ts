/**
 * The dashboard's view lives in its address (like the catalog's), so a view can be bookmarked,
 * shared and reloaded: `/dashboard?symbol=BTC&convert=BRL&range=7d&sort=-price&page=2`.
 * A zoomed window adds `from` and `to`; `refresh` (seconds) changes the auto-refresh interval,
 * for a wall display or a test that cannot wait a minute.
 */

export const RANGES = ['1h', '24h', '7d', '30d', '1y', 'all'] as const;
export type RangePreset = (typeof RANGES)[number];

const HOUR = 3_600;
export const RANGE_SECONDS: Record<Exclude<RangePreset, 'all'>, number> = {
  '1h': HOUR,
  '24h': 24 * HOUR,
  '7d': 7 * 24 * HOUR,
  '30d': 30 * 24 * HOUR,
  '1y': 365 * 24 * HOUR,
};

export const ROW_SORT_FIELDS = ['last_updated', 'price', 'volume_24h', 'market_cap'] as const;
export type RowSortField = (typeof ROW_SORT_FIELDS)[number];
export interface RowSort {
  field: RowSortField;
  descending: boolean;
}

export const DEFAULT_RANGE: RangePreset = '24h';
export const DEFAULT_REFRESH_SECONDS = 60;
const DEFAULT_SORT: RowSort = { field: 'last_updated', descending: true };
export const ROWS_PER_PAGE = 20;

export interface DashboardState {
  /** Unset: the api's default (the first configured symbol and currency). */
  symbol: string | undefined;
  convert: string | undefined;
  range: RangePreset;
  /** A zoomed or panned window, both ends as ISO times; unset: the range preset. */
  window: { from: string; to: string } | undefined;
  sort: RowSort;
  page: number;
  refreshSeconds: number;
}

const CODE = /^[A-Za-z0-9]{1,20}$/;

const isRange = (value: string | null): value is RangePreset =>
  value !== null && (RANGES as readonly string[]).includes(value);

function parseSort(value: string | null): RowSort {
  if (!value) return DEFAULT_SORT;
  const descending = value.startsWith('-');
  const field = descending ? value.slice(1) : value;
  return (ROW_SORT_FIELDS as readonly string[]).includes(field)
    ? { field: field as RowSortField, descending }
    : DEFAULT_SORT;
}

export const sortParam = (sort: RowSort): RowSortField | `-${RowSortField}` =>
  sort.descending ? `-${sort.field}` : sort.field;

function parseWindow(from: string | null, to: string | null): DashboardState['window'] {
  if (!from || !to) return undefined;
  const start = Date.parse(from);
  const end = Date.parse(to);
  if (!Number.isFinite(start) || !Number.isFinite(end) || start >= end) return undefined;
  return { from: new Date(start).toISOString(), to: new Date(end).toISOString() };
}

function positiveInteger(value: string | null, fallback: number, max: number): number {
  if (value === null || !/^\d{1,7}$/.test(value)) return fallback;
  const n = Number(value);
  return n >= 1 && n <= max ? n : fallback;
}

/** A parameter that is not valid (a hand-edited address) falls back to its default. */
export function parseDashboardUrl(search: string): DashboardState {
  const params = new URLSearchParams(search);
  const code = (name: string) => {
    const value = params.get(name);
    return value && CODE.test(value) ? value.toUpperCase() : undefined;
  };
  const range = params.get('range');
  return {
    symbol: code('symbol'),
    convert: code('convert'),
    range: isRange(range) ? range : DEFAULT_RANGE,
    window: parseWindow(params.get('from'), params.get('to')),
    sort: parseSort(params.get('sort')),
    page: positiveInteger(params.get('page'), 1, 1_000_000),
    refreshSeconds: positiveInteger(params.get('refresh'), DEFAULT_REFRESH_SECONDS, 86_400),
  };
}

/** The address of a view; defaults are left out, so the plain page is plain `/dashboard`. */
export function dashboardUrl(state: DashboardState): string {
  const params = new URLSearchParams();
  if (state.symbol) params.set('symbol', state.symbol);
  if (state.convert) params.set('convert', state.convert);
  if (state.range !== DEFAULT_RANGE) params.set('range', state.range);
  if (state.window) {
    params.set('from', state.window.from);
    params.set('to', state.window.to);
  }
  const sort = sortParam(state.sort);
  if (sort !== sortParam(DEFAULT_SORT)) params.set('sort', sort);
  if (state.page !== 1) params.set('page', String(state.page));
  if (state.refreshSeconds !== DEFAULT_REFRESH_SECONDS) {
    params.set('refresh', String(state.refreshSeconds));
  }
  const query = params.toString();
  return query ? `/dashboard?${query}` : '/dashboard';
}

/**
 * The time window the chart asks for: the zoomed one, else the preset's span ending at the
 * newest quote (not at now, so a pipeline that stopped still shows its last day, marked stale).
 */
export function chartWindow(
  state: DashboardState,
  newest: string | undefined,
): { from?: string; to?: string } {
  if (state.window) return state.window;
  if (state.range === 'all' || newest === undefined) return {};
  const end = Date.parse(newest);
  return {
    from: new Date(end - RANGE_SECONDS[state.range] * 1000).toISOString(),
    to: new Date(end).toISOString(),
  };
}

export function toggleRowSort(sort: RowSort, field: RowSortField): RowSort {
  // A new column starts newest / largest first: what a person looks for in prices.
  return sort.field === field
    ? { field, descending: !sort.descending }
    : { field, descending: true };
}
