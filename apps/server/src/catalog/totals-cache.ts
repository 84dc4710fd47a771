/**
 * Totals of recent list queries. Counting thousands of matching rows costs more than reading the
 * page itself, and paging through one filtered list asks the same count again and again. A
 * total is kept until this process writes a product, and never longer than `ttlMs`, which bounds
 * how long writes made by another process (a second api task, psql) can go unnoticed.
 */
export class TotalsCache {
  private readonly totals = new Map<string, { total: number; expires: number }>();

  constructor(
    private readonly ttlMs = 2_000,
    private readonly maxEntries = 1_000,
  ) {}

  get(key: string): number | undefined {
    const entry = this.totals.get(key);
    if (entry === undefined) return undefined;
    if (entry.expires > Date.now()) return entry.total;
    this.totals.delete(key);
    return undefined;
  }

  set(key: string, total: number): void {
    // Oldest first in a Map: dropping the first key keeps the cache bounded.
    if (this.totals.size >= this.maxEntries)
      this.totals.delete(this.totals.keys().next().value ?? '');
    this.totals.set(key, { total, expires: Date.now() + this.ttlMs });
  }

  clear(): void {
    this.totals.clear();
  }
}
