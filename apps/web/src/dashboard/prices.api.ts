import { API_BASE, api, call } from '../api/client';
import type {
  AlertEvent,
  AlertEventsQuery,
  HealthQuery,
  Latest,
  Market,
  MarketQuery,
  PipelineHealth,
  PipelineRun,
  QuoteRow,
  RowsQuery,
  Series,
  SeriesQuery,
} from './prices.types';

/** The dashboard's api calls: typed by the generated client, errors as ApiError. */

export type { MarketQuery, RowsQuery, SeriesQuery, HealthQuery };

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});

/** Drops unset parameters, so `{ symbol: undefined }` asks for the api's default. */
function defined<T extends object>(query: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

export const listMarkets = async (signal?: AbortSignal): Promise<Market[]> =>
  (await call(() => api.GET('/prices/markets', withSignal(signal)))).data;

export const getLatest = async (query: MarketQuery, signal?: AbortSignal): Promise<Latest> =>
  (
    await call(() =>
      api.GET('/prices/latest', { params: { query: defined(query) }, ...withSignal(signal) }),
    )
  ).data;

export const getSeries = async (query: SeriesQuery, signal?: AbortSignal): Promise<Series> =>
  (
    await call(() =>
      api.GET('/prices/series', { params: { query: defined(query) }, ...withSignal(signal) }),
    )
  ).data;

export interface RowsPage {
  items: QuoteRow[];
  total: number;
}

export async function listRows(query: RowsQuery, signal?: AbortSignal): Promise<RowsPage> {
  const { data, response } = await call(() =>
    api.GET('/prices/rows', { params: { query: defined(query) }, ...withSignal(signal) }),
  );
  const total = Number(response.headers.get('x-total-count'));
  return { items: data, total: Number.isFinite(total) ? total : data.length };
}

/** Every row of a market as CSV, oldest first: a plain link the browser downloads. */
export function rowsCsvUrl(market: MarketQuery): string {
  const params = new URLSearchParams(defined(market)).toString();
  return `${API_BASE}/prices/rows.csv${params ? `?${params}` : ''}`;
}

export const listRuns = async (limit: number, signal?: AbortSignal): Promise<PipelineRun[]> =>
  (
    await call(() =>
      api.GET('/pipeline/runs', { params: { query: { limit } }, ...withSignal(signal) }),
    )
  ).data;

export const getHealth = async (
  query: HealthQuery,
  signal?: AbortSignal,
): Promise<PipelineHealth> =>
  (
    await call(() =>
      api.GET('/pipeline/health', { params: { query: defined(query) }, ...withSignal(signal) }),
    )
  ).data;

/** Fired alerts: in the chart's window (markers), or the open ones (the pipeline panel). */
export const listAlertEvents = async (
  query: AlertEventsQuery,
  signal?: AbortSignal,
): Promise<AlertEvent[]> =>
  (
    await call(() =>
      api.GET('/alerts/events', { params: { query: defined(query) }, ...withSignal(signal) }),
    )
  ).data;
