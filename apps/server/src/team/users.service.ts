import type { Database } from '../db/client.js';
import { AppError } from '../http/app-error.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from './passwords.js';
import type { Role } from './roles.js';
import { deleteUserSessions } from './sessions.repository.js';
import * as users from './users.repository.js';

/** Managing people: the same use cases serve the admin API and `cais users`. */

export const USERNAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export function checkPassword(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw AppError.validation([
      { field: 'password', message: `must be at least ${MIN_PASSWORD_LENGTH} characters` },
    ]);
  }
}

const noSuchUser = (username: string) =>
  new AppError('not_found', `No user is named ${JSON.stringify(username)}`);

export async function addUser(
  db: Database,
  input: { username: string; password: string; role: Role },
): Promise<users.User> {
  const username = input.username.toLowerCase();
  if (!USERNAME.test(username)) {
    throw AppError.validation([
      {
        field: 'username',
        message: 'must be 1 to 64 letters, digits, dots, dashes or underscores',
      },
    ]);
  }
  checkPassword(input.password);
  const user = await users.insertUser(db, {
    username,
    passwordHash: await hashPassword(input.password),
    role: input.role,
  });
  if (!user) throw new AppError('conflict', `A user is already named ${JSON.stringify(username)}`);
  return user;
}

export const listUsers = (db: Database) => users.listUsers(db);

/**
 * Changes a user's role, password or disabled state. Disabling or a new password ends the
 * user's sessions; their tokens stop working while disabled.
 */
export async function changeUser(
  db: Database,
  username: string,
  changes: {
    role?: Role | undefined;
    password?: string | undefined;
    disabled?: boolean | undefined;
  },
): Promise<users.User> {
  if (changes.password !== undefined) checkPassword(changes.password);
  return db.transaction(async (tx) => {
    const user = await users.updateUser(tx, username.toLowerCase(), {
      ...(changes.role && { role: changes.role }),
      ...(changes.password !== undefined && {
        passwordHash: await hashPassword(changes.password),
      }),
      ...(changes.disabled !== undefined && { disabled: changes.disabled }),
    });
    if (!user) throw noSuchUser(username);
    if (changes.password !== undefined || changes.disabled === true) {
      await deleteUserSessions(tx, user.id);
    }
    return user;
  });
}
