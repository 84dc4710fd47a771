import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { formatMoney } from '../i18n/money';
import { formatPercent, formatTime } from './format';
import type { Latest } from './prices.types';
import { Sparkline } from './Sparkline';

/** A change written with its direction in words too (colour is not the only cue). */
function Trend({ value, children }: { value: number | null; children: ReactNode }) {
  const { t } = useI18n();
  if (value === null) return <span className="trend">{t.dashboard.kpi.unknown}</span>;
  const direction = value > 0 ? 'up' : value < 0 ? 'down' : 'flat';
  return (
    <span className={`trend trend-${direction}`}>
      <span aria-hidden="true">{direction === 'up' ? '▲ ' : direction === 'down' ? '▼ ' : ''}</span>
      {direction === 'flat' ? null : (
        <span className="visually-hidden">
          {direction === 'up' ? t.dashboard.kpi.up : t.dashboard.kpi.down}{' '}
        </span>
      )}
      {children}
    </span>
  );
}

export function KpiCards({ latest, spark }: { latest: Latest; spark: readonly number[] }) {
  const { t, locale } = useI18n();
  const k = t.dashboard.kpi;
  const money = (v: number, compact = false) => formatMoney(v, locale, latest.convert, { compact });
  const signedMoney = (v: number) => (v > 0 ? '+' : v < 0 ? '−' : '') + money(Math.abs(v));
  return (
    <section className="kpis" aria-label={k.label}>
      <article className="kpi kpi-price" data-testid="kpi-price">
        <h2 className="kpi-label">
          {k.price} · {latest.symbol}/{latest.convert}
        </h2>
        <p className="kpi-value">{money(latest.price)}</p>
        <p className="kpi-detail">
          <Trend value={latest.change}>
            {latest.change !== null && latest.change_percent !== null
              ? k.change(signedMoney(latest.change), formatPercent(latest.change_percent, locale))
              : k.noChange}
          </Trend>{' '}
          <span className="muted">{latest.change !== null ? k.sinceLast : null}</span>
        </p>
        <Sparkline values={spark} label={k.sparkline} />
        <p className="kpi-time muted">
          <time dateTime={latest.last_updated}>
            {k.at(formatTime(latest.last_updated, locale))}
          </time>
        </p>
      </article>
      <article className="kpi" data-testid="kpi-change-24h">
        <h2 className="kpi-label">{k.change24h}</h2>
        <p className="kpi-value">
          <Trend value={latest.percent_change_24h}>
            {latest.percent_change_24h === null
              ? null
              : formatPercent(latest.percent_change_24h, locale)}
          </Trend>
        </p>
      </article>
      <article className="kpi" data-testid="kpi-volume">
        <h2 className="kpi-label">{k.volume24h}</h2>
        <p className="kpi-value">
          {latest.volume_24h === null ? k.unknown : money(latest.volume_24h, true)}
        </p>
        {latest.volume_24h === null ? null : (
          <p className="kpi-detail muted">{money(latest.volume_24h)}</p>
        )}
      </article>
      <article className="kpi" data-testid="kpi-market-cap">
        <h2 className="kpi-label">{k.marketCap}</h2>
        <p className="kpi-value">
          {latest.market_cap === null ? k.unknown : money(latest.market_cap, true)}
        </p>
        {latest.market_cap === null ? null : (
          <p className="kpi-detail muted">{money(latest.market_cap)}</p>
        )}
      </article>
    </section>
  );
}
