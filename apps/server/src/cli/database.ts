import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { openMigratedDatabase, type Context } from './context.js';

/**
 * Opens the database for a command (brought up to date first, unless `migrated: false`), runs
 * `work` on it and closes it, whatever happens.
 */
export async function withDatabase<T>(
  context: Context,
  work: (database: DatabaseHandle) => Promise<T>,
  options: { migrated?: boolean } = {},
): Promise<T> {
  const database =
    options.migrated === false
      ? await openDatabase(context.config.database, context.log)
      : await openMigratedDatabase(context);
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

/** Starts a stopwatch: the function it returns gives the seconds since. */
export function stopwatch(): () => number {
  const started = performance.now();
  return () => (performance.now() - started) / 1000;
}
