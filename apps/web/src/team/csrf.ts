/**
 * The CSRF token the api gave at sign-in, read from its `cais_csrf` cookie: readable by this
 * page's script (and no other site's), so echoing it proves a write comes from this app.
 */
export const CSRF_COOKIE = 'cais_csrf';
export const CSRF_HEADER = 'x-csrf-token';

export function csrfToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

/** After the api said the session ended: forget its CSRF cookie, so the page stops asking. */
export function forgetCsrfToken(): void {
  document.cookie = `${CSRF_COOKIE}=; Max-Age=0; path=/; SameSite=Strict`;
}
