import { useQuery, type QueryClient } from '@tanstack/react-query';
import { whoAmI } from './session.api';
import type { Me, Role } from './team.types';

export const meKey = ['auth', 'me'] as const;

/** Who this browser is signed in as; read again when the window regains focus. */
export const useMe = () =>
  useQuery({ queryKey: meKey, queryFn: ({ signal }) => whoAmI(signal), staleTime: 30_000 });

/** The cached answer, for code outside render (a write deciding how to ask for credentials). */
export const cachedMe = (client: QueryClient): Me | undefined => client.getQueryData(meKey);

const RANK: Record<Role, number> = { viewer: 1, editor: 2, admin: 3 };

export interface Permissions {
  /** Change products, use the trash. Without users (API_TOKEN only) a write asks for the token. */
  edit: boolean;
  /** Users, purges. */
  admin: boolean;
  /** Read the history (a viewer or more). */
  history: boolean;
  /** Signed in as a person (their own tokens, sign-out). */
  user: Me['user'];
  /** People sign in here (a user exists). */
  signIn: boolean;
  /**
   * API_TOKEN guards this server and nobody signs in: the token pasted in this tab is the way
   * to act (an admin), and `role` says whether the api accepted one.
   */
  apiToken: boolean;
}

/** What the UI offers, by the caller's role: the api enforces the same on every request. */
export function permissionsOf(me: Me | undefined): Permissions {
  // Until the api answers (or an older api without /auth/me), the UI offers what it always did.
  if (!me) {
    return { edit: true, admin: false, history: false, user: null, signIn: false, apiToken: false };
  }
  const rank = me.role ? RANK[me.role] : 0;
  return {
    edit: rank >= RANK.editor || !me.sign_in,
    admin: rank >= RANK.admin,
    history: rank >= RANK.viewer,
    user: me.user,
    signIn: me.sign_in,
    // Neither open nor with users: only API_TOKEN can be what closes it.
    apiToken: !me.open && !me.sign_in,
  };
}

export const usePermissions = (): Permissions => permissionsOf(useMe().data);

/** After signing in or out: everything read under the old identity is read again. */
export const identityChanged = (client: QueryClient): Promise<void> => client.resetQueries();
