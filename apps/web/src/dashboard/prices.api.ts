import { API_BASE, call } from '../api/client';
import { connectivity } from '../api/connectivity';
import { isProblem, outageOf } from '../api/errors';
import type { Latest, Market, PipelineHealth, PipelineRun, QuoteRow, Series } from './prices.types';

/** The dashboard's api calls: errors as ApiError, outages reported to the app's banner. */

type Query = Record<string, string | number | undefined>;

function url(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined) params.set(name, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

// The caller names the body it expects back, as it would from any JSON api.
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters
async function get<T>(
  path: string,
  query: Query,
  signal: AbortSignal | undefined,
): Promise<{ data: T; response: Response }> {
  return call<T>(async () => {
    let response: Response;
    try {
      response = await fetch(url(path, query), signal ? { signal } : {});
    } catch (error) {
      if (!(error instanceof DOMException && error.name === 'AbortError')) {
        connectivity.report('unreachable');
      }
      throw error;
    }
    const body: unknown = await response.json().catch(() => undefined);
    connectivity.report(
      response.ok ? undefined : outageOf(response.status, isProblem(body) ? body : undefined),
    );
    return response.ok ? { data: body as T, response } : { error: body, response };
  });
}

export interface MarketQuery {
  symbol?: string | undefined;
  convert?: string | undefined;
}

export const listMarkets = async (signal?: AbortSignal): Promise<Market[]> =>
  (await get<Market[]>('/prices/markets', {}, signal)).data;

export const getLatest = async (market: MarketQuery, signal?: AbortSignal): Promise<Latest> =>
  (await get<Latest>('/prices/latest', { ...market }, signal)).data;

export interface SeriesQuery extends MarketQuery {
  from?: string | undefined;
  to?: string | undefined;
  points?: number;
}

export const getSeries = async (query: SeriesQuery, signal?: AbortSignal): Promise<Series> =>
  (await get<Series>('/prices/series', { ...query }, signal)).data;

export interface RowsQuery extends MarketQuery {
  limit: number;
  offset: number;
  sort: string;
}

export interface RowsPage {
  items: QuoteRow[];
  total: number;
}

export async function listRows(query: RowsQuery, signal?: AbortSignal): Promise<RowsPage> {
  const { data, response } = await get<QuoteRow[]>('/prices/rows', { ...query }, signal);
  const total = Number(response.headers.get('x-total-count'));
  return { items: data, total: Number.isFinite(total) ? total : data.length };
}

/** The CSV of every row of a market, oldest first, as a link the browser downloads. */
export const rowsCsvUrl = (market: MarketQuery): string => url('/prices/rows.csv', { ...market });

export const listRuns = async (limit: number, signal?: AbortSignal): Promise<PipelineRun[]> =>
  (await get<PipelineRun[]>('/pipeline/runs', { limit }, signal)).data;

export const getHealth = async (
  query: MarketQuery & { from?: string | undefined; to?: string | undefined },
  signal?: AbortSignal,
): Promise<PipelineHealth> =>
  (await get<PipelineHealth>('/pipeline/health', { ...query }, signal)).data;
