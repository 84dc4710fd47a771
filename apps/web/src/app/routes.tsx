import { lazy, Suspense, type ReactNode } from 'react';
import { AlertsPage } from '../alerts/AlertsPage';
import { CatalogPage } from '../catalog/CatalogPage';
import { ImportPage } from '../catalog/import/ImportPage';
import { EditProductPage, NewProductPage } from '../catalog/ProductFormPage';
import { useI18n } from '../i18n/I18nProvider';
import type { Messages } from '../i18n/messages.en';
import { AccountPage } from '../team/AccountPage';
import { LoginPage } from '../team/LoginPage';
import type { Permissions } from '../team/session';
import { UsersPage } from '../team/UsersPage';
import { TrashPage } from '../trash/TrashPage';
import { Loading } from '../ui/Loading';

// The dashboard (and uPlot) load in their own chunk: the catalog never pays for them.
const DashboardPage = lazy(() =>
  import('../dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);

function PageLoading() {
  const { t } = useI18n();
  return <Loading text={t.dashboard.loading} />;
}

/**
 * The pages of the app. A heavy page (the price dashboard, the home page)
 * belongs here as a `lazy()` import, so the catalog's initial JavaScript stays small.
 */
export interface Route {
  pattern: RegExp;
  render: (match: RegExpMatchArray) => ReactNode;
}

export const ROUTES: Route[] = [
  {
    pattern: /^\/dashboard\/?$/,
    render: () => (
      <Suspense fallback={<PageLoading />}>
        <DashboardPage />
      </Suspense>
    ),
  },
  { pattern: /^\/products\/?$/, render: () => <CatalogPage /> },
  { pattern: /^\/products\/new\/?$/, render: () => <NewProductPage /> },
  { pattern: /^\/products\/import\/?$/, render: () => <ImportPage /> },
  {
    pattern: /^\/products\/(\d{1,10})\/?$/,
    render: (match) => <EditProductPage id={Number(match[1])} />,
  },
  { pattern: /^\/login\/?$/, render: () => <LoginPage /> },
  { pattern: /^\/trash\/?$/, render: () => <TrashPage /> },
  { pattern: /^\/users\/?$/, render: () => <UsersPage /> },
  { pattern: /^\/alerts\/?$/, render: () => <AlertsPage /> },
  { pattern: /^\/account\/?$/, render: () => <AccountPage /> },
];

/** Where `/` leads. */
export const HOME = '/dashboard';

/** The main navigation; a section is current for every path under its prefix. */
export interface NavItem {
  to: string;
  prefix: string;
  label: (t: Messages) => string;
  /** Shown only to who may use it (the api refuses the others anyway). */
  shown?: (can: Permissions) => boolean;
}

export const NAV: NavItem[] = [
  { to: '/dashboard', prefix: '/dashboard', label: (t) => t.nav.dashboard },
  { to: '/products', prefix: '/products', label: (t) => t.nav.catalog },
  {
    to: '/trash',
    prefix: '/trash',
    label: (t) => t.team.nav.trash,
    shown: (can) => can.edit && can.history,
  },
  {
    to: '/alerts',
    prefix: '/alerts',
    label: (t) => t.alerts.nav,
    shown: (can) => can.history || !can.signIn,
  },
  { to: '/users', prefix: '/users', label: (t) => t.team.nav.admin, shown: (can) => can.admin },
];

export function matchRoute(pathname: string): ReactNode | undefined {
  for (const route of ROUTES) {
    const match = pathname.match(route.pattern);
    if (match) return route.render(match);
  }
  return undefined;
}
