import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../api/errors';
import { useI18n } from '../i18n/I18nProvider';
import { ErrorLine } from '../ui/ErrorLine';
import { cachedMe, meKey } from '../team/session';
import { Dialog } from '../ui/Dialog';
import { tokenStore } from './token-store';

/** The person closed the token prompt: the write did not happen, on purpose. */
export class TokenCancelled extends Error {
  constructor() {
    super('token prompt cancelled');
    this.name = 'TokenCancelled';
  }
}

/** People sign in on this server: a 401 opens the login page (the session guard), not the prompt. */
export class SignInNeeded extends Error {
  constructor() {
    super('sign-in needed');
    this.name = 'SignInNeeded';
  }
}

type Ask = (invalid: boolean) => Promise<boolean>;
const TokenContext = createContext<Ask | null>(null);

/** Provides the token prompt that writes open when the api answers 401. */
export function TokenProvider({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const [prompt, setPrompt] = useState<{ invalid: boolean } | null>(null);
  const settle = useRef<((given: boolean) => void) | null>(null);
  const ask = useCallback<Ask>(
    (invalid) =>
      new Promise<boolean>((resolve) => {
        settle.current?.(false);
        settle.current = resolve;
        setPrompt({ invalid });
      }),
    [],
  );
  const close = (given: boolean) => {
    settle.current?.(given);
    settle.current = null;
    setPrompt(null);
  };
  return (
    <TokenContext.Provider value={ask}>
      {children}
      {prompt ? (
        <TokenDialog
          invalid={prompt.invalid}
          onSubmit={(token) => {
            tokenStore.set(token);
            // The token may grant more than the anonymous reads (history, trash, users): ask
            // the api who this tab is now, so the navigation shows what the token allows.
            void client.invalidateQueries({ queryKey: meKey });
            close(true);
          }}
          onCancel={() => {
            close(false);
          }}
        />
      ) : null}
    </TokenContext.Provider>
  );
}

function TokenDialog({
  invalid,
  onSubmit,
  onCancel,
}: {
  invalid: boolean;
  onSubmit: (token: string) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [token, setToken] = useState('');
  const formId = 'token-form';
  return (
    <Dialog
      title={t.token.title}
      onCancel={onCancel}
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            {t.token.cancel}
          </button>
          <button type="submit" form={formId} className="button button-primary">
            {t.token.submit}
          </button>
        </>
      }
    >
      <p>{t.token.text}</p>
      <ErrorLine error={invalid ? t.token.invalid : undefined} />
      <form
        id={formId}
        onSubmit={(event) => {
          event.preventDefault();
          if (token.trim() !== '') onSubmit(token.trim());
        }}
      >
        <label htmlFor="api-token" className="field-label">
          {t.token.label}
        </label>
        <input
          id="api-token"
          type="password"
          autoComplete="current-password"
          required
          autoFocus
          value={token}
          onChange={(event) => {
            setToken(event.target.value);
          }}
        />
      </form>
    </Dialog>
  );
}

/** Opens the token prompt on request (the header's "Enter API token"); true once one is given. */
export function useAskToken(): () => Promise<boolean> {
  const ask = useContext(TokenContext);
  if (!ask) throw new Error('useAskToken outside TokenProvider');
  return useCallback(() => ask(false), [ask]);
}

/**
 * Runs a write; when the api answers 401 where people sign in, throws SignInNeeded; otherwise
 * asks for the token (saying so when the one kept was
 * refused) and runs it again. Throws TokenCancelled when the person declines.
 */
export function useWrite(): <T>(action: () => Promise<T>) => Promise<T> {
  const ask = useContext(TokenContext);
  const client = useQueryClient();
  if (!ask) throw new Error('useWrite outside TokenProvider');
  return useCallback(
    async <T,>(action: () => Promise<T>): Promise<T> => {
      for (;;) {
        try {
          return await action();
        } catch (error) {
          if (!(error instanceof ApiError) || error.status !== 401) throw error;
          if (cachedMe(client)?.sign_in) throw new SignInNeeded();
          const refused = tokenStore.get() !== null;
          tokenStore.clear();
          if (!(await ask(refused))) throw new TokenCancelled();
        }
      }
    },
    [ask, client],
  );
}
