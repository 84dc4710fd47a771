import { SortableHeader } from '../ui/SortableHeader';
import type { Product } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../router/Link';
import { RELEVANCE, type Sort, type SortField } from './catalog-url';
import { Highlight } from './Highlight';

interface Props {
  products: Product[];
  sort: Sort;
  /** The search whose matched words are marked in names and descriptions. */
  q: string;
  onSort: (field: SortField) => void;
  /** Absent for a viewer: no Delete button, and Edit reads View. */
  onDelete?: ((product: Product) => void) | undefined;
  /** Where the edit form returns to: this very view of the catalog. */
  from: string;
  busy: boolean;
  /**
   * The view whose rows are shown, for tests and the benchmark; undefined while the rows are
   * still those of the previous view.
   */
  queryKey: string | undefined;
}

type Column = { key: SortField | 'email_fornecedor'; sortable: boolean; numeric?: boolean };

const COLUMNS: Column[] = [
  { key: 'id', sortable: true, numeric: true },
  { key: 'name', sortable: true },
  { key: 'categoria', sortable: true },
  { key: 'price', sortable: true, numeric: true },
  { key: 'email_fornecedor', sortable: false },
  { key: 'created_at', sortable: true },
];

export function ProductTable({ products, sort, q, onSort, onDelete, from, busy, queryKey }: Props) {
  const { t, format, categoryLabel } = useI18n();
  const columnName = (key: Column['key']) => t.catalog.columns[key];
  const direction = sort.descending ? t.catalog.descending : t.catalog.ascending;
  return (
    <div className="table-scroll">
      <table className="products" aria-busy={busy} data-query={queryKey}>
        <caption className="visually-hidden">
          {sort.field === RELEVANCE
            ? t.catalog.captionRelevance
            : t.catalog.caption(columnName(sort.field), direction)}
        </caption>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <SortableHeader
                key={column.key}
                label={columnName(column.key)}
                sorted={column.sortable && sort.field === column.key}
                descending={sort.descending}
                numeric={column.numeric ?? false}
                onSort={
                  column.sortable
                    ? () => {
                        onSort(column.key as SortField);
                      }
                    : undefined
                }
              />
            ))}
            <th scope="col">
              <span className="visually-hidden">{t.catalog.columns.actions}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {products.map((product) => (
            <tr key={product.id}>
              <td className="numeric muted">{product.id}</td>
              <td className="product-name">
                <span className="name">
                  <Highlight text={product.name} q={q} />
                </span>
                {product.description ? (
                  <span className="description">
                    <Highlight text={product.description} q={q} clip />
                  </span>
                ) : null}
              </td>
              <td>{categoryLabel(product.categoria)}</td>
              <td className="numeric price">{format.money(product.price)}</td>
              <td className="email">{product.email_fornecedor}</td>
              <td className="date">
                <time dateTime={product.created_at}>{format.dateTime(product.created_at)}</time>
              </td>
              <td className="actions">
                <Link
                  to={`/products/${product.id}`}
                  state={{ from }}
                  className="button button-small"
                  aria-label={
                    onDelete ? t.catalog.editNamed(product.name) : t.team.viewNamed(product.name)
                  }
                >
                  {onDelete ? t.catalog.edit : t.team.view}
                </Link>
                {onDelete ? (
                  <button
                    type="button"
                    className="button button-small button-danger-quiet"
                    aria-label={t.catalog.deleteNamed(product.name)}
                    onClick={() => {
                      onDelete(product);
                    }}
                  >
                    {t.catalog.delete}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
