import type { Outage } from './errors';

/**
 * Whether the api answers, as the last request saw it: the app-wide banner reads this, so an
 * outage is shown once, whichever request met it.
 */
type Listener = () => void;

let outage: Outage | undefined;
const listeners = new Set<Listener>();

export const connectivity = {
  get: (): Outage | undefined => outage,
  subscribe: (listener: Listener): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  report: (next: Outage | undefined): void => {
    if (next === outage) return;
    outage = next;
    for (const listener of listeners) listener();
  },
};
