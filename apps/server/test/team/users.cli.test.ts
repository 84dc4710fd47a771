import { describe, expect, it } from 'vitest';
import { cais } from '../helpers/cli.js';
import { eachServerDatabaseUrl, serverSkipReason } from '../helpers/database.js';

const PASSWORD = 'first admin passphrase';

describe.skipIf(serverSkipReason() !== undefined)('cais users and cais tokens', () => {
  const databaseUrl = eachServerDatabaseUrl();
  const env = (extra: Record<string, string> = {}) => ({
    DATABASE_URL: databaseUrl(),
    LOG_LEVEL: 'warn',
    ...extra,
  });

  it(
    'creates an admin with one command, then manages roles and tokens',
    { timeout: 240_000 },
    async () => {
      const added = await cais(
        ['users', 'add', 'Ana', '--role', 'admin'],
        env({ USER_PASSWORD: PASSWORD }),
      );
      expect(added.code, added.output).toBe(0);
      expect(added.output).toContain('added ana\tadmin');
      expect(added.output).not.toContain(PASSWORD);

      await cais(['users', 'add', 'bia', '--role', 'viewer'], env({ USER_PASSWORD: PASSWORD }));
      const role = await cais(['users', 'set-role', 'bia', 'editor'], env());
      expect(role.output).toContain('bia\teditor');
      const disabled = await cais(['users', 'disable', 'bia'], env());
      expect(disabled.output).toContain('bia\teditor\tdisabled');
      const list = await cais(['users', 'list'], env());
      expect(list.output.trim().split('\n')).toEqual(['ana\tadmin', 'bia\teditor\tdisabled']);

      const token = await cais(
        ['tokens', 'create', 'ana', '--name', 'script', '--days', '7'],
        env(),
      );
      expect(token.code, token.output).toBe(0);
      expect(token.output).toMatch(/^cais_[\w-]{43}$/m);
      const tokens = await cais(['tokens', 'list', 'ana'], env());
      expect(tokens.output).toMatch(/^1\tscript\texpires /m);
      expect(tokens.output).not.toMatch(/cais_/);
      const revoked = await cais(['tokens', 'revoke', 'ana', '1'], env());
      expect(revoked.output).toContain('revoked 1 "script"');
    },
  );

  it('refuses bad input with one line, never a stack', { timeout: 240_000 }, async () => {
    const short = await cais(
      ['users', 'add', 'ana', '--role', 'admin'],
      env({ USER_PASSWORD: 'short' }),
    );
    expect(short.code).not.toBe(0);
    expect(short.output).toContain('password must be at least 12 characters');
    expect(short.output).not.toMatch(/\n\s+at /);
    const badRole = await cais(['users', 'add', 'ana', '--role', 'owner'], env());
    expect(badRole.code).not.toBe(0);
    expect(badRole.output).toContain('must be one of viewer, editor, admin');
    const nobody = await cais(['users', 'set-role', 'nobody', 'viewer'], env());
    expect(nobody.output).toContain('No user is named "nobody"');
    const twice = await cais(
      ['users', 'add', 'ana', '--role', 'admin'],
      env({ USER_PASSWORD: PASSWORD }),
    );
    const again = await cais(
      ['users', 'add', 'ANA', '--role', 'admin'],
      env({ USER_PASSWORD: PASSWORD }),
    );
    expect(twice.code).toBe(0);
    expect(again.output).toContain('A user is already named "ana"');
  });
});
