import { useQueryClient } from '@tanstack/react-query';
import { describeError } from '../app/describe-error';
import { useDocumentTitle } from '../app/use-document-title';
import { useI18n } from '../i18n/I18nProvider';
import { navigate } from '../router/history';
import { useNotify } from '../ui/Toasts';
import { identityChanged, useMe } from './session';
import { signOutEverywhere } from './session.api';
import { LOGIN } from './session-guard';
import { TokensPanel } from './TokensPanel';
import { Page } from '../ui/Page';

/** The signed-in person's page: their API tokens, and signing out on every device. */
export function AccountPage() {
  const { t } = useI18n();
  const ta = t.team.account;
  useDocumentTitle(ta.title);
  const me = useMe().data;
  const client = useQueryClient();
  const notify = useNotify();

  const everywhere = async () => {
    try {
      await signOutEverywhere();
      await identityChanged(client);
      notify(t.team.menu.signedOut);
      navigate(LOGIN);
    } catch (error) {
      notify(ta.failed(describeError(error, t)));
    }
  };

  return (
    <Page title={ta.title} narrow>
      {me?.user ? (
        <>
          <p className="meta">
            {t.team.menu.signedInAs(me.user.username, t.team.roles[me.user.role] ?? '')}
          </p>
          <TokensPanel />
          <h2>{ta.everywhere}</h2>
          <p>{ta.everywhereText}</p>
          <button type="button" className="button" onClick={() => void everywhere()}>
            {ta.everywhere}
          </button>
        </>
      ) : null}
    </Page>
  );
}
