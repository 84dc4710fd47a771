import type { Logger } from 'pino';
import { driverError } from '../db/errors.js';

/** Past this, a message is a dump (a failed query's SQL), not something a person reads. */
const MAX_LENGTH = 300;

export interface FailureOutput {
  log: Logger;
  /** The short line for a person, on stderr. */
  write: (text: string) => void;
  /** The JSON (or, on a terminal, pretty) log line with the stack too. */
  verbose: boolean;
}

/** The JSON log line is for machines (stdout not a terminal) and for LOG_LEVEL=debug. */
export const wantsVerboseFailure = (level: string, stdoutIsTerminal: boolean): boolean =>
  !stdoutIsTerminal || level === 'debug' || level === 'trace';

/**
 * One line a person can act on. An expected failure's message is written for people already; an
 * unexpected one is cut to its first line, and a database error shows the server's own words
 * (drizzle wraps it in "Failed query: <the whole SQL>").
 */
export function humanMessage(error: unknown, expected: boolean): string {
  if (expected) return (error as Error).message;
  const coded = driverError(error) as { message?: unknown; code?: unknown } | undefined;
  const database = typeof coded?.message === 'string' && /^[0-9A-Z]{5}$/.test(String(coded.code));
  const raw = database
    ? `the database refused: ${String(coded.message)} (SQLSTATE ${String(coded.code)})`
    : error instanceof Error
      ? error.message
      : String(error);
  const line = raw.split('\n')[0] ?? '';
  return line.length > MAX_LENGTH ? `${line.slice(0, MAX_LENGTH)}…` : line;
}

/** Reports a failed command: always one human line; the full log line when `verbose`. */
export function reportFailure(error: unknown, expected: boolean, output: FailureOutput): void {
  const message = humanMessage(error, expected);
  if (output.verbose) {
    if (expected) output.log.fatal(message);
    else output.log.fatal({ err: error }, message);
  }
  const hint = expected || output.verbose ? '' : ' (LOG_LEVEL=debug shows the details)';
  output.write(`cais: ${message}${hint}\n`);
}
