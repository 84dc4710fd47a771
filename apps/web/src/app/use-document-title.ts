import { useEffect } from 'react';

/** The tab's title names the page, as screen readers announce it on navigation. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · cais`;
  }, [title]);
}
