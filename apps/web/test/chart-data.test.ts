import { describe, expect, it } from 'vitest';
import { sparklinePoints, toChartData } from '../src/dashboard/chart-data';
import type { Bucket } from '../src/dashboard/prices.types';

const bucket = (time: string, close: number): Bucket => ({
  time,
  open: close,
  high: close + 1,
  low: close - 1,
  close,
  count: 1,
});

describe('chart data', () => {
  it('turns buckets into columns of seconds, close, high and low', () => {
    const data = toChartData(
      [bucket('2026-01-01T00:00:00.000Z', 10), bucket('2026-01-01T00:05:00.000Z', 12)],
      300,
      300,
    );
    expect(data.columns).toEqual([
      [1767225600, 1767225900],
      [10, 12],
      [11, 13],
      [9, 11],
    ]);
    expect(data.buckets.map((b) => b?.close)).toEqual([10, 12]);
  });

  it('breaks the line where quotes are missing, not between neighbours', () => {
    const data = toChartData(
      [
        bucket('2026-01-01T00:00:00.000Z', 1),
        bucket('2026-01-01T00:05:00.000Z', 2),
        // 25 minutes without a quote
        bucket('2026-01-01T00:30:00.000Z', 3),
      ],
      4,
      300,
    );
    expect(data.columns[1]).toEqual([1, 2, null, 3]);
    expect(data.buckets[2]).toBeNull();
    expect(data.columns[0][2]).toBe(1767225900 + 4);
  });

  it('breaks wide buckets only when a whole bucket is empty', () => {
    const hour = (h: number) => `2026-01-01T${String(h).padStart(2, '0')}:00:00.000Z`;
    const data = toChartData(
      [bucket(hour(0), 1), bucket(hour(1), 2), bucket(hour(3), 3)],
      3600,
      300,
    );
    expect(data.columns[1]).toEqual([1, 2, null, 3]);
  });

  it('keeps a single bucket and an empty series drawable', () => {
    expect(toChartData([], 60, 300).columns).toEqual([[], [], [], []]);
    expect(toChartData([bucket('2026-01-01T00:00:00.000Z', 5)], 60, 300).columns[1]).toEqual([5]);
  });

  it('scales a sparkline into its box, highest at the top', () => {
    expect(sparklinePoints([1, 3, 2], 100, 10)).toEqual([
      [0, 10],
      [50, 0],
      [100, 5],
    ]);
    expect(sparklinePoints([4, 4], 10, 10)).toEqual([
      [0, 10],
      [10, 10],
    ]);
  });
});
