import type { Context } from '../context.js';
import { closeOnSignals } from '../lifecycle.js';
import { startApi } from './api.js';

/** Everything in one process, for a laptop: the api on API_PORT. */
export async function startCommand(context: Context): Promise<void> {
  const api = await startApi(context);
  closeOnSignals(context.log, api.closers);
}
