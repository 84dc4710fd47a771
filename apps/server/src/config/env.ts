import {
  boolean,
  check,
  inputsFor,
  integer,
  list,
  matching,
  oneOf,
  text,
  url,
  type Values,
} from '@cais/input-kit';
import { Cron } from 'croner';

/**
 * The environment variables cais reads: the stable interface of ARCHITECTURE.md section 3.
 * This table is the single source for parsing, the `Config` type (config.ts), which values are
 * secret (secrets.ts), `cais --help`, and the README table and .env.example
 * (`npm run docs:config` writes both). To add a variable: add it here, place it in config.ts's
 * layout, and run `npm run docs:config`.
 */
const env = inputsFor({ booleanWords: true, groupDigits: false });

const postgresUrl = url(['postgres', 'postgresql']);
const httpUrl = url(['http', 'https']);
const port = integer(1, 65535);

const cron = check(
  text(),
  (raw) => cronProblem(raw) === undefined,
  (raw) => `must be a cron expression (${cronProblem(raw) ?? ''})`,
);

function cronProblem(raw: string): string | undefined {
  try {
    new Cron(raw, { paused: true, timezone: 'UTC' }).stop();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

const S3_BUCKET_URL = /^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9](\/.*)?$/;
const lakeUrl = check(
  check(
    text(),
    (raw) => !raw.startsWith('s3://') || S3_BUCKET_URL.test(raw),
    'must be a folder or s3://bucket/prefix with a valid bucket name',
  ),
  (raw) => !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) || /^(s3|file):\/\//.test(raw),
  'must be a folder, file://path or s3://bucket/prefix',
);

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export const ENV = {
  DATABASE_URL: env(
    'PostgreSQL server (`postgres://user:pass@host:5432/db`); unset: embedded PGlite in `PGLITE_DIR`',
    undefined,
    postgresUrl,
  ),
  DATABASE_READONLY_URL: env(
    'A read-only login (see `cais db readonly-login`); when set, `cais web` serves `/api/prices` and `/api/pipeline` from it itself instead of forwarding them',
    undefined,
    postgresUrl,
  ),
  READONLY_PASSWORD: env(
    'Password `cais db readonly-login <user>` gives the login (12 characters or more; never a flag)',
    undefined,
    text({ minLength: 12 }),
    { secret: true },
  ),
  PGLITE_DIR: env(
    'Embedded database folder (`memory://` keeps it in memory). One process at a time may open it.',
    './data/pglite',
    text(),
  ),
  DATABASE_POOL_SIZE: env('Connections in the PostgreSQL server pool', '10', integer(1, 1000)),
  DATABASE_WAIT_SECONDS: env(
    'How long commands wait for an unreachable PostgreSQL server at start (it may still be booting)',
    '30',
    integer(0, 3600),
  ),
  LAKE_URL: env('Data lake: a folder, or `s3://bucket/prefix`', './data/lake', lakeUrl),
  S3_ENDPOINT: env('S3-compatible endpoint (MinIO, s3rver); unset: AWS', undefined, httpUrl),
  S3_FORCE_PATH_STYLE: env(
    'Path-style S3 addressing (most S3-compatible stores)',
    'false',
    boolean(),
  ),
  CMC_API_KEY: env('CoinMarketCap API key; unset: the ETL stays idle', undefined, text(), {
    secret: true,
  }),
  CMC_BASE_URL: env(
    'CoinMarketCap API base URL (a test server, the sandbox)',
    'https://pro-api.coinmarketcap.com',
    httpUrl,
  ),
  ETL_SYMBOLS: env(
    'Comma-separated coin symbols',
    'BTC',
    list(matching(/^[A-Z0-9]{1,20}$/, 'an upper-case symbol such as BTC')),
  ),
  ETL_CONVERT: env(
    'Quote currency (a CoinMarketCap `convert` code)',
    'BRL',
    matching(/^[A-Z0-9]{2,10}$/, 'a currency code such as BRL'),
  ),
  ETL_SCHEDULE: env('Extraction schedule, cron expression in UTC', '*/5 * * * *', cron),
  HOST: env('Listen address (containers: `0.0.0.0`)', '127.0.0.1', text()),
  API_PORT: env('Catalog API port', '8000', port),
  WEB_PORT: env('Web UI port', '8501', port),
  API_URL: env('Where `web` forwards `/api`', 'http://127.0.0.1:8000', httpUrl),
  API_TOKEN: env(
    'When set (16 characters or more), write requests need `Authorization: Bearer <token>`; reads stay open',
    undefined,
    text({ minLength: 16 }),
    { secret: true },
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
    boolean(),
  ),
  USER_PASSWORD: env(
    'Password that `cais users add|reset-password` sets (never a flag); unset: read from standard input',
    undefined,
    text(),
    { secret: true },
  ),
  CORS_ORIGINS: env(
    'Comma-separated browser origins allowed to call the API; unset: same origin only',
    '',
    list(matching(/^https?:\/\/[^/\s]+$/, 'an origin such as https://example.com')),
  ),
  DASHBOARD_URL: env(
    'Address people open the web UI at: the links in alert messages point there',
    'http://localhost:8501',
    httpUrl,
  ),
  ALERT_REPEAT: env(
    'A firing alert is sent again at most this often (`30m`, `4h`, `1d`; `0`: never)',
    '4h',
    matching(/^(0|\d{1,6}[smhd])$/, 'a duration such as 30m, 4h or 1d, or 0'),
  ),
  ALERT_SLACK_WEBHOOK_URL: env(
    'Slack incoming webhook alerts are posted to (docs/alerts.md)',
    undefined,
    httpUrl,
    { secret: true },
  ),
  ALERT_TELEGRAM_BOT_TOKEN: env(
    'Telegram bot token alerts are sent with (sendMessage); needs `ALERT_TELEGRAM_CHAT_ID`',
    undefined,
    matching(/^\d+:[\w-]+$/, 'a bot token such as 123456:ABC-DEF'),
    { secret: true },
  ),
  ALERT_TELEGRAM_CHAT_ID: env(
    'Telegram chat the bot writes to (a number, or @channel)',
    undefined,
    matching(/^(-?\d+|@\w{4,})$/, 'a chat id such as -1001234 or @channel'),
  ),
  ALERT_TELEGRAM_API_URL: env(
    'Telegram Bot API address (a test server); the token goes in its path',
    'https://api.telegram.org',
    httpUrl,
  ),
  ALERT_WEBHOOK_URL: env(
    'Any URL alerts are POSTed to as a generic JSON body (docs/alerts.md)',
    undefined,
    httpUrl,
    { secret: true },
  ),
  ALERT_SNS_TOPIC_ARN: env(
    'SNS topic alerts are published to (e-mail subscriptions), with the AWS credentials of the process',
    undefined,
    matching(/^arn:aws[\w-]*:sns:[\w-]+:\d{12}:[\w-]{1,256}$/, 'an SNS topic ARN'),
  ),
  ALERT_SNS_ENDPOINT: env('SNS endpoint (a local stand-in); unset: AWS', undefined, httpUrl),
  METRICS: env(
    'Prometheus metrics at `/metrics` on the api and web servers, and on `METRICS_PORT` for the etl worker (README, Operations); `false` turns them off',
    'true',
    boolean(),
  ),
  METRICS_PORT: env(
    "Port of the etl worker's metrics (`cais etl schedule`), on `HOST`; unset: the worker serves none (the api and web serve theirs on their own port)",
    undefined,
    port,
  ),
  METRICS_TOKEN: env(
    'When set (16 characters or more), `/metrics` needs `Authorization: Bearer <token>`; unset: open, like `/health`',
    undefined,
    text({ minLength: 16 }),
    { secret: true },
  ),
  LOG_LEVEL: env(
    'Log level (`fatal`, `error`, `warn`, `info`, `debug`, `trace`, `silent`); logs are JSON lines, readable on a terminal',
    'info',
    oneOf(LOG_LEVELS),
  ),
} as const;

export type EnvName = keyof typeof ENV;

/** The value of every variable, typed by its schema. */
export type EnvValues = Values<typeof ENV>;
