import type { ReactNode } from 'react';

/**
 * A plain table of records (users, tokens, the trash, alert rules): a caption for screen readers,
 * column headers, then the rows the caller renders. `null` columns are left out (an actions
 * column the caller may not use).
 */
export function ListTable(props: {
  caption: string;
  columns: ReactNode[];
  testId?: string;
  children: ReactNode;
}) {
  return (
    <table className="products team-table" data-testid={props.testId}>
      <caption className="visually-hidden">{props.caption}</caption>
      <thead>
        <tr>
          {props.columns.map((column, index) =>
            column === null ? null : (
              <th scope="col" key={index}>
                {column}
              </th>
            ),
          )}
        </tr>
      </thead>
      <tbody>{props.children}</tbody>
    </table>
  );
}
