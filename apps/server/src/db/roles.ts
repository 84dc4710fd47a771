import type { DatabaseHandle } from './client.js';
import { READONLY_ROLE, roleInfo, upsertReadonlyLogin } from './roles.repository.js';

/** A login the rules of roles refuse; the message says what to do instead. */
export class RoleRuleError extends Error {
  override name = 'RoleRuleError';
}

/**
 * Creates or updates a login of the read-only role. The rules: only a PostgreSQL server has
 * logins, the role must exist (the migrating user may lack CREATEROLE), and a privileged role is
 * never turned into a read-only login.
 */
export async function grantReadonlyLogin(
  database: DatabaseHandle,
  user: string,
  password: string,
): Promise<'created' | 'updated'> {
  if (database.kind === 'pglite') {
    throw new RoleRuleError(
      'The embedded PGlite database has no logins; set DATABASE_URL to the PostgreSQL server the dashboard reads',
    );
  }
  if (!(await roleInfo(database.db, READONLY_ROLE)).exists) {
    throw new RoleRuleError(
      `The role ${READONLY_ROLE} does not exist: the migrating user could not create it (it lacks CREATEROLE); ` +
        'an administrator can create it as docs/dashboard.md shows',
    );
  }
  if ((await roleInfo(database.db, user)).privileged) {
    throw new RoleRuleError(
      `${user} is a privileged role (superuser, CREATEROLE or CREATEDB, or the one connected): choose another name for the read-only login`,
    );
  }
  return upsertReadonlyLogin(database.db, user, password);
}

export { READONLY_ROLE };
