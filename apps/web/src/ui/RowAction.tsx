import type { ReactNode } from 'react';

/**
 * A small button in a table row. Its visible text is short ("Edit"); `label` names what it acts
 * on ("Edit btc-stale"), so a screen reader's list of buttons tells the rows apart.
 */
export function RowAction(props: {
  label: string;
  onClick: () => void;
  danger?: boolean;
  disabled?: boolean;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={props.danger ? 'button button-small button-danger-quiet' : 'button button-small'}
      aria-label={props.label}
      disabled={props.disabled}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}
