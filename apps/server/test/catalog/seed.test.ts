import { Ajv } from 'ajv';
import addFormatsImport from 'ajv-formats';
import { expect, it } from 'vitest';
import { ProductSchema } from '../../src/catalog/product.schema.js';
import { seedProducts } from '../../src/catalog/seed.js';
import { hasAtMostDecimals } from '../../src/http/validation.js';
import { buildTestApp } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';

const addFormats = addFormatsImport as unknown as typeof addFormatsImport.default;

describeEachDatabase('demo products', (database) => {
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
  });
});
