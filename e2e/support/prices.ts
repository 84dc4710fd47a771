import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from '../../apps/server/src/db/client.js';
import { execute } from '../../apps/server/src/db/rows.js';
import { loadQuotes, quoteSeries } from '../../apps/server/test/helpers/quotes.js';

const STEP_SECONDS = 300;
const BATCH = 20_000;

/** A smooth, repeatable price: a slow wave (months) with a fast ripple (hours). */
export const priceAt = (i: number): number =>
  Math.round((300_000 + 60_000 * Math.sin(i / 4_000) + 4_000 * Math.sin(i / 40)) * 100) / 100;

export interface SeededQuotes {
  /** Rows inserted. */
  rows: number;
  first: string;
  newest: string;
  newestPrice: number;
}

/**
 * Quotes every 5 minutes for `days` days ending `endAgoSeconds` before now, as the pipeline
 * loads them (rollups kept current), with `gap` slots missing in the middle when asked.
 */
export async function seedQuotes(
  handle: DatabaseHandle,
  { days, endAgoSeconds = 60, gap = 0 }: { days: number; endAgoSeconds?: number; gap?: number },
): Promise<SeededQuotes> {
  const count = Math.round((days * 86_400) / STEP_SECONDS);
  const end = Math.floor((Date.now() - endAgoSeconds * 1000) / 1000) * 1000;
  const start = end - (count - 1) * STEP_SECONDS * 1000;
  const gapFrom = gap > 0 ? Math.floor(count / 2) : count;
  let rows = 0;
  for (let offset = 0; offset < count; offset += BATCH) {
    const batch = quoteSeries(
      new Date(start + offset * STEP_SECONDS * 1000).toISOString(),
      Math.min(BATCH, count - offset),
      STEP_SECONDS,
      (i) => priceAt(offset + i),
    ).filter((_, i) => offset + i < gapFrom || offset + i >= gapFrom + gap);
    rows += await loadQuotes(handle.db, batch);
  }
  return {
    rows,
    first: new Date(start).toISOString(),
    newest: new Date(end).toISOString(),
    newestPrice: priceAt(count - 1),
  };
}

/** One more quote, as the next extraction would load it. */
export async function addQuote(handle: DatabaseHandle, at: string, price: number): Promise<void> {
  await loadQuotes(handle.db, [{ last_updated: at, price: String(price) }]);
}

/** Pipeline runs as the etl worker records them. */
export async function recordRun(
  handle: DatabaseHandle,
  run: { startedAt: string; status: 'succeeded' | 'failed'; rows?: number; error?: string },
): Promise<void> {
  await execute(
    handle.db,
    sql`insert into etl_runs (started_at, finished_at, status, symbols, credits_used,
          rows_inserted, error)
        values (${run.startedAt}::timestamptz, ${run.startedAt}::timestamptz + interval '2 seconds',
          ${run.status}, array['BTC'], ${run.status === 'succeeded' ? 1 : 0}, ${run.rows ?? 0},
          ${run.error ?? null})`,
  );
}
