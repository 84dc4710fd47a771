import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { execute } from '../db/rows.js';
import { demoProduct, randomSource } from './demo-products.js';
import { insertProductBatch } from './products.repository.js';

const BATCH = 5_000;

export interface SeedProgress {
  inserted: number;
  total: number;
}

/**
 * Inserts `count` demo products in batches, reporting progress after each. One transaction:
 * an interrupted seed leaves nothing behind.
 */
export async function seedProducts(
  db: Database,
  count: number,
  options: { seed: number; onProgress?: (progress: SeedProgress) => void },
): Promise<void> {
  const random = randomSource(options.seed);
  const now = Date.now();
  await db.transaction(async (tx) => {
    for (let inserted = 0; inserted < count;) {
      const size = Math.min(BATCH, count - inserted);
      await insertProductBatch(
        tx,
        Array.from({ length: size }, () => demoProduct(random, now)),
      );
      inserted += size;
      options.onProgress?.({ inserted, total: count });
    }
  });
  // Fresh statistics, so the planner picks the list indexes right away.
  await execute(db, sql`analyze products`);
}
