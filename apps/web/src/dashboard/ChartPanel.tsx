import { describeError } from '../app/describe-error';
import { useI18n } from '../i18n/I18nProvider';
import { formatMoney } from '../i18n/money';
import type { DashboardState } from './dashboard-url';
import { durationInWords, formatTime } from './format';
import { CHART_MOVES, movedWindow, sameWindow } from './market';
import { PriceChart, type TimeWindow } from './PriceChart';
import type { Latest } from './prices.types';
import { RangePicker } from './RangePicker';
import type { DashboardData } from './use-dashboard-data';

interface Props {
  data: Pick<DashboardData, 'series' | 'chart' | 'shown' | 'markers'>;
  current: Latest;
  state: DashboardState;
  onRange: (range: DashboardState['range']) => void;
  /** A new zoomed or panned window (replaces the address, so Back leaves the dashboard). */
  onWindow: (next: TimeWindow) => void;
  onReset: () => void;
}

/** The price chart with its range picker, pan and zoom buttons, and a line saying what it shows. */
export function ChartPanel({ data, current, state, onRange, onWindow, onReset }: Props) {
  const { t, locale, format } = useI18n();
  const d = t.dashboard;
  const { series, chart, shown } = data;
  const money = (v: number) => formatMoney(v, locale, current.convert);
  const closes = chart.buckets.filter((b) => b !== null);
  const low = closes.length ? Math.min(...closes.map((b) => b.low)) : undefined;
  const high = closes.length ? Math.max(...closes.map((b) => b.high)) : undefined;
  const last = closes.at(-1);
  return (
    <section className="panel" aria-labelledby="chart-title">
      <header className="panel-header">
        <h2 id="chart-title">{d.chart.title}</h2>
        <RangePicker range={state.window ? undefined : state.range} onRange={onRange} />
      </header>
      <div className="chart-tools">
        <p className="muted chart-help">{d.chart.help}</p>
        {shown ? (
          <div className="chart-buttons" role="group" aria-label={d.chart.range}>
            {CHART_MOVES.map(([name, shift, scale]) => (
              <button
                key={name}
                type="button"
                className="button button-small"
                onClick={() => {
                  onWindow(movedWindow(shown, shift, scale));
                }}
              >
                {d.chart[name]}
              </button>
            ))}
            {state.window ? (
              <button type="button" className="button button-small" onClick={onReset}>
                {d.chart.reset}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>
      <PriceChart
        data={chart}
        markers={data.markers}
        shown={shown}
        currency={current.convert}
        onWindow={(next) => {
          if (!sameWindow(shown, next)) onWindow(next);
        }}
        onReset={onReset}
        drawnKey={
          series.data
            ? `${series.data.symbol}/${series.data.convert} ${series.data.from} ${series.data.to} ${series.data.buckets.length}`
            : ''
        }
      />
      {series.data ? (
        <p className="muted chart-meta" data-testid="chart-meta" aria-live="polite">
          {d.chart.zoomed(formatTime(series.data.from, locale), formatTime(series.data.to, locale))}{' '}
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
  );
}
