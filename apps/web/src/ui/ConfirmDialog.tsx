import { useState, type ReactNode } from 'react';
import { Dialog } from './Dialog';
import { ErrorLine } from './ErrorLine';

interface Props {
  title: string;
  children: ReactNode;
  cancelLabel: string;
  confirmLabel: string;
  /** Shown on the confirm button while the action runs. */
  busyLabel?: string;
  onCancel: () => void;
  /**
   * The action: resolves with a message to show in the dialog when it failed in a way the person
   * can retry, or undefined when it is done (the caller then closes the dialog).
   */
  onConfirm: () => Promise<string | undefined>;
}

/**
 * Asks before a destructive action. Cancel has the focus, so Enter or Escape never confirms by
 * accident; both buttons wait while the action runs.
 */
export function ConfirmDialog(props: Props) {
  const { title, children, cancelLabel, confirmLabel, busyLabel, onCancel, onConfirm } = props;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    const problem = await onConfirm();
    if (problem !== undefined) {
      setError(problem);
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={title}
      role="alertdialog"
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel} autoFocus disabled={busy}>
            {cancelLabel}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => {
              void confirm();
            }}
          >
            {busy && busyLabel ? busyLabel : confirmLabel}
          </button>
        </>
      }
    >
      {children}
      <ErrorLine error={error} />
    </Dialog>
  );
}
