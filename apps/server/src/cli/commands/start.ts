import type { Context } from '../context.js';
import { closeOnSignals } from '../lifecycle.js';
import { startApi } from './api.js';
import { ENABLE_HINT, startSchedule } from './etl.js';

/**
 * Everything in one process, for a laptop: the api on API_PORT and, when CMC_API_KEY is set, the
 * extraction schedule on the same database.
 */
export async function startCommand(context: Context): Promise<void> {
  const { config, log } = context;
  const api = await startApi(context);
  if (!config.cmc.apiKey) {
    log.info(`price pipeline idle: ${ENABLE_HINT}`);
    closeOnSignals(log, api.closers);
    return;
  }
  let etl;
  try {
    etl = await startSchedule(context, api.database);
  } catch (error) {
    // The catalog does not depend on the pipeline: it keeps serving.
    log.error(
      `price pipeline not started: ${error instanceof Error ? error.message : String(error)}`,
    );
    closeOnSignals(log, api.closers);
    return;
  }
  // The schedule stops first, so its last load finishes while the database is open.
  closeOnSignals(log, [...etl.closers, ...api.closers]);
  // A refused key ends the schedule (it said why); the api keeps serving.
  etl.scheduler.finished.catch(() => etl.pipeline.close());
}
