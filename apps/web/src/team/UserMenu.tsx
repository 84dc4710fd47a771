import { useQueryClient } from '@tanstack/react-query';
import { describeError } from '../app/describe-error';
import { useAskToken } from '../auth/TokenProvider';
import { tokenStore } from '../auth/token-store';
import { useI18n } from '../i18n/I18nProvider';
import { navigate, useLocation } from '../router/history';
import { Link } from '../router/Link';
import { useNotify } from '../ui/Toasts';
import { identityChanged, permissionsOf, useMe } from './session';
import { signOut } from './session.api';
import { LOGIN } from './session-guard';

/**
 * The header's corner: who is signed in and with which role, and signing out; or "Sign in"; or,
 * where only API_TOKEN guards the server, entering and forgetting the token.
 */
export function UserMenu() {
  const { t } = useI18n();
  const tm = t.team;
  const me = useMe().data;
  const client = useQueryClient();
  const notify = useNotify();
  const askToken = useAskToken();
  const { pathname, search } = useLocation();
  if (!me) return null;

  if (permissionsOf(me).apiToken) {
    if (me.role === null) {
      return (
        <button
          type="button"
          className="button button-small user-menu"
          onClick={() => void askToken()}
        >
          {tm.menu.useToken}
        </button>
      );
    }
    const forget = async () => {
      tokenStore.clear();
      await identityChanged(client);
      notify(tm.menu.tokenForgotten);
    };
    return (
      <div className="user-menu" role="group" aria-label={tm.menu.label}>
        <span className="user-name" data-testid="signed-in-as">
          {tm.menu.signedInAs(me.name, tm.roles[me.role] ?? me.role)}
        </span>
        <button type="button" className="button button-small" onClick={() => void forget()}>
          {tm.menu.forgetToken}
        </button>
      </div>
    );
  }

  if (me.user === null) {
    if (!me.sign_in || pathname === LOGIN) return null;
    const next = new URLSearchParams({ next: `${pathname}${search}` }).toString();
    return (
      <Link to={`${LOGIN}?${next}`} className="button button-small user-menu">
        {tm.nav.signIn}
      </Link>
    );
  }

  const out = async () => {
    try {
      await signOut();
      await identityChanged(client);
      notify(tm.menu.signedOut);
      navigate(LOGIN);
    } catch (error) {
      notify(describeError(error, t));
    }
  };
  const role = tm.roles[me.user.role] ?? me.user.role;
  return (
    <div className="user-menu" role="group" aria-label={tm.menu.label}>
      <Link to="/account" className="user-name" data-testid="signed-in-as">
        {tm.menu.signedInAs(me.user.username, role)}
      </Link>
      <button type="button" className="button button-small" onClick={() => void out()}>
        {tm.menu.signOut}
      </button>
    </div>
  );
}
