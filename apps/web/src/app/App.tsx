import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/I18nProvider';
import { LOCALE_NAMES, LOCALES, type Locale } from '../i18n/locale';
import { navigate, useLocation } from '../router/history';
import { Link } from '../router/Link';
import { usePermissions } from '../team/session';
import { useSessionGuard } from '../team/session-guard';
import { UserMenu } from '../team/UserMenu';
import { ApiStatusBanner } from './ApiStatusBanner';
import { HOME, NAV, matchRoute } from './routes';
import { useDocumentTitle } from './use-document-title';

/** The shell: skip link, header with navigation and language, the api banner, the page. */
export function App() {
  const { t, locale, setLocale } = useI18n();
  const { pathname } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);
  const can = usePermissions();
  useSessionGuard();

  // `/?refresh=5` keeps its parameters on the way to the home page.
  useEffect(() => {
    if (pathname === '/') navigate(`${HOME}${window.location.search}`, { replace: true });
  }, [pathname]);

  // After a navigation, focus moves to the new page's heading, as a page load would put it.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [pathname]);

  const page = matchRoute(pathname) ?? (pathname === '/' ? null : <NotFound />);

  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <header className="app-header">
        <Link to={HOME} className="brand">
          cais <span className="brand-tagline">{t.tagline}</span>
        </Link>
        <nav aria-label={t.nav.label} className="app-nav">
          {NAV.filter((item) => item.shown?.(can) ?? true).map((item) => (
            <Link
              key={item.to}
              to={item.to}
              aria-current={pathname.startsWith(item.prefix) ? 'page' : undefined}
            >
              {item.label(t)}
            </Link>
          ))}
        </nav>
        <UserMenu />
        <label className="language">
          <span className="visually-hidden">{t.language}</span>
          <select
            value={locale}
            aria-label={t.language}
            onChange={(event) => {
              setLocale(event.target.value as Locale);
            }}
          >
            {LOCALES.map((code) => (
              <option key={code} value={code} lang={code}>
                {LOCALE_NAMES[code]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <ApiStatusBanner />
      <main id="main" ref={main} tabIndex={-1}>
        {page}
      </main>
    </>
  );
}

function NotFound() {
  const { t } = useI18n();
  useDocumentTitle(t.notFound.title);
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title" tabIndex={-1}>
        {t.notFound.title}
      </h1>
      <p>{t.notFound.text}</p>
      <Link to={HOME}>{t.notFound.back}</Link>
    </section>
  );
}
