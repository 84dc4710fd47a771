import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/errors';
import { describeError } from '../app/describe-error';
import { useI18n } from '../i18n/I18nProvider';
import { Field } from '../ui/Field';
import { useNotify } from '../ui/Toasts';
import { identityChanged } from './session';
import { addUser, usersKey } from './team.api';
import { ROLES, type Role } from './team.types';
import { ErrorLine } from '../ui/ErrorLine';

/** Adds a user; the api's rules (name pattern, 12-character password) come back by field. */
export function AddUserForm() {
  const { t } = useI18n();
  const tu = t.team.users;
  const client = useQueryClient();
  const notify = useNotify();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>('editor');
  const [busy, setBusy] = useState(false);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | undefined>();

  const submit = async () => {
    setBusy(true);
    setFields({});
    setError(undefined);
    try {
      const user = await addUser({ username: username.trim(), password, role });
      notify(tu.added(user.username));
      setUsername('');
      setPassword('');
      await client.invalidateQueries({ queryKey: usersKey });
      // The first user ends the open local default: who is asking is decided anew.
      await identityChanged(client);
    } catch (caught) {
      if (caught instanceof ApiError && caught.status === 422) setFields(caught.fieldErrors());
      setError(tu.failed(describeError(caught, t)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="product-form team-form"
      aria-labelledby="add-user-title"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <h2 id="add-user-title">{tu.add}</h2>
      <Field label={tu.username} required error={fields.username}>
        <input
          autoComplete="off"
          required
          value={username}
          onChange={(event) => {
            setUsername(event.target.value);
          }}
        />
      </Field>
      <Field label={tu.password} hint={tu.passwordHint} required error={fields.password}>
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          value={password}
          onChange={(event) => {
            setPassword(event.target.value);
          }}
        />
      </Field>
      <Field label={tu.role}>
        <select
          value={role}
          onChange={(event) => {
            setRole(event.target.value as Role);
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t.team.roles[r]}
            </option>
          ))}
        </select>
      </Field>
      <ErrorLine error={error} notice />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {tu.create}
        </button>
      </div>
    </form>
  );
}
