import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { describeError } from '../app/describe-error';
import { useI18n } from '../i18n/I18nProvider';
import { Field } from '../ui/Field';
import { LoadFailed } from '../ui/LoadFailed';
import { useNotify } from '../ui/Toasts';
import { createToken, listTokens, revokeToken, tokensKey } from './team.api';
import type { NewToken, Token } from './team.types';
import { ErrorLine } from '../ui/ErrorLine';
import { ListTable } from '../ui/ListTable';
import { RowAction } from '../ui/RowAction';

/** Personal API tokens: created with a name and an expiry, shown once, listed, revoked. */
export function TokensPanel() {
  const { t, format } = useI18n();
  const ta = t.team.account;
  const client = useQueryClient();
  const notify = useNotify();
  const tokens = useQuery({ queryKey: tokensKey, queryFn: ({ signal }) => listTokens(signal) });
  const [name, setName] = useState('');
  const [days, setDays] = useState('90');
  const [created, setCreated] = useState<NewToken | undefined>();
  const [error, setError] = useState<string | undefined>();

  const run = async (action: () => Promise<void>) => {
    setError(undefined);
    try {
      await action();
      await client.invalidateQueries({ queryKey: tokensKey });
    } catch (caught) {
      setError(ta.failed(describeError(caught, t)));
    }
  };
  const create = () =>
    run(async () => {
      setCreated(await createToken(name.trim(), Number(days)));
      setName('');
    });
  const revoke = (token: Token) =>
    run(async () => {
      await revokeToken(token.id);
      notify(ta.revokedDone(token.name));
    });
  const stateOf = (token: Token) => {
    if (token.revoked) return ta.revoked;
    // Judged at the time the list was read, so a render stays a pure function of the data.
    return Date.parse(token.expires_at) <= tokens.dataUpdatedAt ? ta.expired : ta.active;
  };

  return (
    <section aria-labelledby="tokens-title">
      <h2 id="tokens-title">{ta.tokens}</h2>
      <p>{ta.tokensText}</p>
      <form
        className="product-form team-form"
        onSubmit={(event) => {
          event.preventDefault();
          void create();
        }}
      >
        <Field label={ta.name} required>
          <input
            required
            maxLength={100}
            value={name}
            onChange={(event) => {
              setName(event.target.value);
            }}
          />
        </Field>
        <Field label={ta.days} required>
          <input
            type="number"
            min={1}
            max={366}
            required
            value={days}
            onChange={(event) => {
              setDays(event.target.value);
            }}
          />
        </Field>
        <div className="form-actions">
          <button type="submit" className="button button-primary">
            {ta.create}
          </button>
        </div>
      </form>
      {created ? (
        <div className="notice notice-warning" role="status">
          <p>{ta.created(created.info.name)}</p>
          <label className="field-label" htmlFor="new-token">
            {ta.newToken}
          </label>
          <input id="new-token" readOnly value={created.token} className="token-value" />
        </div>
      ) : null}
      <ErrorLine error={error} notice />
      {tokens.isError ? <LoadFailed message={ta.failed(describeError(tokens.error, t))} /> : null}
      {tokens.data?.length === 0 ? <p>{ta.none}</p> : null}
      {tokens.data?.length ? (
        <ListTable
          caption={ta.tokens}
          columns={[
            ta.columns.name,
            ta.columns.created,
            ta.columns.expires,
            ta.columns.state,
            <span className="visually-hidden">{ta.revoke}</span>,
          ]}
        >
          {tokens.data.map((token) => (
            <tr key={token.id}>
              <td>{token.name}</td>
              <td>{format.dateTime(token.created_at)}</td>
              <td>{format.dateTime(token.expires_at)}</td>
              <td>{stateOf(token)}</td>
              <td className="actions">
                {token.revoked ? null : (
                  <RowAction
                    label={ta.revokeLabel(token.name)}
                    onClick={() => void revoke(token)}
                    danger
                  >
                    {ta.revoke}
                  </RowAction>
                )}
              </td>
            </tr>
          ))}
        </ListTable>
      ) : null}
    </section>
  );
}
