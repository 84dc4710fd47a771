interface Props {
  label: string;
  /** This column is the table's sort. */
  sorted: boolean;
  descending: boolean;
  numeric?: boolean;
  /** Unset: the column cannot be sorted, and the header is plain text. */
  onSort?: (() => void) | undefined;
}

/** A column header that sorts its table: a button, the direction shown and told by aria-sort. */
export function SortableHeader({ label, sorted, descending, numeric = false, onSort }: Props) {
  return (
    <th
      scope="col"
      className={numeric ? 'numeric' : undefined}
      aria-sort={sorted ? (descending ? 'descending' : 'ascending') : undefined}
    >
      {onSort ? (
        <button type="button" className="sort-button" onClick={onSort}>
          {label}
          <span className={`sort-mark${sorted ? ' sort-active' : ''}`} aria-hidden="true">
            {sorted ? (descending ? '▼' : '▲') : '↕'}
          </span>
        </button>
      ) : (
        label
      )}
    </th>
  );
}
