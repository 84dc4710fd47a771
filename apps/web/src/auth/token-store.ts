/** The API token a person typed: kept for this browser tab only (sessionStorage), never logged. */
const KEY = 'cais.apiToken';

export const tokenStore = {
  get(): string | null {
    try {
      return sessionStorage.getItem(KEY);
    } catch {
      return memory;
    }
  },
  set(token: string): void {
    memory = token;
    try {
      sessionStorage.setItem(KEY, token);
    } catch {
      // storage disabled: the token lives in memory until the page reloads
    }
  },
  clear(): void {
    memory = null;
    try {
      sessionStorage.removeItem(KEY);
    } catch {
      // storage disabled
    }
  },
};

let memory: string | null = null;
