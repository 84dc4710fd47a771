import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProducts } from '../../src/catalog/seed.js';
import { countProducts } from '../../src/catalog/product-list.repository.js';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';

interface Listed {
  id: number;
}

const SORTS = ['id', '-id', '-price', 'name', 'categoria,-price', 'created_at', 'price,-name'];

describeEachDatabase('paging by cursor', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    await seedProducts(database().db, 250, { seed: 16 });
    app = await buildTestApp(database());
  });
  afterAll(async () => {
    await app.close();
  });

  const get = async (url: string) => {
    const response = await app.inject({ url });
    expect(response.statusCode, response.body).toBe(200);
    return response;
  };
  const ids = (response: { body: string }) =>
    (JSON.parse(response.body) as Listed[]).map((p) => p.id);

  /** Every page from the first by X-Next-Cursor, `between` running before each next page. */
  async function walk(query: string, between: () => Promise<void> = async () => undefined) {
    let response = await get(`/products?${query}`);
    const seen = [...ids(response)];
    for (let pages = 0; pages < 100; pages++) {
      const next = response.headers['x-next-cursor'];
      if (typeof next !== 'string') return seen;
      await between();
      response = await get(`/products?${query}&cursor=${next}`);
      seen.push(...ids(response));
    }
    throw new Error('the walk did not end');
  }

  describe.each(SORTS)('sort=%s', (sort) => {
    it('walks forwards and backwards through the same order as one big page', async () => {
      const all = ids(await get(`/products?sort=${sort}&limit=500`));
      expect(all).toHaveLength(250);
      expect(await walk(`sort=${sort}&limit=37`)).toEqual(all);

      // From the last page back to the first by X-Prev-Cursor.
      let response = await get(`/products?sort=${sort}&limit=37&offset=222`);
      const back = [ids(response)];
      for (;;) {
        const prev = response.headers['x-prev-cursor'];
        if (typeof prev !== 'string') break;
        response = await get(`/products?sort=${sort}&limit=37&cursor=${prev}`);
        back.unshift(ids(response));
      }
      expect(back.flat().slice(-all.length)).toEqual(all);
    });
  });

  it('links the neighbours of a page read by cursor in Link', async () => {
    const first = await get('/products?sort=-price&limit=10');
    const second = await get(
      `/products?sort=-price&limit=10&cursor=${first.headers['x-next-cursor'] as string}`,
    );
    const link = second.headers.link as string;
    expect(link).toContain('<?sort=-price&limit=10>; rel="first"');
    expect(link).toContain(
      `<?sort=-price&limit=10&cursor=${second.headers['x-next-cursor'] as string}>; rel="next"`,
    );
    expect(link).toContain(
      `<?sort=-price&limit=10&cursor=${second.headers['x-prev-cursor'] as string}>; rel="prev"`,
    );
    expect(second.headers['content-range']).toBeUndefined();
    expect(second.headers['x-total-count']).toBe('250');
    expect(second.headers['x-total-count-kind']).toBe('exact');
    const back = await get(
      `/products?sort=-price&limit=10&cursor=${second.headers['x-prev-cursor'] as string}`,
    );
    expect(ids(back)).toEqual(ids(first));
  });

  it('stays stable while products are added and removed between pages', async () => {
    const before = ids(await get('/products?sort=-price&limit=500'));
    const removed = new Set<number>();
    let step = 0;
    const seen = await walk('sort=-price&limit=20', async () => {
      step++;
      // A cheap and a dear product appear, and one already shown and one not yet shown go away.
      for (const price of [1, 99_999]) {
        const created = await app.inject({
          method: 'POST',
          url: '/products',
          payload: { ...validProduct, price: price + step / 100 },
        });
        expect(created.statusCode).toBe(201);
      }
      for (const id of [before[step * 20 - 5], before[step * 20 + 30]]) {
        if (id === undefined || removed.has(id)) continue;
        removed.add(id);
        expect((await app.inject({ method: 'DELETE', url: `/products/${id}` })).statusCode).toBe(
          200,
        );
      }
    });
    expect(new Set(seen).size).toBe(seen.length);
    const stayed = before.filter((id) => !removed.has(id));
    expect(seen.filter((id) => before.includes(id) && !removed.has(id))).toEqual(stayed);
  });

  it('stays stable under concurrent writes', async () => {
    const before = ids(await get('/products?sort=name&limit=500'));
    const removed = new Set<number>();
    const writer = (async () => {
      for (let i = 0; i < 60; i++) {
        await app.inject({
          method: 'POST',
          url: '/products',
          payload: { ...validProduct, name: `Produto ${String(i).padStart(3, '0')}` },
        });
        const victim = before[(i * 7) % before.length];
        if (victim !== undefined && !removed.has(victim)) {
          removed.add(victim);
          await app.inject({ method: 'DELETE', url: `/products/${victim}` });
        }
      }
    })();
    const seen = await walk('sort=name&limit=15');
    await writer;
    expect(new Set(seen).size).toBe(seen.length);
    // Every product that was there from start to end is listed once, in the list's order.
    const kept = before.filter((id) => !removed.has(id));
    expect(seen.filter((id) => kept.includes(id))).toEqual(kept);
  });

  it('counts exactly up to the threshold and answers the planner estimate above it', async () => {
    const exact = await countProducts(database().db, {}, 1_000_000);
    expect(exact.exact).toBe(true);
    const estimated = await countProducts(database().db, {}, 10);
    expect(estimated.exact).toBe(false);
    expect(estimated.total).toBeGreaterThan(10);
  });
});
