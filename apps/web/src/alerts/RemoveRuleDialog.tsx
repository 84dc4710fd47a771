import { useState } from 'react';
import { describeError } from '../app/describe-error';
import { useWrite } from '../auth/TokenProvider';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from '../ui/Dialog';
import { useNotify } from '../ui/Toasts';
import { deleteAlertRule, type AlertRule } from './alerts.api';

/** Asks before deleting a rule and its events; Cancel has the focus. */
export function RemoveRuleDialog({
  rule,
  onClose,
  onRemoved,
}: {
  rule: AlertRule;
  onClose: () => void;
  onRemoved: () => Promise<void>;
}) {
  const { t } = useI18n();
  const ta = t.alerts;
  const write = useWrite();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const confirm = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await write(() => deleteAlertRule(rule.id));
      notify(ta.removed(rule.name));
      onClose();
      await onRemoved();
    } catch (caught) {
      setError(ta.failed(describeError(caught, t)));
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={ta.removeLabel(rule.name)}
      role="alertdialog"
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose} autoFocus disabled={busy}>
            {ta.cancel}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={busy}
            onClick={() => void confirm()}
          >
            {ta.remove}
          </button>
        </>
      }
    >
      <p>{ta.confirmRemove(rule.name)}</p>
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
