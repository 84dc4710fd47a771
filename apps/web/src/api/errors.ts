import type { Problem } from './types';

/** A failed api call: `status` 0 when no HTTP answer came back at all. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
    message = problem?.detail ?? `HTTP ${status}`,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** Field name to message, for the form: the first message of each field. */
  fieldErrors(): Record<string, string> {
    const result: Record<string, string> = {};
    for (const { field, message } of this.problem?.errors ?? []) result[field] ??= message;
    return result;
  }
}

/** What kind of outage an answer shows, if any: it decides the banner. */
export type Outage = 'unreachable' | 'database';

export function outageOf(status: number, problem: Problem | undefined): Outage | undefined {
  if (status === 0 || status === 502 || status === 504) return 'unreachable';
  if (status === 503) return problem?.code === 'database_unavailable' ? 'database' : 'unreachable';
  return undefined;
}

export const isOutage = (error: unknown): boolean =>
  error instanceof ApiError && outageOf(error.status, error.problem) !== undefined;

export const isProblem = (body: unknown): body is Problem =>
  typeof body === 'object' &&
  body !== null &&
  typeof (body as Problem).status === 'number' &&
  typeof (body as Problem).detail === 'string';
