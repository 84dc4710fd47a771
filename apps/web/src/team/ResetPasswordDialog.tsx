import { useState } from 'react';
import { describeError } from '../app/describe-error';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from '../ui/Dialog';
import { ErrorLine } from '../ui/ErrorLine';
import { Field } from '../ui/Field';
import { useNotify } from '../ui/Toasts';
import { changeUser } from './team.api';
import type { User } from './team.types';

/** A new password for someone: the api ends their sessions. */
export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const { t } = useI18n();
  const tu = t.team.users;
  const notify = useNotify();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const formId = 'reset-password-form';

  const submit = async () => {
    setError(undefined);
    try {
      await changeUser(user.username, { password });
      notify(tu.changed(user.username));
      onClose();
    } catch (caught) {
      setError(tu.failed(describeError(caught, t)));
    }
  };

  return (
    <Dialog
      title={tu.resetTitle(user.username)}
      onCancel={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {tu.cancel}
          </button>
          <button type="submit" form={formId} className="button button-primary">
            {tu.save}
          </button>
        </>
      }
    >
      <p>{tu.resetText}</p>
      <form
        id={formId}
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label={tu.newPassword} hint={tu.passwordHint} required>
          <input
            type="password"
            autoComplete="new-password"
            required
            minLength={12}
            autoFocus
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
            }}
          />
        </Field>
      </form>
      <ErrorLine error={error} />
    </Dialog>
  );
}
