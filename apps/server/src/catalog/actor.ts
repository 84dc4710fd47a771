/** Who made a change, as the history records it: a user, a token's name, or the shared token. */
export interface Actor {
  name: string;
  /** The request that made it, to match a history entry with the api's log lines. */
  requestId: string | undefined;
}

/** Changes made outside a request: the command line, the automatic trash purge. */
export const systemActor = (name: string): Actor => ({ name, requestId: undefined });
