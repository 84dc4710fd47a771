import { afterEach, describe, expect, it, vi } from 'vitest';
import { TotalsCache } from '../../src/catalog/totals-cache.js';

describe('totals cache', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts once for requests that miss together, and keeps the total until it expires', async () => {
    vi.useFakeTimers();
    const cache = new TotalsCache(2_000);
    let counts = 0;
    const count = async () => {
      counts += 1;
      await Promise.resolve();
      return 42;
    };
    expect(await Promise.all([1, 2, 3].map(() => cache.get('a', count)))).toEqual([42, 42, 42]);
    expect(counts).toBe(1);
    vi.advanceTimersByTime(1_999);
    expect(await cache.get('a', count)).toBe(42);
    expect(counts).toBe(1);
    vi.advanceTimersByTime(2);
    expect(await cache.get('a', count)).toBe(42);
    expect(counts).toBe(2);
  });

  it('keeps no failed count: the next request counts again', async () => {
    const cache = new TotalsCache();
    await expect(cache.get('a', () => Promise.reject(new Error('database down')))).rejects.toThrow(
      'database down',
    );
    expect(await cache.get('a', () => Promise.resolve(7))).toBe(7);
  });

  it('forgets every total on clear (this process wrote a product)', async () => {
    const cache = new TotalsCache();
    expect(await cache.get('a', () => Promise.resolve(1))).toBe(1);
    cache.clear();
    expect(await cache.get('a', () => Promise.resolve(2))).toBe(2);
  });

  it('stays bounded, dropping the oldest total first', async () => {
    const cache = new TotalsCache(60_000, 2);
    let counts = 0;
    const count = () => Promise.resolve(++counts);
    await cache.get('a', count);
    await cache.get('b', count);
    await cache.get('c', count);
    expect(await cache.get('b', count)).toBe(2);
    expect(await cache.get('a', count)).toBe(4);
  });
});
