import { useCallback, useMemo } from 'react';
import { navigate, useLocation } from '../router/history';
import { catalogUrl, parseCatalogSearch, type CatalogState } from './catalog-url';
import { applyChange, type CatalogChange } from './table-state';

export interface CatalogStateHandle {
  state: CatalogState;
  /** Changes the state by changing the URL: the one source of truth for the page. */
  update: (change: CatalogChange, options?: { replace?: boolean }) => void;
  replaceAll: (state: CatalogState, options?: { replace?: boolean }) => void;
}

export function useCatalogState(): CatalogStateHandle {
  const { search } = useLocation();
  const state = useMemo(() => parseCatalogSearch(search), [search]);
  const replaceAll = useCallback((next: CatalogState, options: { replace?: boolean } = {}) => {
    navigate(catalogUrl(next), { replace: options.replace ?? false });
  }, []);
  // Reads the URL when called, not when rendered: a debounced search must not undo a filter
  // chosen while it waited.
  const update = useCallback(
    (change: CatalogChange, options: { replace?: boolean } = {}) => {
      replaceAll(applyChange(parseCatalogSearch(window.location.search), change), options);
    },
    [replaceAll],
  );
  return { state, update, replaceAll };
}
