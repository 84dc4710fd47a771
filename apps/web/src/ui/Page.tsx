import type { ReactNode } from 'react';
import { ErrorLine } from './ErrorLine';

/**
 * A page: its title (the focus target after navigation), optional actions beside it, a failure
 * notice of the page's own actions, then its content.
 */
export function Page(props: {
  title: string;
  actions?: ReactNode;
  error?: string | undefined;
  /** A single column, for forms such as signing in. */
  narrow?: boolean;
  children: ReactNode;
}) {
  return (
    <section className={props.narrow ? 'page page-narrow' : 'page'} aria-labelledby="page-title">
      <header className="page-header">
        <h1 id="page-title" tabIndex={-1}>
          {props.title}
        </h1>
        {props.actions ? <div className="page-actions">{props.actions}</div> : null}
      </header>
      <ErrorLine error={props.error} notice />
      {props.children}
    </section>
  );
}
