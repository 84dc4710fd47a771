/** "The api answered 401": heard by the session guard, which decides whether to ask to sign in. */
type Listener = () => void;
const listeners = new Set<Listener>();

export const sessionEvents = {
  unauthorized(): void {
    for (const listener of listeners) listener();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
