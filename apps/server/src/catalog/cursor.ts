import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { AppError } from '../http/app-error.js';

/**
 * List cursors: a position in one list (its filters and sort), opaque to clients and signed, so
 * the server never runs a query on values it did not write itself. The form is
 * `base64url(JSON payload).base64url(HMAC-SHA256)`; the key is made at migration and shared by
 * every api task through the database.
 */

export interface CursorPosition {
  /** Sort-key values of the row the page starts after (or before, when `backwards`). */
  keys: string[];
  backwards: boolean;
}

interface Payload {
  /** Version of this format. */
  v: 1;
  /** Fingerprint of the list (filters and sort) the cursor belongs to. */
  l: string;
  k: string[];
  b: boolean;
}

/** A short fingerprint of a list's filters and sort: a cursor is valid only in its own list. */
export const listFingerprint = (list: unknown): string =>
  createHash('sha256').update(JSON.stringify(list)).digest('base64url').slice(0, 16);

const mac = (key: string, body: string) =>
  createHmac('sha256', key).update(body).digest('base64url');

export function signCursor(key: string, list: string, position: CursorPosition): string {
  const payload: Payload = { v: 1, l: list, k: position.keys, b: position.backwards };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(key, body)}`;
}

const invalid = (message: string) => AppError.validation([{ field: 'cursor', message }]);

/**
 * The position a cursor holds, after checking its signature and that it belongs to this list
 * with `keyCount` sort keys; anything else is a 422 naming the cursor.
 */
export function readCursor(
  key: string,
  list: string,
  keyCount: number,
  token: string,
): CursorPosition {
  const [body, signature, ...rest] = token.split('.');
  if (body === undefined || signature === undefined || rest.length > 0) {
    throw invalid('is not a cursor this server made');
  }
  const expected = Buffer.from(mac(key, body));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw invalid('is not a cursor this server made (its signature does not match)');
  }
  // Signed by this server, so well formed; checked anyway, as a key may outlive a format.
  let payload: Partial<Payload>;
  try {
    payload = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<Payload>;
  } catch {
    throw invalid('is not a cursor this server made');
  }
  if (
    payload.v !== 1 ||
    !Array.isArray(payload.k) ||
    payload.k.length !== keyCount ||
    !payload.k.every((k) => typeof k === 'string') ||
    typeof payload.b !== 'boolean'
  ) {
    throw invalid('is not a cursor this server made');
  }
  if (payload.l !== list) {
    throw invalid(
      'belongs to a list with other filters or another sort; start again from the first page',
    );
  }
  return { keys: payload.k, backwards: payload.b };
}
