import type { Database } from '../db/client.js';
import { dropOrphanRollups, quoteSeries, rebuildWindow } from '../quotes/rollups.repository.js';

/** Rebuilding the rollups: the use case behind `cais db rollup` and the quote seed. */

const DAY_MS = 24 * 3600 * 1000;
/** Days per transaction: small enough to show progress, large enough to be few round trips. */
export const WINDOW_DAYS = 30;

export interface RollupProgress {
  /** Days rebuilt so far, of `total` over every series. */
  done: number;
  total: number;
  series: string;
}

export interface RollupFilter {
  symbols?: readonly string[] | undefined;
  convert?: string | undefined;
  /** Only the days from `from` to `to` (widened to whole UTC days). */
  from?: Date | undefined;
  to?: Date | undefined;
}

/**
 * Recomputes the rollups of every series (or those the filter names) from the quotes, a window
 * of days per transaction, so readers never see a half-built day and an interruption loses only
 * the window in flight. Returns the series and days rebuilt.
 */
export async function rebuildRollups(
  db: Database,
  filter: RollupFilter = {},
  onProgress?: (progress: RollupProgress) => void,
): Promise<{ series: number; days: number }> {
  const series = (await quoteSeries(db)).filter(
    (s) =>
      (filter.symbols === undefined || filter.symbols.includes(s.symbol)) &&
      (filter.convert === undefined || s.convert === filter.convert),
  );
  const spans = series.map((s) => {
    const first = Math.max(s.first, filter.from?.getTime() ?? -Infinity);
    const last = Math.min(s.last, filter.to?.getTime() ?? Infinity);
    const from = Math.floor(first / DAY_MS) * DAY_MS;
    const to = Math.floor(last / DAY_MS) * DAY_MS + DAY_MS;
    return { ...s, from, days: to > from ? (to - from) / DAY_MS : 0 };
  });
  const total = spans.reduce((sum, s) => sum + s.days, 0);
  let done = 0;
  for (const span of spans) {
    for (let day = 0; day < span.days; day += WINDOW_DAYS) {
      const days = Math.min(WINDOW_DAYS, span.days - day);
      await rebuildWindow(db, span, {
        from: new Date(span.from + day * DAY_MS),
        to: new Date(span.from + (day + days) * DAY_MS),
      });
      done += days;
      onProgress?.({ done, total, series: `${span.symbol}/${span.convert}` });
    }
  }
  if (filter.symbols === undefined && filter.convert === undefined && filter.from === undefined)
    await dropOrphanRollups(db);
  return { series: spans.length, days: total };
}
