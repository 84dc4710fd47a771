import type { Database } from '../db/client.js';
import { AppError } from '../http/app-error.js';
import { dummyHash, verifyPassword } from './passwords.js';
import { newSecret, sha256 } from './secrets.js';
import * as attempts from './sign-in-attempts.repository.js';
import * as sessions from './sessions.repository.js';
import * as users from './users.repository.js';

/** Signing in and out of browser sessions, with failures throttled per account and address. */

export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

/** Failures allowed in a window: few per account (guessing one password), more per address. */
export const THROTTLE = { windowMs: 15 * 60 * 1000, perAccount: 5, perAddress: 20 };

export interface NewSession {
  /** Goes in the HttpOnly cookie; only its hash is stored. */
  secret: string;
  /** Sent back in X-CSRF-Token with every cookie-authenticated write. */
  csrfToken: string;
  user: users.User;
  expiresAt: Date;
}

const throttled = (retryAfterSeconds: number) =>
  Object.assign(
    new AppError(
      'too_many_requests',
      `Too many failed sign-ins; try again in ${Math.ceil(retryAfterSeconds / 60)} minutes`,
    ),
    { retryAfterSeconds },
  );

export async function signIn(
  db: Database,
  policy: SessionPolicy,
  credentials: { username: string; password: string; address: string },
): Promise<NewSession> {
  const keys = [`account:${credentials.username.toLowerCase()}`, `address:${credentials.address}`];
  const counted = await attempts.failuresOf(db, keys, THROTTLE.windowMs);
  const limits = [THROTTLE.perAccount, THROTTLE.perAddress];
  for (const [i, key] of keys.entries()) {
    const state = counted.get(key);
    if (state && state.failures >= (limits[i] ?? 0)) {
      const endsMs = state.windowStartedAt.getTime() + THROTTLE.windowMs - Date.now();
      throw throttled(Math.max(1, Math.ceil(endsMs / 1000)));
    }
  }
  const user = await users.findByName(db, credentials.username.toLowerCase());
  const ok = await verifyPassword(credentials.password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !ok || user.disabled) {
    await attempts.recordFailure(db, keys, THROTTLE.windowMs);
    // One message whatever failed, so the answer does not tell which accounts exist.
    throw new AppError(
      'unauthorized',
      'The user name or password is not right, or the account is disabled',
    );
  }
  await attempts.clearFailures(db, keys.slice(0, 1));
  const secret = newSecret();
  const csrfToken = newSecret();
  const expiresAt = new Date(Date.now() + policy.maxMs);
  await sessions.insertSession(db, {
    id: sha256(secret),
    userId: user.id,
    csrfHash: sha256(csrfToken),
    expiresAt,
  });
  const shown: users.User = {
    id: user.id,
    username: user.username,
    role: user.role,
    disabled: user.disabled,
    created_at: user.created_at,
  };
  return { secret, csrfToken, user: shown, expiresAt };
}

export const signOut = (db: Database, sessionId: string) => sessions.deleteSession(db, sessionId);

/** Ends every session of the user, on every device. */
export const signOutEverywhere = (db: Database, userId: number) =>
  sessions.deleteUserSessions(db, userId);
