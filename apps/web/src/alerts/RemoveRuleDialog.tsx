import { describeError } from '../app/describe-error';
import { useWrite } from '../auth/TokenProvider';
import { useI18n } from '../i18n/I18nProvider';
import { ConfirmDialog } from '../ui/ConfirmDialog';
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
  const confirm = async () => {
    try {
      await write(() => deleteAlertRule(rule.id));
      notify(ta.removed(rule.name));
      onClose();
      await onRemoved();
      return undefined;
    } catch (caught) {
      return ta.failed(describeError(caught, t));
    }
  };

  return (
    <ConfirmDialog
      title={ta.removeLabel(rule.name)}
      cancelLabel={ta.cancel}
      confirmLabel={ta.remove}
      onCancel={onClose}
      onConfirm={confirm}
    >
      <p>{ta.confirmRemove(rule.name)}</p>
    </ConfirmDialog>
  );
}
