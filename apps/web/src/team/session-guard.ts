import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { navigate, useLocation } from '../router/history';
import { csrfToken, forgetCsrfToken } from './csrf';
import { cachedMe, meKey, useMe } from './session';
import { sessionEvents } from './session-events';

export const LOGIN = '/login';

/** The login page, coming back here afterwards; `expired` says why it opened. */
export function goToSignIn(expired: boolean): void {
  const { pathname, search } = window.location;
  if (pathname === LOGIN) return;
  const params = new URLSearchParams({ next: `${pathname}${search}` });
  if (expired) params.set('expired', '1');
  navigate(`${LOGIN}?${params.toString()}`);
}

/**
 * Sends the person to the login page when the api refuses them (401) and people sign in here,
 * and when a session this browser had has ended (idle or absolute timeout, signed out elsewhere).
 */
export function useSessionGuard(): void {
  const client = useQueryClient();
  const me = useMe().data;
  const { pathname } = useLocation();

  useEffect(
    () =>
      sessionEvents.subscribe(() => {
        void client.invalidateQueries({ queryKey: meKey }).then(() => {
          const now = cachedMe(client);
          if (!now?.sign_in || now.user !== null) return;
          const had = csrfToken() !== undefined;
          if (had) forgetCsrfToken();
          goToSignIn(had);
        });
      }),
    [client],
  );

  useEffect(() => {
    // The CSRF cookie outlives an idle session: its presence says this browser was signed in.
    if (!me?.sign_in || me.user !== null || csrfToken() === undefined || pathname === LOGIN) {
      return;
    }
    forgetCsrfToken();
    goToSignIn(true);
  }, [me, pathname]);
}
