import { useState } from 'react';
import { ApiError } from '../api/errors';
import type { Product } from '../api/types';
import { describeError } from '../app/describe-error';
import { useWrite } from '../auth/TokenProvider';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from '../ui/Dialog';
import { useNotify } from '../ui/Toasts';
import { restoreProduct } from '../trash/trash.api';
import { deleteProduct } from './products.api';
import { useInvalidateProducts } from './products.queries';

interface Props {
  product: Product;
  /** From the edit form: delete only the version shown (a 412 otherwise). */
  etag?: string | undefined;
  onClose: () => void;
  onDeleted: () => void;
  /** The product changed since it was read (412): the caller says so and offers a reload. */
  onConflict?: () => void;
}

/** Asks before deleting; Cancel has the focus, so Enter or Escape never deletes by accident. */
export function DeleteDialog({ product, etag, onClose, onDeleted, onConflict }: Props) {
  const { t } = useI18n();
  const write = useWrite();
  const notify = useNotify();
  const invalidate = useInvalidateProducts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await write(() => deleteProduct(product.id, etag));
      // The product went to the trash: the notice offers to take it back at once.
      const undo = () => {
        write(() => restoreProduct(product.id))
          .then(async () => {
            notify(t.team.trash.restored(product.name));
            await invalidate();
          })
          .catch((caught: unknown) => {
            notify(t.team.trash.failed(describeError(caught, t)));
          });
      };
      notify(t.remove.done(product.name), { label: t.team.undo, run: undo });
      // Leave first: the edit page would otherwise read the product just deleted again (a 404).
      onDeleted();
      await invalidate();
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 404) {
        notify(t.remove.gone(product.name));
        await invalidate();
        onDeleted();
      } else if (caught instanceof ApiError && caught.status === 412 && onConflict) {
        onConflict();
      } else {
        setError(t.remove.failed(describeError(caught, t)));
        setBusy(false);
      }
    }
  };

  return (
    <Dialog
      title={t.remove.title}
      role="alertdialog"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus disabled={busy}>
            {t.remove.cancel}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => {
              void confirm();
            }}
          >
            {busy ? t.remove.deleting : t.remove.confirm}
          </button>
        </>
      }
    >
      <p>{t.remove.text(product.name)}</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
