import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { execute } from '../db/rows.js';
import { demoProduct, randomSource } from './demo-products.js';
import { dropGinIndexes, insertProductBatch, recreateIndexes } from './products.repository.js';

const BATCH = 5_000;
/** From this many products on, the search indexes are rebuilt once instead of updated per row. */
const REBUILD_INDEXES_FROM = 50_000;

export interface SeedProgress {
  inserted: number;
  total: number;
}

/**
 * Inserts `count` demo products in batches, reporting progress after each. One transaction:
 * an interrupted seed leaves nothing behind. A large seed drops the search indexes and builds
 * them again at the end (a million products: four minutes become under one), which makes other
 * sessions wait for the table until it commits.
 */
export async function seedProducts(
  db: Database,
  count: number,
  options: {
    seed: number;
    onProgress?: (progress: SeedProgress) => void;
    /** Rebuild the search indexes from this many products on (REBUILD_INDEXES_FROM). */
    rebuildIndexesFrom?: number;
  },
): Promise<void> {
  const random = randomSource(options.seed);
  const now = Date.now();
  await db.transaction(async (tx) => {
    const dropped =
      count >= (options.rebuildIndexesFrom ?? REBUILD_INDEXES_FROM) ? await dropGinIndexes(tx) : [];
    for (let inserted = 0; inserted < count;) {
      const size = Math.min(BATCH, count - inserted);
      await insertProductBatch(
        tx,
        Array.from({ length: size }, () => demoProduct(random, now)),
      );
      inserted += size;
      options.onProgress?.({ inserted, total: count });
    }
    // Room to sort the index entries in memory rather than in temporary files.
    if (dropped.length > 0) await execute(tx, sql`set local maintenance_work_mem = '256MB'`);
    await recreateIndexes(tx, dropped);
  });
  // Fresh statistics, so the planner picks the list indexes right away.
  await execute(db, sql`analyze products`);
}
