/** Recognises driver errors by SQLSTATE, through drizzle's DrizzleQueryError wrapper. */

interface CodedError {
  code?: unknown;
  constraint?: unknown;
  cause?: unknown;
}

/** The innermost error that carries a code (pg, PGlite and Node network errors all do). */
export function driverError(error: unknown): CodedError | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth++) {
    const candidate = current as CodedError;
    if (typeof candidate.code === 'string') return candidate;
    current = candidate.cause;
  }
  return undefined;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
  'EHOSTUNREACH',
]);
const LOST =
  /Connection terminated|connection timeout|Client has encountered a connection error|Connection ended/i;

/** True for errors that mean "the server cannot be reached right now", at any depth of causes. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Object; depth++) {
    const { code, cause } = current as CodedError;
    if (typeof code === 'string') {
      // SQLSTATE class 08: connection exceptions; 57P0x: server shutting down or starting up.
      return (
        NETWORK_CODES.has(code) ||
        code.startsWith('08') ||
        /^57P0[1-3]$/.test(code) ||
        code === '53300'
      );
    }
    if (current instanceof Error && LOST.test(current.message)) return true;
    current = cause;
  }
  return false;
}

export const isUniqueViolation = (error: unknown, constraint?: string): boolean => {
  const e = driverError(error);
  return e?.code === '23505' && (constraint === undefined || e.constraint === constraint);
};
