import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';

interface Listed {
  id: number;
  name: string;
  price: number;
}

// The search cases of issue 16, identical on PGlite and the PostgreSQL server.
describeEachDatabase('product search', (database) => {
  let app: FastifyInstance;
  const catalog = [
    { name: 'Tênis Esportivo de Corrida', categoria: 'Calçados', price: 299.9 },
    { name: 'Smartphone 128 GB', description: 'Eletrônico com tela de 6,5"', price: 1499 },
    { name: 'Geladeira Frost Free 400 L', description: 'Inox', price: 3899.9 },
    { name: 'Cadeira Gamer Reclinável', categoria: 'Móveis', price: 899 },
    { name: 'Geladeira Duplex 300 L', description: 'Branca', price: 2199 },
    { name: 'Fogão 4 Bocas', description: 'Combina com a geladeira frost free', price: 999 },
    { name: 'Running Shoes', description: 'Lightweight tennis trainers', price: 349 },
  ];
  beforeAll(async () => {
    app = await buildTestApp(database());
    for (const product of catalog) {
      const response = await app.inject({
        method: 'POST',
        url: '/products',
        payload: { ...validProduct, description: null, ...product },
      });
      expect(response.statusCode, response.body).toBe(201);
    }
  });
  afterAll(async () => {
    await app.close();
  });

  const search = async (query: string) => {
    const response = await app.inject({ url: `/products?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Listed[]>().map((p) => p.id);
  };

  it('ignores accents and case: tenis finds Tênis, eletronico finds Eletrônico', async () => {
    // `tennis` is a near spelling, found too, but after the product that has the word itself.
    expect(await search('q=tenis')).toEqual([1, 7]);
    expect(await search('q=T%C3%8ANIS')).toEqual([1, 7]);
    expect(await search('q=eletronico')).toEqual([2]);
    expect(await search('q=ELETR%C3%94NICO')).toEqual([2]);
  });

  it('needs every word, in any order', async () => {
    const frost = await search('q=geladeira%20frost');
    expect(frost).toEqual(await search('q=frost%20geladeira'));
    expect(frost.sort()).toEqual([3, 6]);
    expect(await search('q=geladeira%20duplex')).toEqual([5]);
    expect(await search('q=geladeira%20fog%C3%A3o')).toEqual([6]);
  });

  it('tolerates typos: cadera finds Cadeira', async () => {
    expect(await search('q=cadera')).toEqual([4]);
    expect((await search('q=geladera')).sort()).toEqual([3, 5, 6]);
  });

  it('finds English text as well as Portuguese', async () => {
    expect(await search('q=running%20shoes')).toEqual([7]);
    expect(await search('q=tennis')).toEqual([7, 1]);
  });

  it('ranks by relevance by default: a product named for the words before one that mentions them', async () => {
    const ranked = await search('q=geladeira%20frost');
    expect(ranked).toEqual([3, 6]);
    const geladeiras = await search('q=geladeira');
    expect(geladeiras.slice(0, 2).sort()).toEqual([3, 5]);
    expect(geladeiras.at(-1)).toBe(6);
    expect(await search('q=geladeira&sort=relevance')).toEqual(geladeiras);
  });

  it('applies another sort on request', async () => {
    expect(await search('q=geladeira&sort=price')).toEqual([6, 5, 3]);
    expect(await search('q=geladeira&sort=-price')).toEqual([3, 5, 6]);
  });

  it('refuses relevance without a search, naming the parameter', async () => {
    const response = await app.inject({ url: '/products?sort=relevance' });
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ errors: [{ field: 'sort' }] });
    const reversed = await app.inject({ url: '/products?q=tv&sort=-relevance' });
    expect(reversed.statusCode).toBe(422);
  });

  it('pages a search by cursor in relevance order', async () => {
    const all = await search('q=geladeira');
    const first = await app.inject({ url: '/products?q=geladeira&limit=2' });
    const next = first.headers['x-next-cursor'] as string;
    const second = await app.inject({
      url: `/products?q=geladeira&limit=2&cursor=${next}`,
    });
    expect(second.statusCode, second.body).toBe(200);
    expect([...first.json<Listed[]>(), ...second.json<Listed[]>()].map((p) => p.id)).toEqual(all);
  });
});
