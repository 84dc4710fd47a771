import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  getHealth,
  getLatest,
  getSeries,
  listAlertEvents,
  listMarkets,
  listRows,
  listRuns,
} from './prices.api';
import type {
  AlertEventsQuery,
  HealthQuery,
  MarketQuery,
  RowsQuery,
  SeriesQuery,
} from './prices.types';

/**
 * The dashboard's server state. `every` is the auto-refresh interval in milliseconds (false
 * while paused); the previous answer stays on screen while the next one loads, so a refresh, a
 * zoom or a new page never blanks a panel.
 */
type Every = number | false;

export const priceKeys = {
  all: ['prices'] as const,
  markets: ['prices', 'markets'] as const,
  latest: (q: MarketQuery) => ['prices', 'latest', q] as const,
  series: (q: SeriesQuery) => ['prices', 'series', q] as const,
  rows: (q: RowsQuery) => ['prices', 'rows', q] as const,
  runs: ['pipeline', 'runs'] as const,
  health: (q: object) => ['pipeline', 'health', q] as const,
  alerts: (q: object) => ['pipeline', 'alerts', q] as const,
};

export const useMarkets = (every: Every) =>
  useQuery({
    queryKey: priceKeys.markets,
    queryFn: ({ signal }) => listMarkets(signal),
    refetchInterval: every,
  });

export const useLatest = (query: MarketQuery, enabled: boolean, every: Every) =>
  useQuery({
    queryKey: priceKeys.latest(query),
    queryFn: ({ signal }) => getLatest(query, signal),
    enabled,
    refetchInterval: every,
    placeholderData: keepPreviousData,
  });

export const useSeries = (query: SeriesQuery, enabled: boolean, every: Every) =>
  useQuery({
    queryKey: priceKeys.series(query),
    queryFn: ({ signal }) => getSeries(query, signal),
    enabled,
    refetchInterval: every,
    placeholderData: keepPreviousData,
  });

export const useRows = (query: RowsQuery, enabled: boolean, every: Every) =>
  useQuery({
    queryKey: priceKeys.rows(query),
    queryFn: ({ signal }) => listRows(query, signal),
    enabled,
    refetchInterval: every,
    placeholderData: keepPreviousData,
  });

export const useRuns = (limit: number, enabled: boolean, every: Every) =>
  useQuery({
    queryKey: [...priceKeys.runs, limit],
    queryFn: ({ signal }) => listRuns(limit, signal),
    enabled,
    refetchInterval: every,
    placeholderData: keepPreviousData,
  });

export const useHealth = (query: HealthQuery, enabled: boolean, every: Every) =>
  useQuery({
    queryKey: priceKeys.health(query),
    queryFn: ({ signal }) => getHealth(query, signal),
    enabled,
    refetchInterval: every,
    placeholderData: keepPreviousData,
  });

export const useAlertEvents = (query: AlertEventsQuery, enabled: boolean, every: Every) =>
  useQuery({
    queryKey: priceKeys.alerts(query),
    queryFn: ({ signal }) => listAlertEvents(query, signal),
    enabled,
    refetchInterval: every,
    placeholderData: keepPreviousData,
  });
