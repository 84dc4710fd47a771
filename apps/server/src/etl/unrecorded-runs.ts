import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import type { Database } from '../db/client.js';
import { UNRECORDED_RUNS_PREFIX, unrecordedRunKey } from '../lake/keys.js';
import type { Lake } from '../lake/lake.js';
import { shortReason } from '../log/reason.js';
import * as runs from './runs.repository.js';

/**
 * Runs made while the database is down are kept in the lake (it is up: the run just wrote to
 * it) and recorded in etl_runs by the next run that reaches the database, so the status, the
 * health panel and the credit check count every CoinMarketCap call.
 */

export async function keepUnrecordedRun(lake: Lake, run: runs.UnrecordedRun): Promise<string> {
  const key = unrecordedRunKey(new Date(run.startedAt), randomUUID().slice(0, 8));
  await lake.put(key, `${JSON.stringify(run)}\n`, 'application/json');
  return key;
}

/** Records the runs the lake kept that etl_runs does not have yet; returns how many. */
export async function recordUnrecordedRuns(db: Database, lake: Lake, log: Logger): Promise<number> {
  const days = (await lake.list(UNRECORDED_RUNS_PREFIX)).prefixes;
  let recorded = 0;
  for (const day of days) {
    const keys = (await lake.list(day)).keys.filter((k) => k.endsWith('.json'));
    const done = await runs.recordedRunKeys(db, keys);
    for (const key of keys.filter((k) => !done.has(k))) {
      try {
        const run = JSON.parse((await lake.get(key)).toString('utf8')) as runs.UnrecordedRun;
        await runs.recordUnrecordedRun(db, key, run);
        recorded += 1;
      } catch (error) {
        log.warn(`could not record the run kept in ${key}: ${shortReason(error)}`);
      }
    }
  }
  if (recorded > 0) log.info(`recorded ${recorded} run(s) made while the database was down`);
  return recorded;
}
