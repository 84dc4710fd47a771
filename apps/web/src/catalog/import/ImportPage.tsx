import { useState } from 'react';
import { ApiError } from '../../api/errors';
import type { ImportMode, ImportReport } from '../../api/types';
import { describeError } from '../../app/describe-error';
import { useDocumentTitle } from '../../app/use-document-title';
import { useWrite } from '../../auth/TokenProvider';
import { useI18n } from '../../i18n/I18nProvider';
import { useLocation } from '../../router/history';
import { Link } from '../../router/Link';
import { importProducts } from '../products.api';
import { useInvalidateProducts } from '../products.queries';
import '../catalog.css';
import { ImportErrors, ImportResult } from './ImportReportView';
import { Loading } from '../../ui/Loading';

type Step =
  | { kind: 'choose' }
  | { kind: 'busy'; mode: ImportMode; checked: ImportReport | undefined }
  | { kind: 'checked'; report: ImportReport }
  | { kind: 'done'; report: ImportReport }
  | { kind: 'failed'; error: unknown; checked: ImportReport | undefined };

/**
 * The catalog from a file: a dry run first, which lists every invalid row, then the import of
 * all rows (only if none is invalid) or of the valid ones. Each step sends the file again, so the
 * page holds no copy of it; the api writes in one transaction, so a failed import wrote nothing.
 */
export function ImportPage() {
  const { t, format } = useI18n();
  const i = t.importer;
  useDocumentTitle(i.title);
  const { state } = useLocation();
  const from = (state as { from?: unknown } | null)?.from;
  const back = typeof from === 'string' && from.startsWith('/products') ? from : '/products';
  const write = useWrite();
  const invalidate = useInvalidateProducts();
  const [file, setFile] = useState<File | undefined>();
  const [step, setStep] = useState<Step>({ kind: 'choose' });
  const checked =
    step.kind === 'checked'
      ? step.report
      : step.kind === 'busy' || step.kind === 'failed'
        ? step.checked
        : undefined;

  const run = async (mode: ImportMode) => {
    if (!file) return;
    const before = step.kind === 'checked' ? step.report : undefined;
    setStep({ kind: 'busy', mode, checked: before });
    try {
      const report = await write(() => importProducts(file, mode));
      if (mode === 'dry-run') {
        setStep({ kind: 'checked', report });
      } else {
        setStep({ kind: 'done', report });
        if (report.committed) await invalidate();
      }
    } catch (error) {
      setStep({ kind: 'failed', error, checked: before });
    }
  };

  const busy = step.kind === 'busy';
  const n = format.number;
  return (
    <section className="page page-narrow import-page" aria-labelledby="page-title">
      <header className="page-header">
        <div>
          <Link to={back} className="back-link">
            ← {i.back}
          </Link>
          <h1 id="page-title" tabIndex={-1}>
            {i.title}
          </h1>
        </div>
      </header>
      <p>{i.intro}</p>
      <form
        className="import-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run('dry-run');
        }}
      >
        <label htmlFor="import-file" className="field-label">
          {i.file}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,.ndjson,.jsonl,text/csv,application/x-ndjson"
          required
          disabled={busy}
          onChange={(event) => {
            setFile(event.target.files?.[0]);
            setStep({ kind: 'choose' });
          }}
        />
        <p className="meta">{i.checkFirst}</p>
        <button type="submit" className="button" disabled={busy || !file}>
          {i.check}
        </button>
      </form>
      <div aria-live="polite">
        {busy ? <Loading text={step.mode === 'dry-run' ? i.checking : i.importing} /> : null}
        {step.kind === 'failed' ? <ImportFailure error={step.error} /> : null}
        {step.kind === 'done' ? <ImportResult report={step.report} /> : null}
      </div>
      {checked && step.kind !== 'done' ? (
        <>
          <p className="import-summary">
            {i.summary(n(checked.rows), n(checked.valid), n(checked.invalid))}
            {checked.invalid === 0 ? ` ${i.allValid}` : null}
          </p>
          <ImportErrors errors={checked.errors} />
          <div className="form-actions import-actions">
            <button
              type="button"
              className="button button-primary"
              disabled={busy || checked.invalid > 0 || checked.valid === 0}
              aria-describedby={checked.invalid > 0 ? 'import-all-blocked' : undefined}
              onClick={() => void run('all-or-nothing')}
            >
              {i.commitAll}
            </button>
            {checked.invalid > 0 && checked.valid > 0 ? (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => void run('valid-rows')}
              >
                {i.commitValid(n(checked.valid))}
              </button>
            ) : null}
          </div>
          {checked.invalid > 0 ? (
            <p id="import-all-blocked" className="meta">
              {i.commitAllBlocked}
            </p>
          ) : null}
        </>
      ) : null}
      {step.kind === 'done' ? (
        <p className="import-next">
          <Link to={back} className="button button-primary">
            {i.back}
          </Link>
        </p>
      ) : null}
    </section>
  );
}

/** Why the file was not read or written: a file the api cannot read names its problem. */
function ImportFailure({ error }: { error: unknown }) {
  const { t } = useI18n();
  const unreadable = error instanceof ApiError && (error.status === 422 || error.status === 413);
  return (
    <div className="notice notice-error" role="alert">
      <p>
        {unreadable
          ? t.importer.unreadable(describeError(error, t))
          : t.importer.failed(describeError(error, t))}
      </p>
      {unreadable && error.problem?.errors?.length ? (
        <ul>
          {error.problem.errors.map((e) => (
            <li key={`${e.field}:${e.message}`}>
              {e.field}: {e.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
