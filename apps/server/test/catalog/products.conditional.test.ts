import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { createProduct, type Product } from '../helpers/catalog-api.js';
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

  const create = (overrides: Partial<typeof validProduct> = {}) => createProduct(app, overrides);

  describe('conditional writes', () => {
    it('a write with the current ETag succeeds and returns the new ETag', async () => {
      const created = await app.inject({ method: 'POST', url: '/products', payload: validProduct });
      const etag = created.headers.etag as string;
      const response = await app.inject({
        method: 'PATCH',
        url: '/products/1',
        headers: { 'if-match': etag },
        payload: { price: 5 },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers.etag).not.toBe(etag);
      const read = await app.inject({ url: '/products/1' });
      expect(read.headers.etag).toBe(response.headers.etag);
    });

    it('a write with a stale ETag answers 412 and changes nothing', async () => {
      const created = await app.inject({ method: 'POST', url: '/products', payload: validProduct });
      const stale = created.headers.etag as string;
      await app.inject({ method: 'PATCH', url: '/products/1', payload: { price: 5 } });
      for (const [method, payload] of [
        ['PUT', { price: 7 }],
        ['PATCH', { price: 7 }],
        ['DELETE', undefined],
      ] as const) {
        const response = await app.inject({
          method,
          url: '/products/1',
          headers: { 'if-match': stale },
          ...(payload ? { payload } : {}),
        });
        expect(response.statusCode).toBe(412);
        expect(response.json()).toMatchObject({ code: 'precondition_failed', status: 412 });
      }
      expect((await app.inject({ url: '/products/1' })).json<Product>().price).toBe(5);
    });

    it('If-Match: * matches any existing product; weak tags never match', async () => {
      await create();
      const star = await app.inject({
        method: 'PATCH',
        url: '/products/1',
        headers: { 'if-match': '*' },
        payload: { price: 3 },
      });
      expect(star.statusCode).toBe(200);
      const weak = await app.inject({
        method: 'PATCH',
        url: '/products/1',
        headers: { 'if-match': `W/${star.headers.etag as string}` },
        payload: { price: 4 },
      });
      expect(weak.statusCode).toBe(412);
    });

    it('of two writers holding the same ETag, exactly one wins', async () => {
      const created = await app.inject({ method: 'POST', url: '/products', payload: validProduct });
      const etag = created.headers.etag as string;
      const results = await Promise.all(
        [11, 22].map((price) =>
          app.inject({
            method: 'PATCH',
            url: '/products/1',
            headers: { 'if-match': etag },
            payload: { price },
          }),
        ),
      );
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    });
  });
});
