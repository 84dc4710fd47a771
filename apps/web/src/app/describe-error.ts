import { ApiError, isOutage } from '../api/errors';
import { SignInNeeded, TokenCancelled } from '../auth/TokenProvider';
import type { Messages } from '../i18n/messages.en';

/** One sentence for a person about a failure: the api's own detail when it gave one. */
export function describeError(error: unknown, t: Messages): string {
  if (error instanceof TokenCancelled) return t.token.cancelled;
  if (error instanceof SignInNeeded) return t.team.signInNeeded;
  if (isOutage(error)) return t.errors.unreachable;
  if (error instanceof ApiError && error.problem) return error.problem.detail;
  return t.errors.unexpected;
}
