import type { ReactNode } from 'react';
import { CatalogPage } from '../catalog/CatalogPage';
import { EditProductPage, NewProductPage } from '../catalog/ProductFormPage';
import type { Messages } from '../i18n/messages.en';

/**
 * The pages of the app. A page that is heavy and not the landing page (the price dashboard)
 * belongs here as a `lazy()` import, so the catalog's initial JavaScript stays small.
 */
export interface Route {
  pattern: RegExp;
  render: (match: RegExpMatchArray) => ReactNode;
}

export const ROUTES: Route[] = [
  { pattern: /^\/products\/?$/, render: () => <CatalogPage /> },
  { pattern: /^\/products\/new\/?$/, render: () => <NewProductPage /> },
  {
    pattern: /^\/products\/(\d{1,10})\/?$/,
    render: (match) => <EditProductPage id={Number(match[1])} />,
  },
];

/** Where `/` leads. */
export const HOME = '/products';

/** The main navigation; a section is current for every path under its prefix. */
export interface NavItem {
  to: string;
  prefix: string;
  label: (t: Messages) => string;
}

export const NAV: NavItem[] = [
  { to: '/products', prefix: '/products', label: (t) => t.nav.catalog },
];

export function matchRoute(pathname: string): ReactNode | undefined {
  for (const route of ROUTES) {
    const match = pathname.match(route.pattern);
    if (match) return route.render(match);
  }
  return undefined;
}
