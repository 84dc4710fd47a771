import type { Bucket } from './prices.types';

/**
 * The chart's columns (uPlot's aligned data): times in seconds, then close, high and low, with a
 * null row wherever quotes are missing, so the line and the band break there instead of drawing
 * a straight line across an outage.
 */
export type ChartColumns = [number[], (number | null)[], (number | null)[], (number | null)[]];

export interface ChartData {
  columns: ChartColumns;
  /** The bucket behind each row of `columns` (null at a break), for the crosshair's values. */
  buckets: (Bucket | null)[];
}

/**
 * How far apart two non-empty buckets may start without a break between them. Wider buckets
 * than the schedule: more than one and a half buckets (a whole bucket empty). Narrower ones (a
 * short range): more than one and a half schedule intervals plus a bucket, as the gaps of the
 * pipeline health are counted, with room for a bucket's rounding.
 */
export const breakAfterSeconds = (bucketSeconds: number, intervalSeconds: number): number =>
  Math.max(1.5 * bucketSeconds, 1.5 * intervalSeconds + bucketSeconds);

export function toChartData(
  buckets: readonly Bucket[],
  bucketSeconds: number,
  intervalSeconds: number,
): ChartData {
  const limit = breakAfterSeconds(bucketSeconds, intervalSeconds);
  const times: number[] = [];
  const close: (number | null)[] = [];
  const high: (number | null)[] = [];
  const low: (number | null)[] = [];
  const rows: (Bucket | null)[] = [];
  let previous: number | undefined;
  for (const bucket of buckets) {
    const time = Date.parse(bucket.time) / 1000;
    if (previous !== undefined && time - previous > limit) {
      times.push(previous + bucketSeconds);
      close.push(null);
      high.push(null);
      low.push(null);
      rows.push(null);
    }
    times.push(time);
    close.push(bucket.close);
    high.push(bucket.high);
    low.push(bucket.low);
    rows.push(bucket);
    previous = time;
  }
  return { columns: [times, close, high, low], buckets: rows };
}

/** Points for a sparkline path in a `width` by `height` box (y grows downwards). */
export function sparklinePoints(
  values: readonly number[],
  width: number,
  height: number,
): [number, number][] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const step = values.length > 1 ? width / (values.length - 1) : 0;
  return values.map((v, i) => [
    Math.round(i * step * 10) / 10,
    Math.round((height - ((v - min) / span) * height) * 10) / 10,
  ]);
}
