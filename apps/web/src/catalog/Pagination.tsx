import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../router/Link';
import { PAGE_SIZES, catalogUrl, type CatalogState } from './catalog-url';
import type { ProductPage } from './products.api';
import { lastPageLink, pageCount } from './table-state';

interface Props {
  state: CatalogState;
  page: Pick<ProductPage, 'total' | 'exact' | 'next' | 'prev'>;
  onSize: (size: number) => void;
}

/**
 * Pages as real links (each page has its own address), and the page size. Next and Previous
 * carry the api's cursors, so any depth is as fast as the first pages; First, and Last while
 * its offset is small, page by number.
 */
export function Pagination({ state, page, onSize }: Props) {
  const { t, format } = useI18n();
  const pages = pageCount(page.total, state.size);
  const to = (number: number, cursor: string | undefined) =>
    catalogUrl({ ...state, page: number, cursor: number === 1 ? undefined : cursor });
  // Back to page 1 needs no cursor; a page read by offset without one steps back by offset.
  const previous =
    state.page > 1 && (state.page === 2 || page.prev !== undefined || state.cursor === undefined)
      ? to(state.page - 1, page.prev)
      : undefined;
  const next = page.next === undefined ? undefined : to(state.page + 1, page.next);
  const last = lastPageLink(state, page);
  const link = (href: string | undefined, label: string, symbol: string) =>
    href !== undefined ? (
      <Link to={href} className="button button-small" aria-label={label} title={label}>
        <span aria-hidden="true">{symbol}</span>
      </Link>
    ) : (
      <span className="button button-small" aria-disabled="true" aria-label={label} role="link">
        <span aria-hidden="true">{symbol}</span>
      </span>
    );
  const pageText = page.exact
    ? t.catalog.pageOf(format.number(state.page), format.number(pages))
    : t.catalog.pageOfAbout(format.number(state.page), format.number(pages));
  return (
    <div className="pagination">
      <nav aria-label={t.catalog.pagination} className="pages">
        {link(state.page > 1 ? to(1, undefined) : undefined, t.catalog.first, '«')}
        {link(previous, t.catalog.previous, '‹')}
        <span className="page-of">{pageText}</span>
        {link(next, t.catalog.next, '›')}
        {link(last === undefined ? undefined : to(last, undefined), t.catalog.last, '»')}
      </nav>
      <div className="page-size">
        <label htmlFor="page-size">{t.catalog.pageSize}</label>
        <select
          id="page-size"
          value={state.size}
          onChange={(event) => {
            onSize(Number(event.target.value));
          }}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
