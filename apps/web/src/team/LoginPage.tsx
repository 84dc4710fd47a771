import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../api/errors';
import { describeError } from '../app/describe-error';
import { HOME } from '../app/routes';
import { useDocumentTitle } from '../app/use-document-title';
import { useI18n } from '../i18n/I18nProvider';
import { navigate, useLocation } from '../router/history';
import { Field } from '../ui/Field';
import { identityChanged } from './session';
import { signIn } from './session.api';
import { ErrorLine } from '../ui/ErrorLine';
import { Page } from '../ui/Page';

/** Only a path of this app: `next` must never lead to another site. */
const safeNext = (next: string | null): string =>
  next !== null && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/login')
    ? next
    : HOME;

export function LoginPage() {
  const { t } = useI18n();
  const tl = t.team.login;
  useDocumentTitle(tl.title);
  const client = useQueryClient();
  const { search } = useLocation();
  const params = new URLSearchParams(search);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await signIn(username.trim(), password);
      await identityChanged(client);
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (caught) {
      setError(
        caught instanceof ApiError && caught.status === 401
          ? tl.wrong
          : tl.failed(describeError(caught, t)),
      );
      setBusy(false);
    }
  };

  return (
    <Page title={tl.title} narrow>
      {params.get('expired') === '1' && !error ? (
        <p className="notice notice-warning" role="status">
          {tl.expired}
        </p>
      ) : null}
      <form
        className="product-form"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field label={tl.username} required>
          <input
            name="username"
            autoComplete="username"
            required
            autoFocus
            value={username}
            onChange={(event) => {
              setUsername(event.target.value);
            }}
          />
        </Field>
        <Field label={tl.password} required>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => {
              setPassword(event.target.value);
            }}
          />
        </Field>
        <ErrorLine error={error} notice />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? tl.busy : tl.submit}
          </button>
        </div>
      </form>
    </Page>
  );
}
