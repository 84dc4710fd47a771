import { driverError } from '../db/errors.js';

/** The longest reason stored in etl_runs.error or lake_rejects.reason, and served by the API. */
export const MAX_REASON_CHARS = 300;

/**
 * A short human reason for an error, to store and to show: the first line of its message, or of
 * the driver's for a failed query (never drizzle's "Failed query: <sql> params: <every value>"),
 * cut to MAX_REASON_CHARS. The whole error belongs in the log at debug level.
 */
export function shortReason(error: unknown, max = MAX_REASON_CHARS): string {
  const own = error instanceof Error ? error.message : String(error);
  let text = own;
  // drizzle wraps the driver's error in "Failed query: <sql> params: <every value>".
  if (own.startsWith('Failed query')) {
    const coded = driverError(error) as { message?: unknown } | undefined;
    text =
      typeof coded?.message === 'string' && coded.message !== ''
        ? coded.message
        : 'the database refused the query';
  }
  return clip(text.split('\n')[0] ?? '', max);
}

/** `text`, cut to `max` characters with an ellipsis. */
export function clip(text: string, max = MAX_REASON_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
