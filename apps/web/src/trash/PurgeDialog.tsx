import { useState } from 'react';
import type { Product } from '../api/types';
import { describeError } from '../app/describe-error';
import { useWrite } from '../auth/TokenProvider';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from '../ui/Dialog';
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
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await write(() => purgeProduct(product.id));
      notify(tt.purged(product.name));
      onClose();
      await onPurged();
    } catch (caught) {
      setError(tt.failed(describeError(caught, t)));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={tt.purgeTitle}
      role="alertdialog"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus disabled={busy}>
            {tt.cancel}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => void confirm()}
          >
            {tt.purge}
          </button>
        </>
      }
    >
      <p>{tt.purgeText(product.name)}</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
