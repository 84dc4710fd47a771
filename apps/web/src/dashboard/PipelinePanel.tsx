import { Fragment } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { durationInWords, formatTime } from './format';
import type { AlertEvent, PipelineHealth, PipelineRun } from './prices.types';

const GAPS_SHOWN = 5;

/** Whether the pipeline is healthy at a glance: status, last runs, failures, credits, gaps. */
export function PipelinePanel({
  health,
  runs,
  alerts,
}: {
  health: PipelineHealth | undefined;
  runs: PipelineRun[] | undefined;
  /** The alerts not recovered yet. */
  alerts?: AlertEvent[] | undefined;
}) {
  const { t, locale, format } = useI18n();
  const p = t.dashboard.pipeline;
  const time = (iso: string) => formatTime(iso, locale);
  return (
    <section className="panel pipeline" aria-labelledby="pipeline-title" data-testid="pipeline">
      <header className="panel-header">
        <h2 id="pipeline-title">{p.title}</h2>
        {health ? (
          <span
            className={`badge ${health.status === 'ok' ? 'badge-ok' : health.status === 'empty' ? 'badge-quiet' : 'badge-warning'}`}
            data-testid="pipeline-status"
          >
            {p.status[health.status] ?? health.status}
          </span>
        ) : null}
      </header>
      {health ? (
        <>
          <dl className="facts">
            <div>
              <dt>{p.schedule}</dt>
              <dd>
                <code>{health.schedule}</code> ({durationInWords(health.interval_seconds, locale)})
              </dd>
            </div>
            <div>
              <dt>{p.etlHere}</dt>
              <dd>{health.etl_enabled ? p.etlOn : p.etlOff}</dd>
            </div>
            <div>
              <dt>{p.lastSuccess}</dt>
              <dd>{health.last_success_at ? time(health.last_success_at) : p.never}</dd>
            </div>
            <div>
              <dt>{p.failures24h}</dt>
              <dd>{format.number(health.failures_24h)}</dd>
            </div>
            <div>
              <dt>{p.credits}</dt>
              <dd>
                {p.creditsValue(
                  format.number(health.credits.today),
                  format.number(health.credits.month),
                )}
              </dd>
            </div>
          </dl>
          {health.last_failure ? (
            <div className="notice notice-error" role="note">
              <p className="notice-title">{p.lastFailure(time(health.last_failure.at))}</p>
              <p className="error-message">{health.last_failure.error}</p>
            </div>
          ) : null}
          <h3>{p.openAlerts}</h3>
          {alerts && alerts.length > 0 ? (
            <ul className="open-alerts" data-testid="open-alerts">
              {alerts.map((alert) => (
                <li key={alert.id} className="notice notice-error">
                  <p className="notice-title">
                    {p.alertSince(alert.rule_name, time(alert.fired_at))}
                  </p>
                  <p className="error-message">{alert.message}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p data-testid="open-alerts">{p.noOpenAlerts}</p>
          )}
          <h3>{p.gaps}</h3>
          <p data-testid="gaps">
            {health.gaps.missing_slots === 0
              ? p.noGaps(format.number(health.gaps.expected_slots))
              : p.missing(
                  format.number(health.gaps.missing_slots),
                  format.number(health.gaps.expected_slots),
                )}
          </p>
          {health.gaps.ranges.length > 0 ? (
            <ul className="gaps">
              {health.gaps.ranges.slice(0, GAPS_SHOWN).map((gap) => (
                <li key={gap.from}>
                  {p.gap(time(gap.from), time(gap.to), format.number(gap.missing))}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      <h3 id="runs-title">{p.runs}</h3>
      {runs && runs.length > 0 ? (
        // Focusable, so a keyboard can scroll it when long messages make it wider than the panel.
        <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="runs-title">
          <table className="products runs">
            <thead>
              <tr>
                <th scope="col">{p.runColumns.started_at}</th>
                <th scope="col">{p.runColumns.status}</th>
                <th scope="col" className="numeric">
                  {p.runColumns.rows_inserted}
                </th>
                <th scope="col" className="numeric">
                  {p.runColumns.credits_used}
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <Fragment key={run.id}>
                  <tr>
                    <td className="date">
                      <time dateTime={run.started_at}>{time(run.started_at)}</time>
                    </td>
                    <td>
                      <span className={`run-status run-${run.status}`}>{run.status}</span>
                    </td>
                    <td className="numeric">{format.number(run.rows_inserted)}</td>
                    <td className="numeric">{format.number(run.credits_used)}</td>
                  </tr>
                  {run.error ? (
                    <tr className="run-error">
                      <td colSpan={4} className="error-message">
                        <span className="visually-hidden">{p.runColumns.error}: </span>
                        {run.error}
                      </td>
                    </tr>
                  ) : null}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{p.noRuns}</p>
      )}
    </section>
  );
}
