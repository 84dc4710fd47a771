import type { TSchema } from 'typebox';
import { ProblemSchema } from './problem.schema.js';

/** Response entries for error statuses, served as application/problem+json. */
export function problems(responses: Record<number, string>): Record<number, unknown> {
  return Object.fromEntries(
    Object.entries(responses).map(([status, description]) => [
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
