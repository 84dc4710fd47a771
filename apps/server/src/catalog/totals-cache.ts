/**
 * Totals of recent list queries. Counting thousands of matching rows costs more than reading the
 * page itself, and paging through one filtered list asks the same count again and again. A
 * total is kept until this process writes a product, and never longer than `ttlMs`, which bounds
 * how long writes made by another process (a second api task, psql) can go unnoticed. Requests
 * that miss together share one count: under load, an expired total would otherwise be counted
 * once per request in flight.
 */
export class TotalsCache<T = number> {
  private readonly totals = new Map<string, { total: Promise<T>; expires: number }>();

  constructor(
    private readonly ttlMs = 2_000,
    private readonly maxEntries = 1_000,
  ) {}

  /** The cached total of `key`, or the one `count` gives (counted once however many ask). */
  get(key: string, count: () => Promise<T>): Promise<T> {
    const entry = this.totals.get(key);
    if (entry !== undefined && entry.expires > Date.now()) return entry.total;
    this.totals.delete(key);
    // Oldest first in a Map: dropping the first key keeps the cache bounded.
    if (this.totals.size >= this.maxEntries)
      this.totals.delete(this.totals.keys().next().value ?? '');
    const total = count();
    const fresh = { total, expires: Date.now() + this.ttlMs };
    this.totals.set(key, fresh);
    // A failed count is not kept: the next request counts again.
    total.catch(() => {
      if (this.totals.get(key) === fresh) this.totals.delete(key);
    });
    return total;
  }

  clear(): void {
    this.totals.clear();
  }
}
