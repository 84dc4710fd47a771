import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/errors';
import type { Product } from '../api/types';
import { describeError } from '../app/describe-error';
import { useWrite } from '../auth/TokenProvider';
import { useInvalidateProducts } from '../catalog/products.queries';
import { useI18n } from '../i18n/I18nProvider';
import { LoadFailed } from '../ui/LoadFailed';
import { useNotify } from '../ui/Toasts';
import { fieldChanges, type DiffField } from './diff';
import {
  HISTORY_PAGE,
  historyKey,
  productHistory,
  revertProduct,
  type HistoryEntry,
} from './history.api';
import { Loading } from '../ui/Loading';
import { RowAction } from '../ui/RowAction';

interface Props {
  id: number;
  /** The version on screen: a restore applies only if the product is still that version. */
  etag: string | undefined;
  canRestore: boolean;
  /** After a restore (or a 412): the page reads the product again. */
  onChanged: () => Promise<void>;
}

/** The product's changes, newest first, each with who, when and a before/after table. */
export function HistoryPanel({ id, etag, canRestore, onChanged }: Props) {
  const { t, format, categoryLabel } = useI18n();
  const th = t.team.history;
  const invalidate = useInvalidateProducts();
  const write = useWrite();
  const notify = useNotify();
  const [offset, setOffset] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const history = useQuery({
    queryKey: [...historyKey(id), offset],
    queryFn: ({ signal }) => productHistory(id, offset, signal),
    placeholderData: keepPreviousData,
  });

  const labels: Record<DiffField, string> = {
    name: t.form.name,
    description: t.form.description,
    price: t.form.price,
    categoria: t.form.category,
    email_fornecedor: t.form.email,
  };
  const show = (field: DiffField, value: Product[DiffField] | undefined): string => {
    if (value === undefined || value === null || value === '') return '—';
    if (field === 'price') return format.money(Number(value));
    if (field === 'categoria') return categoryLabel(String(value));
    return String(value);
  };

  const restore = async (entry: HistoryEntry) => {
    setError(undefined);
    try {
      await write(() => revertProduct(id, entry.id, etag));
      notify(th.restored);
      // The restore is the newest entry: show the first page, where it now is.
      setOffset(0);
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 412
          ? th.conflict
          : t.form.failed(describeError(caught, t)),
      );
      if (!(caught instanceof ApiError && caught.status === 412)) return;
    }
    await invalidate();
    await onChanged();
  };

  let body;
  if (history.isPending) {
    body = <Loading text={th.loading} />;
  } else if (history.isError) {
    body = <LoadFailed inline message={th.failed(describeError(history.error, t))} />;
  } else if (history.data.items.length === 0) {
    body = <p>{th.empty}</p>;
  } else {
    const { items, total } = history.data;
    body = (
      <>
        <ol className="history" aria-label={th.title}>
          {items.map((entry, index) => {
            const changes = fieldChanges(entry.before, entry.after);
            const when = format.dateTime(entry.at);
            // The newest entry is the version on screen: restoring it would change nothing.
            const current = offset === 0 && index === 0;
            return (
              <li key={entry.id} className="history-entry" data-action={entry.action}>
                <p className="history-head">
                  <strong>{th.actions[entry.action] ?? entry.action}</strong>{' '}
                  <span className="meta">{th.by(entry.actor, when)}</span>
                </p>
                {changes.length > 0 ? (
                  <table className="history-diff">
                    <thead>
                      <tr>
                        <th scope="col">{th.field}</th>
                        <th scope="col">{th.before}</th>
                        <th scope="col">{th.after}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((change) => (
                        <tr key={change.field}>
                          <th scope="row">{labels[change.field]}</th>
                          <td>
                            <del>{show(change.field, change.before)}</del>
                          </td>
                          <td>
                            <ins>{show(change.field, change.after)}</ins>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : null}
                {canRestore && !current && entry.after !== null ? (
                  <RowAction label={th.restoreLabel(when)} onClick={() => void restore(entry)}>
                    {th.restore}
                  </RowAction>
                ) : null}
              </li>
            );
          })}
        </ol>
        {total > HISTORY_PAGE ? (
          <nav className="history-pages" aria-label={th.pages}>
            <button
              type="button"
              className="button button-small"
              disabled={offset === 0}
              onClick={() => {
                setOffset(Math.max(0, offset - HISTORY_PAGE));
              }}
            >
              {th.newer}
            </button>
            <span className="meta" role="status">
              {th.range(
                format.number(offset + 1),
                format.number(offset + items.length),
                format.number(total),
              )}
            </span>
            <button
              type="button"
              className="button button-small"
              disabled={offset + HISTORY_PAGE >= total}
              onClick={() => {
                setOffset(offset + HISTORY_PAGE);
              }}
            >
              {th.older}
            </button>
          </nav>
        ) : null}
      </>
    );
  }

  return (
    <section className="history-panel" aria-labelledby="history-title">
      <h2 id="history-title">{th.title}</h2>
      {error ? (
        <p className="notice notice-warning" role="alert">
          {error}
        </p>
      ) : null}
      {body}
    </section>
  );
}
