import { text } from 'node:stream/consumers';
import type { Role } from '../../team/roles.js';
import * as tokens from '../../team/tokens.service.js';
import { findByName } from '../../team/users.repository.js';
import * as users from '../../team/users.service.js';
import type { Database } from '../../db/client.js';
import { UsageError, type Context } from '../context.js';
import { withDatabase } from '../database.js';

/** `cais users …` and `cais tokens …`: the admin page's use cases on the command line. */

const print = (line: string) => process.stdout.write(`${line}\n`);

/**
 * A password never comes from a flag (flags show in `ps` and shell history): from
 * USER_PASSWORD, or the first line of standard input (`… < file`, a pipe, or typed).
 */
async function readPassword({ config }: Context): Promise<string> {
  if (config.team.userPassword !== undefined) return config.team.userPassword;
  if (process.stdin.isTTY) process.stderr.write('Password (then Enter, Ctrl-D): ');
  const line = (await text(process.stdin)).split(/\r?\n/)[0] ?? '';
  if (line === '') {
    throw new UsageError('No password: set USER_PASSWORD or give it on standard input');
  }
  return line;
}

const describe = (u: { username: string; role: string; disabled: boolean }) =>
  `${u.username}\t${u.role}${u.disabled ? '\tdisabled' : ''}`;

export const addUserCommand = (context: Context, username: string, role: Role) =>
  withDatabase(context, async ({ db }) => {
    const user = await users.addUser(db, { username, role, password: await readPassword(context) });
    print(`added ${describe(user)}`);
  });

export const listUsersCommand = (context: Context) =>
  withDatabase(context, async ({ db }) => {
    for (const user of await users.listUsers(db)) print(describe(user));
  });

export const changeUserCommand = (
  context: Context,
  username: string,
  changes: { role?: Role; disabled?: boolean; newPassword?: boolean },
) =>
  withDatabase(context, async ({ db }) => {
    const user = await users.changeUser(db, username, {
      role: changes.role,
      disabled: changes.disabled,
      password: changes.newPassword ? await readPassword(context) : undefined,
    });
    print(`${describe(user)}${changes.newPassword ? '\tpassword changed, sessions ended' : ''}`);
  });

const userId = async (db: Database, username: string) => {
  const user = await findByName(db, username.toLowerCase());
  if (!user) throw new UsageError(`No user is named ${JSON.stringify(username)}`);
  return user.id;
};

export const createTokenCommand = (
  context: Context,
  username: string,
  options: { name: string; days: number },
) =>
  withDatabase(context, async ({ db }) => {
    const { token, info } = await tokens.createToken(db, await userId(db, username), options);
    process.stderr.write(
      `token ${info.id} "${info.name}" for ${username}, expires ${info.expires_at}; shown this once:\n`,
    );
    print(token);
  });

export const listTokensCommand = (context: Context, username: string) =>
  withDatabase(context, async ({ db }) => {
    for (const t of await tokens.listTokens(db, await userId(db, username))) {
      print(`${t.id}\t${t.name}\texpires ${t.expires_at}${t.revoked ? '\trevoked' : ''}`);
    }
  });

export const revokeTokenCommand = (context: Context, username: string, id: number) =>
  withDatabase(context, async ({ db }) => {
    const info = await tokens.revokeToken(db, await userId(db, username), id);
    print(`revoked ${info.id} "${info.name}"`);
  });
