import { InvalidArgumentError, type Command } from 'commander';
import { USER_ROLES, type Role } from '../../team/roles.js';
import { MAX_TOKEN_DAYS } from '../../team/tokens.service.js';
import { run } from '../context.js';
import * as commands from './users.js';

const role = (raw: string): Role => {
  if (!(USER_ROLES as readonly string[]).includes(raw)) {
    throw new InvalidArgumentError(`must be one of ${USER_ROLES.join(', ')}`);
  }
  return raw as Role;
};

const positive = (max: number) => (raw: string) => {
  if (!/^\d+$/.test(raw) || Number(raw) < 1 || Number(raw) > max) {
    throw new InvalidArgumentError(`must be an integer from 1 to ${max}`);
  }
  return Number(raw);
};

const PASSWORD_HELP =
  '\nThe password is read from USER_PASSWORD or the first line of standard input, never from a\n' +
  'flag (flags show in ps and shell history). At least 12 characters; stored as a scrypt hash.';

/** `cais users …` and `cais tokens …`, beside main.ts's commands: people, roles and tokens. */
export function registerUserCommands(program: Command): void {
  const users = program
    .command('users')
    .description('people who sign in to the catalog, and their roles (viewer, editor, admin)');
  users
    .command('add')
    .description('add a user (the first admin ends the open local default)')
    .argument('<username>', 'sign-in name: letters, digits, dots, dashes, underscores')
    .requiredOption('--role <role>', `one of ${USER_ROLES.join(', ')}`, role)
    .addHelpText('after', PASSWORD_HELP)
    .action((username: string, options: { role: Role }) =>
      run((context) => commands.addUserCommand(context, username, options.role)),
    );
  users
    .command('list')
    .description('list the users with their roles')
    .action(() => run(commands.listUsersCommand));
  users
    .command('set-role')
    .description("change a user's role")
    .argument('<username>')
    .argument('<role>', `one of ${USER_ROLES.join(', ')}`, role)
    .action((username: string, newRole: Role) =>
      run((context) => commands.changeUserCommand(context, username, { role: newRole })),
    );
  users
    .command('disable')
    .description('stop a user signing in; ends their sessions and stops their tokens')
    .argument('<username>')
    .action((username: string) =>
      run((context) => commands.changeUserCommand(context, username, { disabled: true })),
    );
  users
    .command('enable')
    .description('let a disabled user sign in again')
    .argument('<username>')
    .action((username: string) =>
      run((context) => commands.changeUserCommand(context, username, { disabled: false })),
    );
  users
    .command('reset-password')
    .description("set a user's password; ends their sessions")
    .argument('<username>')
    .addHelpText('after', PASSWORD_HELP)
    .action((username: string) =>
      run((context) => commands.changeUserCommand(context, username, { newPassword: true })),
    );

  const tokens = program
    .command('tokens')
    .description("personal API tokens (Authorization: Bearer …), acting with their user's role");
  tokens
    .command('create')
    .description(
      'create a token for a user; printed once on standard output, only its hash is kept',
    )
    .argument('<username>')
    .requiredOption('--name <name>', 'what the token is for, shown in the history')
    .option(
      '--days <days>',
      `days until it expires (1 to ${MAX_TOKEN_DAYS})`,
      positive(MAX_TOKEN_DAYS),
      90,
    )
    .action((username: string, options: { name: string; days: number }) =>
      run((context) => commands.createTokenCommand(context, username, options)),
    );
  tokens
    .command('list')
    .description("list a user's tokens (never the tokens themselves)")
    .argument('<username>')
    .action((username: string) => run((context) => commands.listTokensCommand(context, username)));
  tokens
    .command('revoke')
    .description("revoke one of a user's tokens")
    .argument('<username>')
    .argument('<id>', 'token id, from cais tokens list', positive(2_147_483_647))
    .action((username: string, id: number) =>
      run((context) => commands.revokeTokenCommand(context, username, id)),
    );
}
