import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { validProduct } from '../helpers/app.js';
import { buildTestApp } from '../helpers/app.js';
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
});
