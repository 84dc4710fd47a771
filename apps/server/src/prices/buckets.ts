import { ROLLUP_RESOLUTIONS, type RollupResolution } from '../db/schema.js';
import type { SeriesSource } from './price.schema.js';

/**
 * The bucket maths of /prices/series. Buckets have a whole number of seconds `w` =
 * max(1, ceil((to - from) / points)); bucket k covers [from + k·w, from + (k+1)·w), and a quote at
 * exactly `to` joins the last one, so there are never more than `points`.
 */
export interface BucketPlan {
  from: Date;
  to: Date;
  points: number;
  widthSeconds: number;
  source: SeriesSource;
  /** With a rollup: the whole rollup buckets in [start, end) come from it, the edges from quotes. */
  rollup: { resolution: RollupResolution; start: Date; end: Date } | undefined;
}

const SOURCE: Record<RollupResolution, SeriesSource> = {
  3600: 'rollup_1h',
  10800: 'rollup_3h',
  86400: 'rollup_1d',
};

export function planBuckets(from: Date, to: Date, points: number): BucketPlan {
  const spanMs = to.getTime() - from.getTime();
  const widthSeconds = Math.max(1, Math.ceil(spanMs / (1000 * points)));
  const plan: BucketPlan = { from, to, points, widthSeconds, source: 'quotes', rollup: undefined };
  // The coarsest rollup no wider than a bucket: each rollup bucket then falls in one series
  // bucket, or straddles two, which places its quotes at most one rollup width early.
  const resolution = [...ROLLUP_RESOLUTIONS].reverse().find((r) => r <= widthSeconds);
  if (resolution === undefined) return plan;
  const step = resolution * 1000;
  const start = Math.ceil(from.getTime() / step) * step;
  const end = Math.floor(to.getTime() / step) * step;
  // Not one whole rollup bucket inside the range: the quotes alone are cheap enough.
  if (end <= start) return plan;
  return {
    ...plan,
    source: SOURCE[resolution],
    rollup: { resolution, start: new Date(start), end: new Date(end) },
  };
}
