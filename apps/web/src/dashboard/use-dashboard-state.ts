import { useCallback, useMemo } from 'react';
import { navigate, useLocation } from '../router/history';
import { dashboardUrl, parseDashboardUrl, type DashboardState } from './dashboard-url';

/** The dashboard's view, read from and written to the URL (its one source of truth). */
export function useDashboardState() {
  const { search } = useLocation();
  const state = useMemo(() => parseDashboardUrl(search), [search]);
  // Reads the URL when called, not when rendered: a debounced zoom must not undo a sort chosen
  // while it waited.
  const update = useCallback(
    (change: Partial<DashboardState>, options: { replace?: boolean } = {}) => {
      const current = parseDashboardUrl(window.location.search);
      navigate(dashboardUrl({ ...current, ...change }), { replace: options.replace ?? false });
    },
    [],
  );
  return { state, update };
}
