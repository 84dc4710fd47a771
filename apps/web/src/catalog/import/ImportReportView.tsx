import { useState } from 'react';
import type { ImportReport } from '../../api/types';
import { useI18n } from '../../i18n/I18nProvider';

/** Rows listed at first: a file with 100,000 bad rows must not freeze the page. */
const FIRST_ROWS = 200;

/** Every invalid row of a dry run: its line in the file, the field and the reason. */
export function ImportErrors({ errors }: { errors: ImportReport['errors'] }) {
  const { t, format } = useI18n();
  const i = t.importer;
  const [all, setAll] = useState(false);
  if (errors.length === 0) return null;
  const shown = all ? errors : errors.slice(0, FIRST_ROWS);
  // The catalog's column names where the field is one; the file's own name (sku, description) else.
  const columns: Partial<Record<string, string>> = t.catalog.columns;
  const fieldLabel = (field: string) => (field === 'row' ? i.wholeRow : (columns[field] ?? field));
  return (
    <div className="table-scroll import-errors">
      <table className="products">
        <caption>{i.errorsCaption}</caption>
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {i.line}
            </th>
            <th scope="col">{i.field}</th>
            <th scope="col">{i.reason}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((error, index) => (
            <tr key={index}>
              <td className="numeric">{format.number(error.line)}</td>
              <td>{fieldLabel(error.field)}</td>
              <td>{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < errors.length ? (
        <button
          type="button"
          className="button button-small"
          onClick={() => {
            setAll(true);
          }}
        >
          {i.showAll(format.number(errors.length))}
        </button>
      ) : null}
    </div>
  );
}

/** What an import wrote. */
export function ImportResult({ report }: { report: ImportReport }) {
  const { t, format } = useI18n();
  const i = t.importer;
  if (!report.committed) {
    return (
      <p className="notice notice-error" role="alert">
        {i.notWritten}
      </p>
    );
  }
  const figures: [string, number][] = [
    [i.created, report.created],
    [i.updated, report.updated],
    [i.unchanged, report.unchanged],
    [i.skipped, report.invalid],
  ];
  return (
    <div className="import-result" role="status">
      <h2>{i.done}</h2>
      <dl>
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{format.number(value)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
