import { useMemo, useSyncExternalStore } from 'react';

/**
 * A small router over the History API: the app has a handful of routes, and a library would cost
 * more bundle than this file.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  window.addEventListener('popstate', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('popstate', listener);
  };
}

export interface NavigateOptions {
  /** Replace the current history entry (typing in a search box) instead of adding one. */
  replace?: boolean;
  state?: unknown;
}

export function navigate(
  to: string,
  { replace = false, state = null }: NavigateOptions = {},
): void {
  const target = new URL(to, window.location.href);
  if (target.href === window.location.href && !replace) replace = true;
  window.history[replace ? 'replaceState' : 'pushState'](state, '', target.href);
  for (const listener of listeners) listener();
}

export interface Location {
  pathname: string;
  search: string;
  /** The history entry's state: where a form came from, to go back there. */
  state: unknown;
}

export function useLocation(): Location {
  const href = useSyncExternalStore(subscribe, () => window.location.href);
  return useMemo(() => {
    const url = new URL(href);
    return { pathname: url.pathname, search: url.search, state: window.history.state as unknown };
  }, [href]);
}
