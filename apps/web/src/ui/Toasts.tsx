import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

/** A button in the toast (Undo): it runs once, then the toast goes away. */
export interface ToastAction {
  label: string;
  run: () => void;
}

interface Toast {
  id: number;
  text: string;
  action: ToastAction | undefined;
}

type Notify = (text: string, action?: ToastAction) => void;
const ToastContext = createContext<Notify>(() => undefined);

const SHOWN_MS = 6_000;
/** Long enough to reach the Undo button from the keyboard. */
const WITH_ACTION_MS = 15_000;
let nextId = 1;

/** Short confirmations ("Saved …"), announced politely by screen readers. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => {
    setToasts((current) => current.filter((t) => t.id !== id));
  }, []);
  const notify = useCallback<Notify>(
    (text, action) => {
      const id = nextId++;
      setToasts((current) => [...current.slice(-2), { id, text, action }]);
      setTimeout(
        () => {
          dismiss(id);
        },
        action ? WITH_ACTION_MS : SHOWN_MS,
      );
    },
    [dismiss],
  );
  const value = useMemo(() => notify, [notify]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div className="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <p key={toast.id} className="toast">
            {toast.text}
            {toast.action ? (
              <>
                {' '}
                <button
                  type="button"
                  className="button button-small toast-action"
                  onClick={() => {
                    dismiss(toast.id);
                    toast.action?.run();
                  }}
                >
                  {toast.action.label}
                </button>
              </>
            ) : null}
          </p>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export const useNotify = (): Notify => useContext(ToastContext);
