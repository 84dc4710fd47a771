import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedProducts } from '../../src/catalog/seed.js';
import { buildTestApp } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';

// limit and offset are optional in the OpenAPI document; leaving them out still pages by 50.
describeEachDatabase('product list without limit and offset', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    await seedProducts(database().db, 60, { seed: 7 });
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers the first 50 products', async () => {
    const response = await app.inject({ url: '/products' });
    expect(response.statusCode).toBe(200);
    expect(response.json<unknown[]>()).toHaveLength(50);
    expect(response.headers['content-range']).toBe('items 0-49/60');
    expect(response.headers.link).toContain('<?offset=50&limit=50>; rel="next"');
  });

  it('applies each default alone', async () => {
    const second = await app.inject({ url: '/products?offset=50' });
    expect(second.headers['content-range']).toBe('items 50-59/60');
    const small = await app.inject({ url: '/products?limit=5' });
    expect(small.headers['content-range']).toBe('items 0-4/60');
  });
});
