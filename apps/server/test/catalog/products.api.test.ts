import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createCatalog, pruneIdempotencyKeys } from '../../src/catalog/products.service.js';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { describeEachDatabase, resetCatalog } from '../helpers/database.js';

type Product = typeof validProduct & { id: number; created_at: string; updated_at: string };

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

  const create = async (overrides: Partial<typeof validProduct> = {}) => {
    const response = await app.inject({
      method: 'POST',
      url: '/products/',
      payload: { ...validProduct, ...overrides },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Product>();
  };

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

  describe('list', () => {
    beforeEach(async () => {
      const rows: [string, number, string, string][] = [
        ['Geladeira Frost Free', 3899.9, 'Eletrodoméstico', 'Duas portas'],
        ['Fogão 5 bocas', 1299, 'Eletrodoméstico', 'Acendimento automático'],
        ['Smartphone 128 GB', 1899.9, 'Eletrônico', 'Tela de 6,5 polegadas'],
        ['Sofá retrátil', 2499.5, 'Móveis', 'Três lugares, 100% algodão'],
        ['Camiseta básica', 49.9, 'Roupas', 'Algodão, 50%_off'],
        ['Tênis de corrida', 399.99, 'Calçados', 'Amortecimento em gel'],
        ['Notebook 15"', 3899.9, 'Eletrônico', null as unknown as string],
      ];
      for (const [name, price, categoria, description] of rows) {
        await create({ name, price, categoria, description });
      }
    });

    const list = async (query = '') => {
      const response = await app.inject({ url: `/products${query}` });
      expect(response.statusCode, response.body).toBe(200);
      return { response, items: response.json<Product[]>() };
    };

    it('returns a plain array with the total in X-Total-Count and Content-Range', async () => {
      const { response, items } = await list();
      expect(Array.isArray(items)).toBe(true);
      expect(items.map((p) => p.id)).toEqual([1, 2, 3, 4, 5, 6, 7]);
      expect(response.headers['x-total-count']).toBe('7');
      expect(response.headers['content-range']).toBe('items 0-6/7');
    });

    it('pages with limit and offset, linking first, prev, next and last', async () => {
      const { response, items } = await list('?limit=2&offset=2');
      expect(items.map((p) => p.id)).toEqual([3, 4]);
      expect(response.headers['content-range']).toBe('items 2-3/7');
      const link = response.headers.link as string;
      expect(link).toContain('<?limit=2&offset=0>; rel="first"');
      expect(link).toContain('<?limit=2&offset=0>; rel="prev"');
      expect(link).toContain('<?limit=2&offset=4>; rel="next"');
      expect(link).toContain('<?limit=2&offset=6>; rel="last"');
      const past = await list('?offset=50');
      expect(past.items).toEqual([]);
      expect(past.response.headers['content-range']).toBe('items */7');
    });

    it('sorts by several fields, breaking ties by id in the first field’s direction', async () => {
      const desc = await list('?sort=-price');
      expect(desc.items.map((p) => p.id)).toEqual([7, 1, 4, 3, 2, 6, 5]);
      const asc = await list('?sort=price');
      expect(asc.items.map((p) => p.id)).toEqual([5, 6, 2, 3, 4, 1, 7]);
      const mixed = await list('?sort=categoria,-price');
      expect(mixed.items.map((p) => p.categoria)).toEqual([
        'Calçados',
        'Eletrodoméstico',
        'Eletrodoméstico',
        'Eletrônico',
        'Eletrônico',
        'Móveis',
        'Roupas',
      ]);
      expect(mixed.items.slice(3, 5).map((p) => p.id)).toEqual([7, 3]);
    });

    it('filters by category and an inclusive price range', async () => {
      const { response, items } = await list(
        '?categoria=Eletr%C3%B4nico&price_min=1899.9&price_max=3899.9',
      );
      expect(items.map((p) => p.id)).toEqual([3, 7]);
      expect(response.headers['x-total-count']).toBe('2');
    });

    it('searches name and description, case-insensitively, taking % and _ literally', async () => {
      expect((await list('?q=ALGOD')).items.map((p) => p.id)).toEqual([4, 5]);
      expect((await list('?q=50%25_off')).items.map((p) => p.id)).toEqual([5]);
      expect((await list('?q=100%25')).items.map((p) => p.id)).toEqual([4]);
      expect((await list('?q=%25')).items.map((p) => p.id)).toEqual([4, 5]);
      expect((await list('?q=nothing-like-this')).items).toEqual([]);
    });

    it('counts a new product at once after a write', async () => {
      expect((await list('?categoria=Roupas')).response.headers['x-total-count']).toBe('1');
      await create({ categoria: 'Roupas' });
      expect((await list('?categoria=Roupas')).response.headers['x-total-count']).toBe('2');
      await app.inject({ method: 'DELETE', url: '/products/5' });
      expect((await list('?categoria=Roupas')).response.headers['x-total-count']).toBe('1');
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
