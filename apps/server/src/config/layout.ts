import type { Shaped } from '@cais/input-kit';
import type { ENV, EnvValues } from './env.js';

/**
 * Where each variable goes in the configuration object; its type follows from ENV's schemas.
 * A variable with a default is always set, one without may be `undefined`.
 */
export const CONFIG_LAYOUT = {
  database: {
    url: 'DATABASE_URL',
    /** A read-only login the web role serves the dashboard routes from. */
    readonlyUrl: 'DATABASE_READONLY_URL',
    readonlyPassword: 'READONLY_PASSWORD',
    pgliteDir: 'PGLITE_DIR',
    poolSize: 'DATABASE_POOL_SIZE',
    waitSeconds: 'DATABASE_WAIT_SECONDS',
  },
  lake: { url: 'LAKE_URL', s3Endpoint: 'S3_ENDPOINT', s3ForcePathStyle: 'S3_FORCE_PATH_STYLE' },
  cmc: { apiKey: 'CMC_API_KEY', baseUrl: 'CMC_BASE_URL' },
  etl: { symbols: 'ETL_SYMBOLS', convert: 'ETL_CONVERT', schedule: 'ETL_SCHEDULE' },
  http: {
    host: 'HOST',
    apiPort: 'API_PORT',
    webPort: 'WEB_PORT',
    apiUrl: 'API_URL',
    apiToken: 'API_TOKEN',
    corsOrigins: 'CORS_ORIGINS',
    trustProxy: 'TRUST_PROXY',
  },
  team: {
    catalogReads: 'CATALOG_READS',
    trashDays: 'TRASH_DAYS',
    sessionIdleMinutes: 'SESSION_IDLE_MINUTES',
    sessionMaxHours: 'SESSION_MAX_HOURS',
    /** For `cais users add|reset-password` only. */
    userPassword: 'USER_PASSWORD',
  },
  alerts: {
    dashboardUrl: 'DASHBOARD_URL',
    repeat: 'ALERT_REPEAT',
    slackWebhookUrl: 'ALERT_SLACK_WEBHOOK_URL',
    telegramBotToken: 'ALERT_TELEGRAM_BOT_TOKEN',
    telegramChatId: 'ALERT_TELEGRAM_CHAT_ID',
    telegramApiUrl: 'ALERT_TELEGRAM_API_URL',
    webhookUrl: 'ALERT_WEBHOOK_URL',
    snsTopicArn: 'ALERT_SNS_TOPIC_ARN',
    snsEndpoint: 'ALERT_SNS_ENDPOINT',
  },
  metrics: { enabled: 'METRICS', port: 'METRICS_PORT', token: 'METRICS_TOKEN' },
  logLevel: 'LOG_LEVEL',
} as const satisfies ConfigLayout;

type ConfigLayout = { readonly [key: string]: keyof typeof ENV | ConfigLayout };

export type Config = Shaped<typeof CONFIG_LAYOUT, EnvValues>;
