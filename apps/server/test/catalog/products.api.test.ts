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

  describe('create and read', () => {
    it('creates a product and answers 201 with it, its ETag and Location', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/products/',
        payload: validProduct,
      });
      expect(response.statusCode).toBe(201);
      const product = response.json<Product>();
      expect(product).toMatchObject({ ...validProduct, id: 1 });
      expect(Date.parse(product.created_at)).not.toBeNaN();
      expect(product.updated_at).toBe(product.created_at);
      expect(response.headers.location).toBe('/products/1');
      expect(response.headers.etag).toMatch(/^"[\w-]+"$/);
    });

    it('reads a product by id, with or without the trailing slash', async () => {
      const created = await create();
      for (const url of [`/products/${created.id}`, `/products/${created.id}/`]) {
        const response = await app.inject({ url });
        expect(response.statusCode).toBe(200);
        expect(response.json()).toEqual(created);
      }
    });

    it('keeps prices exact through numeric(12,2)', async () => {
      for (const price of [0.01, 0.1, 19.99, 1234567.89, 9999999999.99, 100]) {
        const created = await create({ price });
        const read = await app.inject({ url: `/products/${created.id}` });
        expect(read.json<Product>().price).toBe(price);
        expect(read.body).toContain(`"price":${String(price)}`);
      }
    });

    it('stores an empty or missing description as given', async () => {
      const empty = await create({ description: '' });
      expect(empty.description).toBe('');
      const withoutDescription: Partial<typeof validProduct> = { ...validProduct };
      delete withoutDescription.description;
      const response = await app.inject({
        method: 'POST',
        url: '/products',
        payload: withoutDescription,
      });
      expect(response.json<Product>().description).toBeNull();
    });

    it('keeps unicode text as sent', async () => {
      const created = await create({
        name: 'Fogão 5 bocas — “edição” 日本 🔥',
        description: 'Ação, coração e pão',
      });
      const read = await app.inject({ url: `/products/${created.id}` });
      expect(read.json<Product>().name).toBe('Fogão 5 bocas — “edição” 日本 🔥');
    });

    it('ignores unknown fields, as the original did', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/products',
        payload: { ...validProduct, id: 999, stock: 3 },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).not.toHaveProperty('stock');
      expect(response.json<Product>().id).toBe(1);
    });

    it('answers 304 to If-None-Match with the current ETag', async () => {
      const created = await create();
      const first = await app.inject({ url: `/products/${created.id}` });
      const again = await app.inject({
        url: `/products/${created.id}`,
        headers: { 'if-none-match': first.headers.etag as string },
      });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
    });

    it('answers 404 with the original detail for an unknown id', async () => {
      const response = await app.inject({ url: '/products/4242' });
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        detail: 'Product not found',
        status: 404,
        code: 'not_found',
      });
    });
  });

  describe('update and delete', () => {
    it('PUT changes only the fields sent and ignores nulls, as the original', async () => {
      const created = await create();
      const response = await app.inject({
        method: 'PUT',
        url: `/products/${created.id}`,
        payload: { price: 10.5, name: null, categoria: 'Móveis' },
      });
      expect(response.statusCode).toBe(200);
      const updated = response.json<Product>();
      expect(updated).toMatchObject({ ...validProduct, price: 10.5, categoria: 'Móveis' });
      expect(Date.parse(updated.updated_at)).toBeGreaterThanOrEqual(Date.parse(created.updated_at));
      expect(updated.created_at).toBe(created.created_at);
    });

    it.each(['PUT', 'PATCH'] as const)(
      'a product read with GET can be written back with %s (read-only fields are ignored)',
      async (method) => {
        const created = await create();
        const read = (await app.inject({ url: `/products/${created.id}` })).json<Product>();
        const response = await app.inject({
          method,
          url: `/products/${created.id}`,
          payload: { ...read, price: 12.34 },
        });
        expect(response.statusCode, response.body).toBe(200);
        const written = response.json<Product>();
        expect(written).toEqual({ ...created, price: 12.34, updated_at: written.updated_at });
      },
    );

    it.each(['PUT', 'PATCH'] as const)(
      '%s ignores id, created_at and updated_at whatever their value',
      async (method) => {
        const created = await create();
        const response = await app.inject({
          method,
          url: `/products/${created.id}`,
          payload: { id: 999, created_at: '1999-01-01T00:00:00Z', updated_at: 'not a date' },
        });
        expect(response.statusCode, response.body).toBe(200);
        expect(response.json()).toEqual(created);
        expect((await app.inject({ url: '/products/999' })).statusCode).toBe(404);
      },
    );

    it('PUT with an empty body changes nothing', async () => {
      const created = await create();
      const response = await app.inject({
        method: 'PUT',
        url: `/products/${created.id}`,
        payload: {},
      });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(created);
    });

    it('PATCH applies a merge patch and null clears the description', async () => {
      const created = await create();
      const response = await app.inject({
        method: 'PATCH',
        url: `/products/${created.id}`,
        headers: { 'content-type': 'application/merge-patch+json' },
        payload: JSON.stringify({ description: null, email_fornecedor: 'novo@fornecedor.com' }),
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({
        description: null,
        email_fornecedor: 'novo@fornecedor.com',
        name: validProduct.name,
      });
    });

    it('DELETE answers 200 with the deleted product, then 404', async () => {
      const created = await create();
      const deleted = await app.inject({ method: 'DELETE', url: `/products/${created.id}` });
      expect(deleted.statusCode).toBe(200);
      expect(deleted.json()).toEqual(created);
      expect((await app.inject({ url: `/products/${created.id}` })).statusCode).toBe(404);
      expect(
        (await app.inject({ method: 'DELETE', url: `/products/${created.id}` })).statusCode,
      ).toBe(404);
    });

    it('PUT, PATCH and DELETE of an unknown id answer 404', async () => {
      for (const method of ['PUT', 'PATCH'] as const) {
        const response = await app.inject({ method, url: '/products/777', payload: { price: 1 } });
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ detail: 'Product not found' });
      }
    });
  });

  it('lists the five original categories', async () => {
    const response = await app.inject({ url: '/categories' });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ name: string }[]>().map((c) => c.name)).toEqual([
      'Eletrônico',
      'Eletrodoméstico',
      'Móveis',
      'Roupas',
      'Calçados',
    ]);
  });
});
