import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../app/describe-error';
import { useDocumentTitle } from '../app/use-document-title';
import { useWrite } from '../auth/TokenProvider';
import { useInvalidateProducts } from '../catalog/products.queries';
import { useI18n } from '../i18n/I18nProvider';
import { usePermissions } from '../team/session';
import { LoadFailed } from '../ui/LoadFailed';
import { useNotify } from '../ui/Toasts';
import { PurgeDialog } from './PurgeDialog';
import { listTrash, restoreProduct, TRASH_PAGE, trashKeys, type Trashed } from './trash.api';
import { Loading } from '../ui/Loading';
import { Page } from '../ui/Page';
import { ListTable } from '../ui/ListTable';
import { RowAction } from '../ui/RowAction';

/** Deleted products, newest first: restore (editors), delete for good (admins). */
export function TrashPage() {
  const { t, format } = useI18n();
  const tt = t.team.trash;
  useDocumentTitle(tt.title);
  const can = usePermissions();
  const client = useQueryClient();
  const write = useWrite();
  const notify = useNotify();
  const invalidateProducts = useInvalidateProducts();
  const [offset, setOffset] = useState(0);
  const [purging, setPurging] = useState<Trashed | undefined>();
  const [error, setError] = useState<string | undefined>();
  const trash = useQuery({
    queryKey: trashKeys.page(offset),
    queryFn: ({ signal }) => listTrash(offset, signal),
    placeholderData: keepPreviousData,
  });

  const changed = async () => {
    await client.invalidateQueries({ queryKey: trashKeys.all });
    await invalidateProducts();
  };
  const restore = async (product: Trashed) => {
    setError(undefined);
    try {
      await write(() => restoreProduct(product.id));
      notify(tt.restored(product.name));
      await changed();
    } catch (caught) {
      setError(tt.failed(describeError(caught, t)));
    }
  };

  let body;
  if (trash.isPending) {
    body = <Loading text={tt.loading} />;
  } else if (trash.isError) {
    body = <LoadFailed message={tt.loadFailed(describeError(trash.error, t))} />;
  } else if (trash.data.items.length === 0) {
    body = (
      <p className="state-message" role="status">
        {tt.empty}
      </p>
    );
  } else {
    const { items, total } = trash.data;
    body = (
      <>
        <ListTable
          caption={tt.title}
          columns={[tt.columns.id, tt.columns.name, tt.columns.deleted, tt.columns.actions]}
          testId="trash"
        >
          {items.map((product) => (
            <tr key={product.id}>
              <td>{format.number(product.id)}</td>
              <td>{product.name}</td>
              <td>{format.dateTime(product.deleted_at)}</td>
              <td className="actions">
                <RowAction
                  label={tt.restoreLabel(product.name)}
                  onClick={() => void restore(product)}
                >
                  {tt.restore}
                </RowAction>
                {can.admin ? (
                  <button
                    type="button"
                    className="button button-small button-danger-quiet"
                    aria-label={tt.purgeLabel(product.name)}
                    onClick={() => {
                      setPurging(product);
                    }}
                  >
                    {tt.purge}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </ListTable>
        {total > TRASH_PAGE ? (
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={offset === 0}
              onClick={() => {
                setOffset(Math.max(0, offset - TRASH_PAGE));
              }}
            >
              {tt.previous}
            </button>
            <button
              type="button"
              className="button"
              disabled={offset + TRASH_PAGE >= total}
              onClick={() => {
                setOffset(offset + TRASH_PAGE);
              }}
            >
              {tt.next}
            </button>
          </div>
        ) : null}
      </>
    );
  }

  return (
    <Page title={tt.title} error={error}>
      {body}
      {purging ? (
        <PurgeDialog
          product={purging}
          onClose={() => {
            setPurging(undefined);
          }}
          onPurged={changed}
        />
      ) : null}
    </Page>
  );
}
