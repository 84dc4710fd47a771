import { Cron } from 'croner';

/**
 * The environment variables cais reads: the stable interface of ARCHITECTURE.md section 3.
 * This table is the single source for parsing, for `cais --help` and for the README table.
 */
type Parser<T> = (raw: string) => T;

export interface EnvVar<T> {
  description: string;
  /** Shown in docs; `undefined` means the variable is optional with no default. */
  default: string | undefined;
  parse: Parser<T>;
}

/** Thrown by a parser with a message completing "NAME ..." */
export class InvalidValue extends Error {}

const text: Parser<string> = (raw) => raw;

const integer =
  (min: number, max: number): Parser<number> =>
  (raw) => {
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      throw new InvalidValue(`must be an integer from ${min} to ${max}`);
    }
    return Number(raw);
  };

const boolean: Parser<boolean> = (raw) => {
  const value = raw.toLowerCase();
  if (['1', 'true', 'yes'].includes(value)) return true;
  if (['0', 'false', 'no', ''].includes(value)) return false;
  throw new InvalidValue('must be true or false');
};

const url =
  (protocols: string[]): Parser<string> =>
  (raw) => {
    let parsed: URL;
    try {
      parsed = new URL(raw);
    } catch {
      throw new InvalidValue(`must be a URL (${protocols.join(' or ')})`);
    }
    if (!protocols.includes(parsed.protocol.slice(0, -1))) {
      throw new InvalidValue(`must be a URL (${protocols.join(' or ')})`);
    }
    return raw;
  };

const list =
  (item: RegExp, what: string): Parser<string[]> =>
  (raw) => {
    const items = raw
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const bad = items.find((s) => !item.test(s));
    if (bad !== undefined) throw new InvalidValue(`has ${JSON.stringify(bad)}: must be ${what}`);
    return items;
  };

const oneOf =
  <const T extends string>(values: readonly T[]): Parser<T> =>
  (raw) => {
    if (!(values as readonly string[]).includes(raw)) {
      throw new InvalidValue(`must be one of ${values.join(', ')}`);
    }
    return raw as T;
  };

const cron: Parser<string> = (raw) => {
  try {
    new Cron(raw, { paused: true, timezone: 'UTC' }).stop();
  } catch (error) {
    throw new InvalidValue(`must be a cron expression (${(error as Error).message})`);
  }
  return raw;
};

const lakeUrl: Parser<string> = (raw) => {
  if (raw.startsWith('s3://')) {
    if (!/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/.test(raw)) {
      throw new InvalidValue('must be a folder or s3://bucket/prefix with a valid bucket name');
    }
  } else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !raw.startsWith('file://')) {
    throw new InvalidValue('must be a folder, file://path or s3://bucket/prefix');
  }
  return raw;
};

const port = integer(1, 65535);

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const env = <T>(description: string, defaultValue: string | undefined, parse: Parser<T>) =>
  ({ description, default: defaultValue, parse }) satisfies EnvVar<T>;

export const ENV = {
  DATABASE_URL: env(
    'PostgreSQL server (`postgres://user:pass@host:5432/db`); unset: embedded PGlite in `PGLITE_DIR`',
    undefined,
    url(['postgres', 'postgresql']),
  ),
  DATABASE_READONLY_URL: env(
    'Read-only PostgreSQL login (`postgres://dashboard:pass@host:5432/db`); when set, `web` serves `/api/prices` and `/api/pipeline` from it instead of forwarding them',
    undefined,
    url(['postgres', 'postgresql']),
  ),
  READONLY_PASSWORD: env(
    'Password that `cais db readonly-login <user>` gives the read-only login (never a flag)',
    undefined,
    (raw) => {
      if (raw.length < 12) throw new InvalidValue('must be at least 12 characters');
      return raw;
    },
  ),
  PGLITE_DIR: env(
    'Embedded database folder (`memory://` keeps it in memory)',
    './data/pglite',
    text,
  ),
  DATABASE_POOL_SIZE: env('Connections in the PostgreSQL server pool', '10', integer(1, 1000)),
  DATABASE_WAIT_SECONDS: env(
    'How long commands wait for an unreachable PostgreSQL server at start (it may still be booting)',
    '30',
    integer(0, 3600),
  ),
  LAKE_URL: env('Data lake: a folder, or `s3://bucket/prefix`', './data/lake', lakeUrl),
  S3_ENDPOINT: env(
    'S3-compatible endpoint (MinIO, s3rver); unset: AWS',
    undefined,
    url(['http', 'https']),
  ),
  S3_FORCE_PATH_STYLE: env(
    'Path-style S3 addressing (most S3-compatible stores)',
    'false',
    boolean,
  ),
  CMC_API_KEY: env('CoinMarketCap API key; unset: the ETL stays idle', undefined, text),
  CMC_BASE_URL: env(
    'CoinMarketCap API base URL (a test server, the sandbox)',
    'https://pro-api.coinmarketcap.com',
    url(['http', 'https']),
  ),
  ETL_SYMBOLS: env(
    'Comma-separated coin symbols',
    'BTC',
    list(/^[A-Z0-9]{1,20}$/, 'an upper-case symbol such as BTC'),
  ),
  ETL_CONVERT: env('Quote currency (a CoinMarketCap `convert` code)', 'BRL', (raw) => {
    if (!/^[A-Z0-9]{2,10}$/.test(raw))
      throw new InvalidValue('must be a currency code such as BRL');
    return raw;
  }),
  ETL_SCHEDULE: env('Extraction schedule, cron expression in UTC', '*/5 * * * *', cron),
  HOST: env('Listen address (containers: 0.0.0.0)', '127.0.0.1', text),
  API_PORT: env('Catalog API port', '8000', port),
  WEB_PORT: env('Web UI port', '8501', port),
  API_URL: env('Where `web` forwards `/api`', 'http://127.0.0.1:8000', url(['http', 'https'])),
  API_TOKEN: env(
    'When set, write requests need `Authorization: Bearer <token>`',
    undefined,
    (raw) => {
      if (raw.length < 16) throw new InvalidValue('must be at least 16 characters');
      return raw;
    },
  ),
  CATALOG_READS: env(
    'Who may read the catalog: `public` (anyone, as before) or `signed-in` (a user, a token or API_TOKEN)',
    'public',
    oneOf(['public', 'signed-in'] as const),
  ),
  TRASH_DAYS: env(
    'Days a deleted product stays in the trash before it is purged for good',
    '30',
    integer(1, 3650),
  ),
  SESSION_IDLE_MINUTES: env(
    'A browser session ends after this many minutes without a request',
    '60',
    integer(1, 10080),
  ),
  SESSION_MAX_HOURS: env(
    'A browser session ends this many hours after sign-in, however active',
    '12',
    integer(1, 720),
  ),
  TRUST_PROXY: env(
    'Behind a load balancer: trust its X-Forwarded-For/-Proto (client address for sign-in limits, Secure cookies over HTTPS)',
    'false',
    boolean,
  ),
  USER_PASSWORD: env(
    'Password that `cais users add|reset-password` sets (never a flag); unset: read from standard input',
    undefined,
    text,
  ),
  CORS_ORIGINS: env(
    'Comma-separated browser origins allowed to call the API; unset: same origin only',
    undefined,
    list(/^https?:\/\/[^/\s]+$/, 'an origin such as https://example.com'),
  ),
  LOG_LEVEL: env('Log level', 'info', oneOf(LOG_LEVELS)),
} as const;

export type EnvName = keyof typeof ENV;
