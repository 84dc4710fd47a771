import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../app/describe-error';
import { useDocumentTitle } from '../app/use-document-title';
import { useI18n } from '../i18n/I18nProvider';
import { LoadFailed } from '../ui/LoadFailed';
import { useNotify } from '../ui/Toasts';
import { AddUserForm } from './AddUserForm';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { changeUser, listUsers, usersKey } from './team.api';
import { ROLES, type Role, type User, type UserChange } from './team.types';
import { Loading } from '../ui/Loading';
import { Page } from '../ui/Page';
import { ListTable } from '../ui/ListTable';

/** The admin page: every user with their role and state; add, change role, disable, reset. */
export function UsersPage() {
  const { t } = useI18n();
  const tu = t.team.users;
  useDocumentTitle(tu.title);
  const client = useQueryClient();
  const notify = useNotify();
  const users = useQuery({ queryKey: usersKey, queryFn: ({ signal }) => listUsers(signal) });
  const [resetting, setResetting] = useState<User | undefined>();
  const [error, setError] = useState<string | undefined>();

  const change = async (user: User, body: UserChange) => {
    setError(undefined);
    try {
      await changeUser(user.username, body);
      notify(tu.changed(user.username));
      await client.invalidateQueries({ queryKey: usersKey });
    } catch (caught) {
      setError(tu.failed(describeError(caught, t)));
    }
  };

  let body;
  if (users.isPending) {
    body = <Loading />;
  } else if (users.isError) {
    body = <LoadFailed message={tu.failed(describeError(users.error, t))} />;
  } else {
    body = (
      <ListTable
        caption={tu.title}
        columns={[tu.columns.name, tu.columns.role, tu.columns.state, tu.columns.actions]}
      >
        {users.data.map((user) => (
          <tr key={user.id}>
            <td>{user.username}</td>
            <td>
              <select
                aria-label={tu.roleOf(user.username)}
                value={user.role}
                onChange={(event) => void change(user, { role: event.target.value as Role })}
              >
                {ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t.team.roles[role]}
                  </option>
                ))}
              </select>
            </td>
            <td>{user.disabled ? tu.disabled : tu.active}</td>
            <td className="actions">
              <button
                type="button"
                className="button button-small"
                aria-label={
                  user.disabled ? tu.enableLabel(user.username) : tu.disableLabel(user.username)
                }
                onClick={() => void change(user, { disabled: !user.disabled })}
              >
                {user.disabled ? tu.enable : tu.disable}
              </button>
              <button
                type="button"
                className="button button-small"
                aria-label={tu.resetLabel(user.username)}
                onClick={() => {
                  setResetting(user);
                }}
              >
                {tu.reset}
              </button>
            </td>
          </tr>
        ))}
      </ListTable>
    );
  }

  return (
    <Page title={tu.title} error={error}>
      {body}
      <AddUserForm />
      {resetting ? (
        <ResetPasswordDialog
          user={resetting}
          onClose={() => {
            setResetting(undefined);
          }}
        />
      ) : null}
    </Page>
  );
}
