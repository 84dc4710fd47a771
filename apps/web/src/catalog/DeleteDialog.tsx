import { ApiError } from '../api/errors';
import type { Product } from '../api/types';
import { describeError } from '../app/describe-error';
import { useWrite } from '../auth/TokenProvider';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from '../ui/ConfirmDialog';
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
  const confirm = async (): Promise<string | undefined> => {
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
      return undefined;
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 404) {
        notify(t.remove.gone(product.name));
        await invalidate();
        onDeleted();
      } else if (caught instanceof ApiError && caught.status === 412 && onConflict) {
        onConflict();
      } else {
        return t.remove.failed(describeError(caught, t));
      }
      return undefined;
    }
  };

  return (
    <ConfirmDialog
      title={t.remove.title}
      cancelLabel={t.remove.cancel}
      confirmLabel={t.remove.confirm}
      busyLabel={t.remove.deleting}
      onCancel={onClose}
      onConfirm={confirm}
    >
      <p>{t.remove.text(product.name)}</p>
    </ConfirmDialog>
  );
}
