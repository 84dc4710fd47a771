import { sql, type SQL } from 'drizzle-orm';
import type { SeriesKey } from './series-key.js';

/**
 * SQL pieces the quote reads share. Times leave as ISO 8601 UTC text, formatted by the database
 * the same on PGlite and on a server; times enter as ISO text cast to timestamptz.
 */

export const iso = (column: SQL) =>
  sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
export const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
export const inSeries = ({ symbol, convert }: SeriesKey) =>
  sql`symbol = ${symbol} and convert = ${convert}`;
