import type { TSchema } from 'typebox';
import { ProblemSchema } from './problem.schema.js';

/** What any route may answer besides its own errors: the server's failures. */
const SERVER_ERRORS: Record<number, string> = {
  500: 'An unexpected error; it has been logged (the detail says no more)',
  503: 'The database cannot be reached, or the server is shutting down; try again shortly',
};

/**
 * Response entries for error statuses, served as application/problem+json; 500 and 503 are
 * added to every route, since any of them can meet a database outage.
 */
export function problems(responses: Record<number, string> = {}): Record<number, unknown> {
  return Object.fromEntries(
    Object.entries({ ...SERVER_ERRORS, ...responses }).map(([status, description]) => [
      status,
      { description, content: { 'application/problem+json': { schema: ProblemSchema } } },
    ]),
  );
}

export const json = <T extends TSchema>(
  description: string,
  schema: T,
  headers?: Record<string, unknown>,
) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/json': { schema } },
});

export const WRITE_SECURITY = [{ bearerAuth: [] }, {}];
