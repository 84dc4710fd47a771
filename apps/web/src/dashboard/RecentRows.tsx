import { useI18n } from '../i18n/I18nProvider';
import { formatMoney } from '../i18n/money';
import { SortableHeader } from '../ui/SortableHeader';
import type { RowSort, RowSortField } from './dashboard-url';
import { ROWS_PER_PAGE } from './dashboard-url';
import { formatPercent, formatTime } from './format';
import type { RowsPage } from './prices.api';

interface Props {
  page: RowsPage;
  pageNumber: number;
  sort: RowSort;
  busy: boolean;
  csvUrl: string;
  csvName: string;
  /** Rows of the whole market, for the download's description. */
  marketRows: number;
  onSort: (field: RowSortField) => void;
  onPage: (page: number) => void;
}

type Column =
  | { key: RowSortField; sortable: true }
  | { key: 'percent_change_1h' | 'percent_change_24h' | 'percent_change_7d'; sortable: false };

const COLUMNS: Column[] = [
  { key: 'last_updated', sortable: true },
  { key: 'price', sortable: true },
  { key: 'volume_24h', sortable: true },
  { key: 'market_cap', sortable: true },
  { key: 'percent_change_1h', sortable: false },
  { key: 'percent_change_24h', sortable: false },
  { key: 'percent_change_7d', sortable: false },
];

/** The newest quotes as a table, sorted and paged by the api, with the whole market as CSV. */
export function RecentRows({
  page,
  pageNumber,
  sort,
  busy,
  csvUrl,
  csvName,
  marketRows,
  onSort,
  onPage,
}: Props) {
  const { t, locale, format } = useI18n();
  const r = t.dashboard.rows;
  const pages = Math.max(1, Math.ceil(page.total / ROWS_PER_PAGE));
  const direction = sort.descending ? t.catalog.descending : t.catalog.ascending;
  const money = (v: number | null, currency: string) =>
    v === null ? '—' : formatMoney(v, locale, currency);
  const percent = (v: number | null) => (v === null ? '—' : formatPercent(v, locale));
  return (
    <section className="panel" aria-labelledby="rows-title">
      <header className="panel-header">
        <h2 id="rows-title">{r.title}</h2>
        <a className="button button-small" href={csvUrl} download={csvName}>
          {r.download}
          <span className="visually-hidden">, {r.downloadHint(format.number(marketRows))}</span>
        </a>
      </header>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="rows-title">
        <table className="products quotes" aria-busy={busy}>
          <caption className="visually-hidden">
            {r.caption(r.columns[sort.field], direction)}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <SortableHeader
                  key={column.key}
                  label={r.columns[column.key]}
                  sorted={column.sortable && sort.field === column.key}
                  descending={sort.descending}
                  numeric={column.key !== 'last_updated'}
                  onSort={
                    column.sortable
                      ? () => {
                          onSort(column.key);
                        }
                      : undefined
                  }
                />
              ))}
            </tr>
          </thead>
          <tbody>
            {page.items.map((row) => (
              <tr key={`${row.symbol}-${row.convert}-${row.last_updated}`}>
                <td className="date">
                  <time dateTime={row.last_updated}>
                    {formatTime(row.last_updated, locale, true)}
                  </time>
                </td>
                <td className="numeric price">{money(row.price, row.convert)}</td>
                <td className="numeric">{money(row.volume_24h, row.convert)}</td>
                <td className="numeric">{money(row.market_cap, row.convert)}</td>
                <td className="numeric">{percent(row.percent_change_1h)}</td>
                <td className="numeric">{percent(row.percent_change_24h)}</td>
                <td className="numeric">{percent(row.percent_change_7d)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <nav className="pagination pages" aria-label={r.pagination}>
          <button
            type="button"
            className="button button-small"
            disabled={pageNumber <= 1}
            onClick={() => {
              onPage(pageNumber - 1);
            }}
          >
            <span aria-hidden="true">‹ </span>
            {r.previous}
          </button>
          <span className="page-of">
            {r.pageOf(format.number(pageNumber), format.number(pages))}
          </span>
          <button
            type="button"
            className="button button-small"
            disabled={pageNumber >= pages}
            onClick={() => {
              onPage(pageNumber + 1);
            }}
          >
            {r.next}
            <span aria-hidden="true"> ›</span>
          </button>
        </nav>
      ) : null}
    </section>
  );
}
