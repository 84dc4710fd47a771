import type { Logger } from 'pino';
import type { RunReport } from './extract.js';

/** The log lines that say how a run ended. */

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export function logOutcome(
  log: Logger,
  report: RunReport,
  symbols: string[],
  convert: string,
): void {
  const fetched = `${symbols.join(', ')} in ${convert} (${plural(report.credits, 'credit')})`;
  const load = report.load;
  const fields = {
    run: report.runId,
    keys: report.keys,
    rows: load?.rowsInserted,
    duplicates: load?.duplicates,
  };
  for (const bad of load?.bad ?? []) log.warn(`skipped lake object ${bad.key}: ${bad.reason}`);
  if (load && report.status === 'failed') {
    if (load.loaded > 0) {
      log.info(
        fields,
        `loaded ${plural(load.loaded, 'object')} left pending by earlier runs: ${plural(load.rowsInserted, 'new row')}`,
      );
    }
  } else if (load) {
    const ours = report.keys.filter((key) => !load.bad.some((b) => b.key === key)).length;
    const earlier = load.loaded - ours;
    log.info(
      fields,
      `fetched ${fetched}; loaded ${plural(load.rowsInserted, 'new row')}` +
        (load.duplicates > 0 ? `, ${load.duplicates} already present (same update time)` : '') +
        (earlier > 0
          ? `, including ${plural(earlier, 'object')} left pending by earlier runs`
          : ''),
    );
  }
  if (report.status === 'pending') {
    log.warn(
      fields,
      `fetched ${fetched} into the lake; load pending (${report.error?.message ?? 'unknown'}): the next run, or cais etl replay, loads it`,
    );
  }
}
