import type { Config } from './config.js';
import type { EnvName } from './env.js';

/**
 * What in the configuration is secret, and the masking every message and log line goes through:
 * whole secret variables, passwords in URLs (`postgres://user:***@host`), secret query
 * parameters (`?token=***`), bearer tokens, and the exact values of the configured secrets.
 */

export const MASK = '***';

/** Variables whose whole value is secret: a message names them, never shows them. */
export const SECRET_VARIABLES: ReadonlySet<EnvName> = new Set<EnvName>([
  'API_TOKEN',
  'CMC_API_KEY',
  'READONLY_PASSWORD',
  'USER_PASSWORD',
]);

// The classes stop at quotes and backslashes, so a mask applied to a JSON line stays inside the
// string it found the secret in.
const URL_PASSWORD = /\b([a-z][a-z0-9+.-]*:\/\/[^\s/?#@:"\\]*):([^\s/?#"\\]*)@/gi;
const SECRET_PARAMETER =
  /([?&;](?:[\w.-]*(?:pass(?:word)?|pwd|token|secret|api[_-]?key|signature|credential)[\w.-]*|key|sig|auth)=)[^&#\s"\\]*/gi;
const BEARER = /\b(bearer\s+)[^\s"\\,]+/gi;

/** Exact secrets shorter than this are left to the patterns: masking every "abc" helps no one. */
const MIN_EXACT_SECRET = 6;

/** `text` with every credential it shows masked; `secrets` are exact values to mask as well. */
export function maskSecrets(text: string, secrets: readonly string[] = []): string {
  let masked = text;
  // Longest first, so a secret containing another is masked whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length < MIN_EXACT_SECRET) continue;
    // The value itself, and as it appears inside a JSON string.
    for (const form of new Set([secret, JSON.stringify(secret).slice(1, -1)])) {
      masked = masked.split(form).join(MASK);
    }
  }
  return masked
    .replace(URL_PASSWORD, `$1:${MASK}@`)
    .replace(SECRET_PARAMETER, `$1${MASK}`)
    .replace(BEARER, `$1${MASK}`);
}

/**
 * The secret parts of a configuration value: all of it for a secret variable; otherwise the
 * password of what looks like a URL and the values of secret query parameters. The value may be
 * a mistyped URL no parser understands (a space or an `@` in the password), so the password is
 * what lies between the first `:` of the user information and the last `@`.
 */
function secretParts(name: EnvName, raw: string): string[] {
  if (SECRET_VARIABLES.has(name)) return [raw];
  const parts: string[] = [];
  const at = raw.lastIndexOf('@');
  const scheme = raw.indexOf('://');
  const start = scheme >= 0 && scheme < at ? scheme + 3 : 0;
  const colon = at > start ? raw.indexOf(':', start) : -1;
  if (colon >= 0 && colon < at && colon + 1 < at) parts.push(raw.slice(colon + 1, at));
  for (const match of raw.matchAll(SECRET_PARAMETER)) {
    const value = match[0].slice((match[1] ?? '').length);
    if (value !== '') parts.push(value);
  }
  return parts;
}

const maskParts = (text: string, parts: readonly string[]) =>
  [...parts]
    .sort((a, b) => b.length - a.length)
    .reduce((masked, part) => masked.split(part).join(MASK), text);

/**
 * A configuration problem as a message may show it: the value with its secret parts masked (a
 * secret variable's value not at all), and the same parts masked in the reason, which may quote
 * the value (a bad list item).
 */
export function describeProblem(name: EnvName, raw: string, reason: string): string {
  const parts = secretParts(name, raw);
  const shown = SECRET_VARIABLES.has(name) ? '<hidden>' : maskParts(raw, parts);
  return `${name}=${JSON.stringify(shown)} ${maskSecrets(maskParts(reason, parts))}`;
}

/** The password of a URL, as written and decoded; none when it has none or does not parse. */
function urlPasswords(url: string | undefined): string[] {
  if (url === undefined || !URL.canParse(url)) return [];
  const { password } = new URL(url);
  if (password === '') return [];
  try {
    return [password, decodeURIComponent(password)];
  } catch {
    return [password];
  }
}

/** Every secret value of a configuration, for masking them wherever they might be written. */
export function secretValues(config: Config): string[] {
  return [
    config.http.apiToken,
    config.cmc.apiKey,
    config.database.readonlyPassword,
    config.team.userPassword,
    ...urlPasswords(config.database.url),
    ...urlPasswords(config.database.readonlyUrl),
    ...urlPasswords(config.lake.s3Endpoint),
    ...urlPasswords(config.cmc.baseUrl),
    ...urlPasswords(config.http.apiUrl),
  ].filter((value): value is string => value !== undefined && value !== '');
}
