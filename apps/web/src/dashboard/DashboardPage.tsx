import { useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { describeError } from '../app/describe-error';
import './dashboard.css';
import { useDocumentTitle } from '../app/use-document-title';
import { useI18n } from '../i18n/I18nProvider';
import { formatMoney } from '../i18n/money';
import { toChartData } from './chart-data';
import { chartWindow, ROWS_PER_PAGE, sortParam, toggleRowSort } from './dashboard-url';
import { EmptyState } from './EmptyState';
import { durationInWords, formatTime } from './format';
import { FreshnessBadge } from './FreshnessBadge';
import { KpiCards } from './KpiCards';
import { PipelinePanel } from './PipelinePanel';
import { PriceChart, type TimeWindow } from './PriceChart';
import { rowsCsvUrl } from './prices.api';
import { useHealth, useLatest, useMarkets, useRows, useRuns, useSeries } from './prices.queries';
import { RangePicker } from './RangePicker';
import { RecentRows } from './RecentRows';
import { useDashboardState } from './use-dashboard-state';

/** Buckets asked for the chart: about one per pixel of a wide screen. */
const CHART_POINTS = 1000;
const SPARK_POINTS = 48;
const DAY_MS = 86_400_000;
const RUNS_SHOWN = 10;

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

export function DashboardPage() {
  const { t, locale, format } = useI18n();
  const d = t.dashboard;
  useDocumentTitle(d.title);
  const { state, update } = useDashboardState();
  const client = useQueryClient();
  const [paused, setPaused] = useState(false);
  const every = paused ? false : state.refreshSeconds * 1000;

  const markets = useMarkets(every);
  const hasMarkets = (markets.data?.length ?? 0) > 0;
  const latest = useLatest({ symbol: state.symbol, convert: state.convert }, hasMarkets, every);
  const current = latest.data;
  // The market shown, known from the list alone when it has one market or the address names
  // one: then the chart's request goes out beside the latest quote's, not after it.
  const known =
    markets.data?.length === 1
      ? markets.data[0]
      : markets.data?.find((m) => m.symbol === state.symbol && m.convert === state.convert);
  const marketInfo =
    known ??
    markets.data?.find((m) => m.symbol === current?.symbol && m.convert === current.convert);
  const market = marketInfo
    ? { symbol: marketInfo.symbol, convert: marketInfo.convert }
    : current
      ? { symbol: current.symbol, convert: current.convert }
      : undefined;
  const newestAt = marketInfo?.last ?? current?.last_updated;

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
  const healthWindow = window.from
    ? window
    : marketInfo
      ? { from: marketInfo.first, to: marketInfo.last }
      : {};
  const health = useHealth({ ...market, ...healthWindow }, after, every);
  const runs = useRuns(RUNS_SHOWN, after, every);

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

  const moveWindow = (next: TimeWindow) => {
    update({ window: { from: iso(next.min), to: iso(next.max) } }, { replace: true });
  };
  const onChartWindow = (next: TimeWindow) => {
    if (shown && Math.abs(next.min - shown.min) < 1 && Math.abs(next.max - shown.max) < 1) return;
    moveWindow(next);
  };

  let body;
  if (markets.isPending) {
    body = (
      <p className="state-message" role="status">
        <span className="spinner" aria-hidden="true" /> {d.loading}
      </p>
    );
  } else if (markets.isError && !markets.data) {
    body = (
      <div className="state-message state-error" role="alert" data-testid="load-failed">
        <p>{d.loadFailed(describeError(markets.error, t))}</p>
        <button type="button" className="button" onClick={() => void markets.refetch()}>
          {d.tryAgain}
        </button>
      </div>
    );
  } else if (!hasMarkets) {
    body = <EmptyState />;
  } else if (latest.isError && !current) {
    body = (
      <div className="state-message state-error" role="alert">
        <p>{d.loadFailed(describeError(latest.error, t))}</p>
      </div>
    );
  } else if (!current) {
    body = (
      <p className="state-message" role="status">
        <span className="spinner" aria-hidden="true" /> {d.loading}
      </p>
    );
  } else {
    const money = (v: number) => formatMoney(v, locale, current.convert);
    const closes = chart.buckets.filter((b) => b !== null);
    const low = closes.length ? Math.min(...closes.map((b) => b.low)) : undefined;
    const high = closes.length ? Math.max(...closes.map((b) => b.high)) : undefined;
    const last = closes.at(-1);
    body = (
      <>
        <FreshnessBadge latest={current} fetchedAt={latest.dataUpdatedAt} />
        <KpiCards latest={current} spark={spark.data?.buckets.map((b) => b.close) ?? []} />
        <section className="panel" aria-labelledby="chart-title">
          <header className="panel-header">
            <h2 id="chart-title">{d.chart.title}</h2>
            <RangePicker
              range={state.window ? undefined : state.range}
              onRange={(range) => {
                update({ range, window: undefined });
              }}
            />
          </header>
          <div className="chart-tools">
            <p className="muted chart-help">{d.chart.help}</p>
            {shown ? (
              <div className="chart-buttons" role="group" aria-label={d.chart.range}>
                {(
                  [
                    ['earlier', -0.5, 1],
                    ['later', 0.5, 1],
                    ['zoomIn', 0, 0.5],
                    ['zoomOut', 0, 2],
                  ] as const
                ).map(([name, shift, scale]) => (
                  <button
                    key={name}
                    type="button"
                    className="button button-small"
                    onClick={() => {
                      const span = shown.max - shown.min;
                      const middle = (shown.min + shown.max) / 2 + shift * span;
                      moveWindow({
                        min: Math.round(middle - (span * scale) / 2),
                        max: Math.round(middle + (span * scale) / 2),
                      });
                    }}
                  >
                    {d.chart[name]}
                  </button>
                ))}
                {state.window ? (
                  <button
                    type="button"
                    className="button button-small"
                    onClick={() => {
                      update({ window: undefined }, { replace: true });
                    }}
                  >
                    {d.chart.reset}
                  </button>
                ) : null}
              </div>
            ) : null}
          </div>
          <PriceChart
            data={chart}
            shown={shown}
            currency={current.convert}
            onWindow={onChartWindow}
            onReset={() => {
              update({ window: undefined }, { replace: true });
            }}
            drawnKey={
              series.data
                ? `${series.data.symbol}/${series.data.convert} ${series.data.from} ${series.data.to} ${series.data.buckets.length}`
                : ''
            }
          />
          {series.data ? (
            <p className="muted chart-meta" data-testid="chart-meta" aria-live="polite">
              {d.chart.zoomed(
                formatTime(series.data.from, locale),
                formatTime(series.data.to, locale),
              )}{' '}
              ·{' '}
              {d.chart.buckets(
                format.number(series.data.buckets.length),
                durationInWords(series.data.bucket_seconds, locale),
              )}
              {low !== undefined && high !== undefined && last ? (
                <span className="visually-hidden">
                  {' '}
                  {d.chart.summary(
                    current.symbol,
                    current.convert,
                    money(low),
                    money(high),
                    money(last.close),
                  )}
                </span>
              ) : null}
            </p>
          ) : null}
          {series.isError ? (
            <p className="inline-error" role="alert">
              {d.loadFailed(describeError(series.error, t))}
            </p>
          ) : null}
        </section>
        <div className="dashboard-columns">
          {rows.data ? (
            <RecentRows
              page={rows.data}
              pageNumber={state.page}
              sort={state.sort}
              busy={rows.isFetching}
              csvUrl={rowsCsvUrl(market ?? {})}
              csvName={`cais-${current.symbol}-${current.convert}.csv`}
              marketRows={marketInfo?.rows ?? rows.data.total}
              onSort={(field) => {
                update({ sort: toggleRowSort(state.sort, field), page: 1 });
              }}
              onPage={(page) => {
                update({ page });
              }}
            />
          ) : null}
          <PipelinePanel health={health.data} runs={runs.data} />
        </div>
      </>
    );
  }

  const symbols = [...new Set(markets.data?.map((m) => m.symbol) ?? [])];
  const currencies = (markets.data ?? [])
    .filter((m) => m.symbol === (market?.symbol ?? state.symbol))
    .map((m) => m.convert);

  return (
    <section
      className="page dashboard"
      aria-labelledby="page-title"
      data-newest={current?.last_updated ?? ''}
    >
      <header className="page-header">
        <h1 id="page-title" tabIndex={-1}>
          {d.title}
        </h1>
        <div className="dashboard-controls">
          {symbols.length > 1 ? (
            <label className="filter">
              <span>{d.symbol}</span>
              <select
                value={market?.symbol ?? ''}
                onChange={(event) => {
                  const symbol = event.target.value;
                  const convert = markets.data?.find(
                    (m) => m.symbol === symbol && m.convert === market?.convert,
                  )
                    ? market?.convert
                    : markets.data?.find((m) => m.symbol === symbol)?.convert;
                  update({ symbol, convert, window: undefined, page: 1 });
                }}
              >
                {symbols.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {currencies.length > 1 ? (
            <label className="filter">
              <span>{d.currency}</span>
              <select
                value={market?.convert ?? ''}
                onChange={(event) => {
                  update({
                    symbol: market?.symbol,
                    convert: event.target.value,
                    window: undefined,
                    page: 1,
                  });
                }}
              >
                {currencies.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          <span className="muted refresh-note" aria-live="polite">
            {paused ? d.paused : d.autoRefresh(durationInWords(state.refreshSeconds, locale))}
          </span>
          <button
            type="button"
            className="button button-small"
            aria-pressed={paused}
            onClick={() => {
              setPaused((p) => !p);
            }}
          >
            {paused ? d.resume : d.pause}
          </button>
          <button
            type="button"
            className="button button-small button-primary"
            disabled={refreshing}
            onClick={refresh}
          >
            {refreshing ? d.refreshing : d.refresh}
          </button>
        </div>
      </header>
      {body}
    </section>
  );
}
