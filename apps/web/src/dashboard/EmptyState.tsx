import { useI18n } from '../i18n/I18nProvider';

/** No quotes at all: how to start the pipeline, or fill the database for a demo. */
export function EmptyState() {
  const { t } = useI18n();
  const e = t.dashboard.empty;
  return (
    <div className="state-message empty-state" role="status" data-testid="empty-state">
      <h2>{e.title}</h2>
      <p>{e.text}</p>
      <ol className="empty-steps">
        <li>
          <p>{e.live}</p>
          <pre>
            <code>CMC_API_KEY=... npm start</code>
          </pre>
        </li>
        <li>
          <p>{e.replay}</p>
          <pre>
            <code>npx cais etl replay</code>
          </pre>
        </li>
        <li>
          <p>{e.seed}</p>
          <pre>
            <code>npx cais db seed --quotes 105120</code>
          </pre>
        </li>
      </ol>
    </div>
  );
}
