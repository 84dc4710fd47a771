import { LoadFailed } from '../ui/LoadFailed';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../api/errors';
import type { Product } from '../api/types';
import { describeError } from '../app/describe-error';
import { useDocumentTitle } from '../app/use-document-title';
import { useI18n } from '../i18n/I18nProvider';
import { usePermissions } from '../team/session';
import { navigate, useLocation } from '../router/history';
import { Link } from '../router/Link';
import { CatalogFilters } from './CatalogFilters';
import './catalog.css';
import {
  RELEVANCE,
  RELEVANCE_SORT,
  catalogUrl,
  hasFilters,
  toFilterQuery,
  toListQuery,
} from './catalog-url';
import { DeleteDialog } from './DeleteDialog';
import { Pagination } from './Pagination';
import { ProductTable } from './ProductTable';
import { exportHref } from './products.api';
import { usePrefetchNext, useProductPage } from './products.queries';
import { clearFilters, pageInRange, shownRange, toggleSort } from './table-state';
import { useCatalogState } from './use-catalog-state';
import { Loading } from '../ui/Loading';
import { Page } from '../ui/Page';

export function CatalogPage() {
  const { t, format } = useI18n();
  useDocumentTitle(t.catalog.title);
  const { state, update, replaceAll } = useCatalogState();
  const { pathname, search } = useLocation();
  const query = useMemo(() => toListQuery(state), [state]);
  const page = useProductPage(query);
  usePrefetchNext(query, page.isPlaceholderData ? undefined : page.data?.next);
  const [deleting, setDeleting] = useState<Product | undefined>();
  const can = usePermissions();
  const here = `${pathname}${search}`;
  const clear = () => {
    replaceAll(clearFilters(state));
  };

  // A page past the end (its last products deleted, an old bookmark) becomes the last page.
  const total = page.data?.total;
  const exact = page.data?.exact ?? true;
  useEffect(() => {
    if (total === undefined || !exact || state.cursor || page.isPlaceholderData) return;
    const inRange = pageInRange(state, total);
    if (inRange !== undefined) replaceAll({ ...state, page: inRange }, { replace: true });
  }, [total, exact, state, page.isPlaceholderData, replaceAll]);

  // A cursor the api no longer takes (another server's key, a hand-edited URL) or one past the
  // end (its products deleted) starts the list again from its first page.
  const staleCursor =
    state.cursor !== undefined &&
    ((page.isError && page.error instanceof ApiError && page.error.status === 422) ||
      (page.isSuccess && !page.isPlaceholderData && page.data.items.length === 0));
  useEffect(() => {
    if (staleCursor) replaceAll({ ...state, page: 1, cursor: undefined }, { replace: true });
  }, [staleCursor, state, replaceAll]);

  const rows = page.data?.items ?? [];
  const range = shownRange(state, rows.length);
  const filtered = hasFilters(state);

  let body;
  if (page.isPending) {
    body = <Loading text={t.catalog.loading} />;
  } else if (page.isError && !page.data) {
    body = (
      <LoadFailed
        message={t.catalog.loadFailed(describeError(page.error, t))}
        onRetry={() => void page.refetch()}
        retryLabel={t.catalog.tryAgain}
      />
    );
  } else if (rows.length === 0 && !page.isPlaceholderData) {
    body = filtered ? (
      <div className="state-message" role="status">
        <p>{t.catalog.noMatch}</p>
        <button type="button" className="button" onClick={clear}>
          {t.catalog.clearFilters}
        </button>
      </div>
    ) : (
      <div className="state-message" role="status">
        <p>{t.catalog.empty}</p>
        <Link to="/products/new" state={{ from: here }} className="button button-primary">
          {t.catalog.emptyAction}
        </Link>
      </div>
    );
  } else {
    body = (
      <ProductTable
        products={rows}
        sort={state.sort}
        q={state.q}
        busy={page.isFetching}
        queryKey={page.isPlaceholderData ? undefined : catalogUrl(state)}
        from={here}
        onSort={(field) => {
          update({ sort: toggleSort(state.sort, field) });
        }}
        onDelete={can.edit ? setDeleting : undefined}
      />
    );
  }

  return (
    <Page
      title={t.catalog.title}
      actions={
        <>
          <a className="button" href={exportHref(toFilterQuery(state))} download>
            {t.catalog.exportCsv}
          </a>
          {can.edit ? (
            <Link to="/products/import" state={{ from: here }} className="button">
              {t.catalog.importFile}
            </Link>
          ) : null}
          {can.edit ? (
            <Link to="/products/new" state={{ from: here }} className="button button-primary">
              {t.catalog.newProduct}
            </Link>
          ) : null}
        </>
      }
    >
      <CatalogFilters state={state} update={update} onClear={clear} />
      <div className="summary" aria-live="polite">
        {total !== undefined && (total > 0 || filtered) ? (
          <span className="total">
            {exact
              ? t.catalog.total(format.number(total), total === 1)
              : t.catalog.totalAbout(format.number(total))}
          </span>
        ) : null}
        {range && total !== undefined && total > rows.length ? (
          <span className="range">
            {(exact ? t.catalog.showing : t.catalog.showingAbout)(
              format.number(range.from),
              format.number(range.to),
              format.number(total),
            )}
          </span>
        ) : null}
        {state.q !== '' && state.sort.field !== RELEVANCE ? (
          <button
            type="button"
            className="button button-small button-quiet"
            onClick={() => {
              update({ sort: RELEVANCE_SORT });
            }}
          >
            {t.catalog.bestMatchFirst}
          </button>
        ) : null}
        {page.isFetching && !page.isPending ? (
          <span className="updating">
            <span className="spinner" aria-hidden="true" /> {t.catalog.updating}
          </span>
        ) : null}
      </div>
      {page.isError && page.data ? (
        <LoadFailed
          inline
          message={t.catalog.loadFailed(describeError(page.error, t))}
          onRetry={() => void page.refetch()}
          retryLabel={t.catalog.tryAgain}
        />
      ) : null}
      {body}
      {page.data && total !== undefined && total > 0 ? (
        <Pagination
          state={state}
          page={page.data}
          onSize={(size) => {
            update({ size });
          }}
        />
      ) : null}
      {deleting ? (
        <DeleteDialog
          product={deleting}
          onClose={() => {
            setDeleting(undefined);
          }}
          onDeleted={() => {
            setDeleting(undefined);
          }}
        />
      ) : null}
    </Page>
  );
}

/** Where a form returns after saving: the catalog view it was opened from. */
export function returnToCatalog(from: unknown): void {
  navigate(typeof from === 'string' && from.startsWith('/products') ? from : '/products');
}
