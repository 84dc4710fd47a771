import type { Product } from '../api/types';
import { describeError } from '../app/describe-error';
import { useWrite } from '../auth/TokenProvider';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useNotify } from '../ui/Toasts';
import { purgeProduct } from './trash.api';

/** Asks before deleting for good; Cancel has the focus. */
export function PurgeDialog({
  product,
  onClose,
  onPurged,
}: {
  product: Product;
  onClose: () => void;
  onPurged: () => Promise<void>;
}) {
  const { t } = useI18n();
  const tt = t.team.trash;
  const write = useWrite();
  const notify = useNotify();
  const confirm = async () => {
    try {
      await write(() => purgeProduct(product.id));
      notify(tt.purged(product.name));
      onClose();
      await onPurged();
      return undefined;
    } catch (caught) {
      return tt.failed(describeError(caught, t));
    }
  };

  return (
    <ConfirmDialog
      title={tt.purgeTitle}
      cancelLabel={tt.cancel}
      confirmLabel={tt.purge}
      onCancel={onClose}
      onConfirm={confirm}
    >
      <p>{tt.purgeText(product.name)}</p>
    </ConfirmDialog>
  );
}
