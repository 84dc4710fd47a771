import { useI18n } from '../i18n/I18nProvider';
import type { DashboardState } from './dashboard-url';
import { durationInWords } from './format';
import { currencyFor, marketChoices } from './market';
import type { Market } from './prices.types';

interface Props {
  markets: Market[] | undefined;
  market: { symbol: string; convert: string } | undefined;
  /** The symbol asked for in the address, while no market is known yet. */
  wantedSymbol: string | undefined;
  refreshSeconds: number;
  paused: boolean;
  refreshing: boolean;
  onMarket: (change: Pick<DashboardState, 'symbol' | 'convert'>) => void;
  onPause: () => void;
  onRefresh: () => void;
}

/** The symbol and currency pickers (when there is a choice) and the refresh controls. */
export function DashboardControls(props: Props) {
  const { t, locale } = useI18n();
  const d = t.dashboard;
  const { markets, market, paused, refreshing } = props;
  const { symbols, currencies } = marketChoices(markets, market?.symbol ?? props.wantedSymbol);
  return (
    <div className="dashboard-controls">
      {symbols.length > 1 ? (
        <label className="filter">
          <span>{d.symbol}</span>
          <select
            value={market?.symbol ?? ''}
            onChange={(event) => {
              const symbol = event.target.value;
              props.onMarket({ symbol, convert: currencyFor(markets, symbol, market?.convert) });
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
              props.onMarket({ symbol: market?.symbol, convert: event.target.value });
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
        {paused ? d.paused : d.autoRefresh(durationInWords(props.refreshSeconds, locale))}
      </span>
      <button
        type="button"
        className="button button-small"
        aria-pressed={paused}
        onClick={props.onPause}
      >
        {paused ? d.resume : d.pause}
      </button>
      <button
        type="button"
        className="button button-small button-primary"
        disabled={refreshing}
        onClick={props.onRefresh}
      >
        {refreshing ? d.refreshing : d.refresh}
      </button>
    </div>
  );
}
