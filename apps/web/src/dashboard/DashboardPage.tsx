import { useState, type ReactNode } from 'react';
import { describeError } from '../app/describe-error';
import './dashboard.css';
import { useDocumentTitle } from '../app/use-document-title';
import { useI18n } from '../i18n/I18nProvider';
import { LoadFailed } from '../ui/LoadFailed';
import { ChartPanel } from './ChartPanel';
import { DashboardControls } from './DashboardControls';
import { toggleRowSort } from './dashboard-url';
import { EmptyState } from './EmptyState';
import { FreshnessBadge } from './FreshnessBadge';
import { KpiCards } from './KpiCards';
import { PipelinePanel } from './PipelinePanel';
import type { TimeWindow } from './PriceChart';
import { rowsCsvUrl } from './prices.api';
import { RecentRows } from './RecentRows';
import { useDashboardData } from './use-dashboard-data';
import { useDashboardState } from './use-dashboard-state';
import { Loading } from '../ui/Loading';

const iso = (seconds: number) => new Date(seconds * 1000).toISOString();

/**
 * The price dashboard: loading, failed, empty (no market yet), the latest quote failed, or the
 * market with its cards, chart, rows and pipeline health. The view lives in the address.
 */
export function DashboardPage() {
  const { t } = useI18n();
  const d = t.dashboard;
  useDocumentTitle(d.title);
  const { state, update } = useDashboardState();
  const [paused, setPaused] = useState(false);
  const data = useDashboardData(state, paused ? false : state.refreshSeconds * 1000);
  const { markets, latest, current, market, marketInfo, rows } = data;

  const loading = <Loading text={d.loading} />;
  const resetWindow = () => {
    update({ window: undefined }, { replace: true });
  };

  let body: ReactNode;
  if (markets.isPending) {
    body = loading;
  } else if (markets.isError && !markets.data) {
    body = (
      <LoadFailed
        message={d.loadFailed(describeError(markets.error, t))}
        onRetry={() => void markets.refetch()}
        retryLabel={d.tryAgain}
        testId="load-failed"
      />
    );
  } else if (!data.hasMarkets) {
    body = <EmptyState />;
  } else if (latest.isError && !current) {
    body = <LoadFailed message={d.loadFailed(describeError(latest.error, t))} />;
  } else if (!current) {
    body = loading;
  } else {
    body = (
      <>
        <FreshnessBadge latest={current} fetchedAt={latest.dataUpdatedAt} />
        <KpiCards latest={current} spark={data.spark.data?.buckets.map((b) => b.close) ?? []} />
        <ChartPanel
          data={data}
          current={current}
          state={state}
          onRange={(range) => {
            update({ range, window: undefined });
          }}
          onWindow={(next: TimeWindow) => {
            update({ window: { from: iso(next.min), to: iso(next.max) } }, { replace: true });
          }}
          onReset={resetWindow}
        />
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
          <PipelinePanel
            health={data.health.data}
            runs={data.runs.data}
            alerts={data.openAlerts.data}
          />
        </div>
      </>
    );
  }

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
        <DashboardControls
          markets={markets.data}
          market={market}
          wantedSymbol={state.symbol}
          refreshSeconds={state.refreshSeconds}
          paused={paused}
          refreshing={data.refreshing}
          onMarket={(change) => {
            update({ ...change, window: undefined, page: 1 });
          }}
          onPause={() => {
            setPaused((p) => !p);
          }}
          onRefresh={data.refresh}
        />
      </header>
      {body}
    </section>
  );
}
