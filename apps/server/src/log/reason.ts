import { driverError } from '../db/errors.js';

/** The longest reason stored in etl_runs.error or lake_rejects.reason, and served by the API. */
export const MAX_REASON_CHARS = 300;

/**
 * A short human reason for an error, to store and to show: the first line of the innermost
 * driver message (never drizzle's "Failed query: <sql> params: <every value>"), cut to
 * MAX_REASON_CHARS. The whole error belongs in the log at debug level.
 */
export function shortReason(error: unknown, max = MAX_REASON_CHARS): string {
  const coded = driverError(error) as { message?: unknown } | undefined;
  const text =
    typeof coded?.message === 'string' && coded.message !== ''
      ? coded.message
      : error instanceof Error
        ? error.message
        : String(error);
  return clip(text.split('\n')[0] ?? '', max);
}

/** `text`, cut to `max` characters with an ellipsis. */
export function clip(text: string, max = MAX_REASON_CHARS): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
