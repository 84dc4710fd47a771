import { Ajv } from 'ajv';
import { sql } from 'drizzle-orm';
import addFormatsImport from 'ajv-formats';
import { expect, it } from 'vitest';
import { ProductSchema } from '../../src/catalog/product.schema.js';
import { seedProducts } from '../../src/catalog/seed.js';
import { hasAtMostDecimals } from '../../src/http/validation.js';
import { buildTestApp } from '../helpers/app.js';
import { describeEachDatabase, resetCatalog } from '../helpers/database.js';
import { query } from '../helpers/sql.js';

const addFormats = addFormatsImport as unknown as typeof addFormatsImport.default;

describeEachDatabase('demo products', (database) => {
  // Every insert folds its text for the stored search columns: 12,000 rows in PGlite take
  // over 30 s on a loaded 2-core machine.
  it('are valid products the API serves, spread over every category, reported in batches', async () => {
    const progress: number[] = [];
    await seedProducts(database().db, 12_000, {
      seed: 3,
      onProgress: ({ inserted }) => progress.push(inserted),
    });
    expect(progress).toEqual([5_000, 10_000, 12_000]);

    const app = await buildTestApp(database());
    const page = await app.inject({ url: '/products?limit=500&sort=-price' });
    expect(page.headers['x-total-count']).toBe('12000');
    const ajv = new Ajv({ strict: false });
    addFormats(ajv, ['email', 'date-time']);
    const valid = ajv.compile(ProductSchema);
    const products = page.json<{ name: string; price: number; categoria: string }[]>();
    for (const product of products) {
      expect(valid(product), JSON.stringify(valid.errors)).toBe(true);
      expect(hasAtMostDecimals(product.price, 2)).toBe(true);
    }
    const categories = await app.inject({ url: '/products?limit=1&categoria=Cal%C3%A7ados' });
    expect(Number(categories.headers['x-total-count'])).toBeGreaterThan(1_500);
    expect(new Set(products.map((p) => p.name)).size).toBeGreaterThan(100);
    await app.close();
  }, 120_000);

  it('rebuilds the search indexes once for a large seed, and search uses them after', async () => {
    const { db } = database();
    await resetCatalog(database());
    await seedProducts(db, 2_000, { seed: 5, rebuildIndexesFrom: 1_000 });
    const indexes = await query(
      db,
      sql`select indexname from pg_indexes where tablename = 'products' and indexdef like '% USING gin %'`,
    );
    expect(indexes).toEqual([{ indexname: 'products_search_text_trgm_idx' }]);
    const app = await buildTestApp(database());
    const found = await app.inject({ url: '/products?q=geladeira&sort=id&limit=5' });
    expect(found.statusCode, found.body).toBe(200);
    const names = found.json<{ name: string }[]>().map((p) => p.name);
    expect(names.some((name) => name.startsWith('Geladeira'))).toBe(true);
    await app.close();
  });
});
