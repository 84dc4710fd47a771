import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { toChartData } from './chart-data';
import { chartWindow, ROWS_PER_PAGE, sortParam, type DashboardState } from './dashboard-url';
import { shownMarket } from './market';
import type { TimeWindow } from './PriceChart';
import {
  useAlertEvents,
  useHealth,
  useLatest,
  useMarkets,
  useRows,
  useRuns,
  useSeries,
} from './prices.queries';
import type { AlertMarker } from './PriceChart';

/** Buckets asked for the chart: about one per pixel of a wide screen. */
const CHART_POINTS = 1000;
const SPARK_POINTS = 48;
const DAY_MS = 86_400_000;
const RUNS_SHOWN = 10;

/**
 * The dashboard's six queries, in the order they go out, and what is derived from their
 * answers: the market shown, the chart's data and the window it shows, whether a refresh runs.
 * `every` is the auto-refresh interval in milliseconds, false while paused.
 */
export function useDashboardData(state: DashboardState, every: number | false) {
  const client = useQueryClient();
  const markets = useMarkets(every);
  const hasMarkets = (markets.data?.length ?? 0) > 0;
  const latest = useLatest({ symbol: state.symbol, convert: state.convert }, hasMarkets, every);
  const current = latest.data;
  const { market, info, newestAt } = shownMarket(markets.data, state, current);

  const window = chartWindow(state, newestAt);
  const series = useSeries(
    { ...market, ...window, points: CHART_POINTS },
    market !== undefined,
    every,
  );
  // The rest waits for the chart's first answer: on one database connection (PGlite) the
  // chart's query then goes first, and the chart is what a person looks at first.
  const after = market !== undefined && (series.data !== undefined || series.isError);
  const newest = newestAt ? Date.parse(newestAt) : 0;
  const spark = useSeries(
    {
      ...market,
      from: new Date(newest - DAY_MS).toISOString(),
      to: new Date(newest).toISOString(),
      points: SPARK_POINTS,
    },
    after,
    every,
  );
  const rows = useRows(
    {
      ...market,
      limit: ROWS_PER_PAGE,
      offset: (state.page - 1) * ROWS_PER_PAGE,
      sort: sortParam(state.sort),
    },
    after,
    every,
  );
  const healthWindow = window.from ? window : info ? { from: info.first, to: info.last } : {};
  const health = useHealth({ ...market, ...healthWindow }, after, every);
  const runs = useRuns(RUNS_SHOWN, after, every);
  // Alerts fired in the chart's window are drawn on it; the open ones are listed in the panel.
  const fired = useAlertEvents(
    { ...market, from: series.data?.from, to: series.data?.to },
    after && series.data !== undefined,
    every,
  );
  const openAlerts = useAlertEvents({ open: true }, after, every);
  const markers = useMemo(
    (): AlertMarker[] =>
      (fired.data ?? []).map((e) => ({
        time: Date.parse(e.trigger_at) / 1000,
        value: e.trigger_value,
        label: e.rule_name,
        open: e.resolved_at === null,
      })),
    [fired.data],
  );

  const interval = current?.interval_seconds ?? 300;
  const chart = useMemo(
    () => toChartData(series.data?.buckets ?? [], series.data?.bucket_seconds ?? 1, interval),
    [series.data, interval],
  );
  const shown: TimeWindow | undefined = series.data
    ? { min: Date.parse(series.data.from) / 1000, max: Date.parse(series.data.to) / 1000 }
    : undefined;

  const refreshing = [markets, latest, series, rows, health, runs].some(
    (q) => q.isFetching && !q.isPending,
  );
  const refresh = () => {
    void client.refetchQueries({ queryKey: ['prices'], type: 'active' });
    void client.refetchQueries({ queryKey: ['pipeline'], type: 'active' });
  };

  return {
    markets,
    hasMarkets,
    latest,
    current,
    market,
    marketInfo: info,
    series,
    spark,
    rows,
    health,
    runs,
    openAlerts,
    markers,
    chart,
    shown,
    refreshing,
    refresh,
  };
}

export type DashboardData = ReturnType<typeof useDashboardData>;
