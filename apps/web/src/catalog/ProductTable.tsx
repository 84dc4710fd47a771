import { SortableHeader } from '../ui/SortableHeader';
import type { Product } from '../api/types';
import { useI18n } from '../i18n/I18nProvider';
import { Link } from '../router/Link';
import type { Sort, SortField } from './catalog-url';

interface Props {
  products: Product[];
  sort: Sort;
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

export function ProductTable({ products, sort, onSort, onDelete, from, busy, queryKey }: Props) {
  const { t, format, categoryLabel } = useI18n();
  const columnName = (key: Column['key']) => t.catalog.columns[key];
  const direction = sort.descending ? t.catalog.descending : t.catalog.ascending;
  return (
    <div className="table-scroll">
      <table className="products" aria-busy={busy} data-query={queryKey}>
        <caption className="visually-hidden">
          {t.catalog.caption(columnName(sort.field), direction)}
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
                <span className="name">{product.name}</span>
                {product.description ? (
                  <span className="description">{product.description}</span>
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
