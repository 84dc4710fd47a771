import { LRUCache } from 'lru-cache';

/**
 * Totals of recent list queries. Counting thousands of matching rows costs more than reading the
 * page itself, and paging through one filtered list asks the same count again and again. A
 * total is kept until this process writes a product, and never longer than `ttlMs`, which bounds
 * how long writes made by another process (a second api task, psql) can go unnoticed. Requests
 * that miss together share one count (the cache holds the promise): under load, an expired total
 * would otherwise be counted once per request in flight.
 */
export class TotalsCache<T = number> {
  private readonly totals: LRUCache<string, Promise<T>>;

  constructor(ttlMs = 2_000, maxEntries = 1_000) {
    // Ages are read from Date.now() when asked, not from the performance clock lru-cache would
    // capture at load: the same clock the rest of the app (and its fake timers in tests) uses.
    this.totals = new LRUCache({ max: maxEntries, ttl: ttlMs, perf: { now: () => Date.now() } });
  }

  /** The cached total of `key`, or the one `count` gives (counted once however many ask). */
  get(key: string, count: () => Promise<T>): Promise<T> {
    const cached = this.totals.get(key);
    if (cached !== undefined) return cached;
    const total = count();
    this.totals.set(key, total);
    // A failed count is not kept: the next request counts again.
    total.catch(() => {
      if (this.totals.peek(key) === total) this.totals.delete(key);
    });
    return total;
  }

  clear(): void {
    this.totals.clear();
  }
}
