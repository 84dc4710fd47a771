import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../router/Link';
import { PAGE_SIZES, catalogUrl, type CatalogState } from './catalog-url';
import { pageCount } from './table-state';

interface Props {
  state: CatalogState;
  total: number;
  onSize: (size: number) => void;
}

/** Pages as real links (each page has its own address), and the page size. */
export function Pagination({ state, total, onSize }: Props) {
  const { t, format } = useI18n();
  const pages = pageCount(total, state.size);
  const to = (page: number) => catalogUrl({ ...state, page });
  const link = (page: number, label: string, symbol: string, enabled: boolean) =>
    enabled ? (
      <Link to={to(page)} className="button button-small" aria-label={label} title={label}>
        <span aria-hidden="true">{symbol}</span>
      </Link>
    ) : (
      <span className="button button-small" aria-disabled="true" aria-label={label} role="link">
        <span aria-hidden="true">{symbol}</span>
      </span>
    );
  return (
    <div className="pagination">
      <nav aria-label={t.catalog.pagination} className="pages">
        {link(1, t.catalog.first, '«', state.page > 1)}
        {link(state.page - 1, t.catalog.previous, '‹', state.page > 1)}
        <span className="page-of">
          {t.catalog.pageOf(format.number(state.page), format.number(pages))}
        </span>
        {link(state.page + 1, t.catalog.next, '›', state.page < pages)}
        {link(pages, t.catalog.last, '»', state.page < pages)}
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
