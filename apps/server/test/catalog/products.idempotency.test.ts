import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCatalog, pruneIdempotencyKeys } from '../../src/catalog/products.service.js';
import { buildTestApp, validProduct } from '../helpers/app.js';
import type { Product } from '../helpers/catalog-api.js';
import { describeEachDatabase, resetCatalog } from '../helpers/database.js';

describeEachDatabase('catalog API', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await resetCatalog(database());
  });

  describe('idempotent creates', () => {
    const post = (key: string, payload: object = validProduct) =>
      app.inject({
        method: 'POST',
        url: '/products',
        headers: { 'idempotency-key': key },
        payload,
      });

    it('a retried create returns the first result and creates no duplicate', async () => {
      const first = await post('order-123');
      const retry = await post('order-123');
      expect(first.statusCode).toBe(201);
      expect(retry.statusCode).toBe(201);
      expect(retry.json()).toEqual(first.json());
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(first.headers['idempotent-replayed']).toBeUndefined();
      expect((await app.inject({ url: '/products' })).headers['x-total-count']).toBe('1');
    });

    it('concurrent requests with one key create one product', async () => {
      const responses = await Promise.all(Array.from({ length: 5 }, () => post('same-key')));
      expect(new Set(responses.map((r) => r.json<Product>().id)).size).toBe(1);
      expect((await app.inject({ url: '/products' })).headers['x-total-count']).toBe('1');
    });

    it('reusing a key with another body answers 422 and creates nothing', async () => {
      await post('k1');
      const response = await post('k1', { ...validProduct, price: 1 });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({
        code: 'idempotency_key_reused',
        errors: [{ field: 'idempotency-key' }],
      });
      expect((await app.inject({ url: '/products' })).headers['x-total-count']).toBe('1');
    });

    it('a rejected create does not use up its key', async () => {
      const rejected = await post('k2', { ...validProduct, price: -1 });
      expect(rejected.statusCode).toBe(422);
      expect((await post('k2')).statusCode).toBe(201);
    });
  });
});

describeEachDatabase('idempotency keys', (database) => {
  it('are kept for a day, then dropped', async () => {
    const app = await buildTestApp(database());
    const post = () =>
      app.inject({
        method: 'POST',
        url: '/products',
        headers: { 'idempotency-key': 'daily' },
        payload: validProduct,
      });
    expect((await post()).statusCode).toBe(201);
    const catalog = createCatalog(database().db);
    expect(await pruneIdempotencyKeys(catalog, Date.now() + 23 * 3600 * 1000)).toBe(0);
    expect((await post()).headers['idempotent-replayed']).toBe('true');
    expect(await pruneIdempotencyKeys(catalog, Date.now() + 25 * 3600 * 1000)).toBe(1);
    expect((await post()).headers['idempotent-replayed']).toBeUndefined();
    await app.close();
  });
});
