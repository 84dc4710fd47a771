import { parse } from 'csv-parse/sync';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { query } from '../helpers/sql.js';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { describeEachDatabase, resetCatalog } from '../helpers/database.js';

type Product = typeof validProduct & { id: number; created_at: string; updated_at: string };
interface Entry {
  id: number;
  product_id: number;
  action: string;
  actor: string;
  request_id: string | null;
  at: string;
  before: Product | null;
  after: Product | null;
}

const TOKEN = 'history-test-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

describeEachDatabase('history and trash', (database) => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database(), { API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await app.close();
  });
  beforeEach(async () => {
    await resetCatalog(database());
  });

  const create = async (overrides: Partial<typeof validProduct & { sku: string }> = {}) => {
    const response = await app.inject({
      method: 'POST',
      url: '/products',
      headers: auth,
      payload: { ...validProduct, ...overrides },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<Product>();
  };
  const historyOf = async (id: number) => {
    const response = await app.inject({ url: `/products/${id}/history`, headers: auth });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Entry[]>();
  };

  it('stores each image as the JSON the api answers with, prices without trailing zeros', async () => {
    const product = await create({ price: 1299.9, sku: 'CAD-1' });
    const put = await app.inject({
      method: 'PUT',
      url: `/products/${product.id}`,
      headers: auth,
      payload: { ...validProduct, price: 10 },
    });
    expect(put.statusCode, put.body).toBe(200);
    const rows = await query<{ before: string | null; after: string | null }>(
      database().db,
      sql`select before->>'price' as before, after->>'price' as after
          from product_history where product_id = ${product.id} order by id`,
    );
    expect(rows).toEqual([
      { before: null, after: '1299.9' },
      { before: '1299.9', after: '10' },
    ]);
    const [, update] = (await historyOf(product.id)).reverse();
    expect(update?.before).toEqual(product);
    expect(update?.after).toEqual(put.json());
    expect(update?.after).toHaveProperty('sku', 'CAD-1');
  });

  it('records create, update and delete with who, the request id, before and after', async () => {
    const product = await create();
    const updated = await app.inject({
      method: 'PATCH',
      url: `/products/${product.id}`,
      headers: { ...auth, 'x-request-id': 'req-update-1' },
      payload: { price: 10 },
    });
    expect(updated.statusCode).toBe(200);
    const deleted = await app.inject({
      method: 'DELETE',
      url: `/products/${product.id}`,
      headers: auth,
    });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.json()).toEqual(updated.json());

    const entries = await historyOf(product.id);
    expect(entries.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    expect(entries.every((e) => e.actor === 'API_TOKEN')).toBe(true);
    const [del, upd, crt] = entries;
    expect(crt).toMatchObject({ before: null, after: product });
    expect(upd).toMatchObject({ request_id: 'req-update-1', before: product });
    expect(upd?.after?.price).toBe(10);
    expect(del?.before).toEqual(updated.json());
  });

  it('moves a deleted product to the trash: 404, gone from lists, listed in /trash', async () => {
    const kept = await create({ name: 'kept' });
    const gone = await create({ name: 'gone' });
    await app.inject({ method: 'DELETE', url: `/products/${gone.id}`, headers: auth });
    expect((await app.inject(`/products/${gone.id}`)).statusCode).toBe(404);
    const list = await app.inject('/products');
    expect(list.json<Product[]>().map((p) => p.id)).toEqual([kept.id]);
    expect(list.headers['x-total-count']).toBe('1');
    for (const method of ['PUT', 'PATCH'] as const) {
      const write = await app.inject({
        method,
        url: `/products/${gone.id}`,
        headers: auth,
        payload: { price: 1 },
      });
      expect(write.statusCode).toBe(404);
    }
    const again = await app.inject({
      method: 'DELETE',
      url: `/products/${gone.id}`,
      headers: auth,
    });
    expect(again.statusCode).toBe(404);

    const trash = await app.inject({ url: '/trash', headers: auth });
    expect(trash.statusCode).toBe(200);
    const trashed = trash.json<(Product & { deleted_at: string })[]>();
    expect(
      trashed.map(({ deleted_at, ...product }) => [product, Date.parse(deleted_at) > 0]),
    ).toEqual([[gone, true]]);
  });

  it('restores from the trash as it was, with a restore entry', async () => {
    const product = await create();
    await app.inject({ method: 'DELETE', url: `/products/${product.id}`, headers: auth });
    const restored = await app.inject({
      method: 'POST',
      url: `/products/${product.id}/restore`,
      headers: auth,
    });
    expect(restored.statusCode, restored.body).toBe(200);
    expect(restored.json()).toEqual(product);
    expect((await app.inject(`/products/${product.id}`)).json()).toEqual(product);
    expect((await app.inject('/products')).headers['x-total-count']).toBe('1');
    expect((await historyOf(product.id))[0]?.action).toBe('restore');
    const twice = await app.inject({
      method: 'POST',
      url: `/products/${product.id}/restore`,
      headers: auth,
    });
    expect(twice.statusCode).toBe(404);
  });

  it('purges for good, keeping the history with a purge entry', async () => {
    const product = await create();
    const live = await app.inject({ method: 'DELETE', url: `/trash/${product.id}`, headers: auth });
    expect(live.statusCode).toBe(404);
    await app.inject({ method: 'DELETE', url: `/products/${product.id}`, headers: auth });
    const purged = await app.inject({
      method: 'DELETE',
      url: `/trash/${product.id}`,
      headers: auth,
    });
    expect(purged.statusCode).toBe(200);
    expect((await app.inject({ url: '/trash', headers: auth })).json()).toEqual([]);
    const entries = await historyOf(product.id);
    expect(entries[0]).toMatchObject({ action: 'purge', after: null });
    const restore = await app.inject({
      method: 'POST',
      url: `/products/${product.id}/restore`,
      headers: auth,
    });
    expect(restore.statusCode).toBe(404);
  });

  it('reverts to an earlier version as a new entry, honouring If-Match', async () => {
    const product = await create({ name: 'first name' });
    const changed = await app.inject({
      method: 'PATCH',
      url: `/products/${product.id}`,
      headers: auth,
      payload: { name: 'second name', description: null },
    });
    const [, createEntry] = await historyOf(product.id);
    const url = `/products/${product.id}/history/${createEntry?.id}/restore`;
    const stale = await app.inject({
      method: 'POST',
      url,
      headers: { ...auth, 'if-match': '"stale"' },
    });
    expect(stale.statusCode).toBe(412);
    const reverted = await app.inject({
      method: 'POST',
      url,
      headers: { ...auth, 'if-match': changed.headers.etag as string },
    });
    expect(reverted.statusCode, reverted.body).toBe(200);
    expect(reverted.json()).toMatchObject({ name: 'first name', description: product.description });
    const entries = await historyOf(product.id);
    expect(entries.map((e) => e.action)).toEqual(['revert', 'update', 'create']);
    const unknown = await app.inject({
      method: 'POST',
      url: `/products/${product.id}/history/999999/restore`,
      headers: auth,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('pages the history with the list headers', async () => {
    const product = await create();
    for (let i = 1; i <= 4; i++) {
      await app.inject({
        method: 'PATCH',
        url: `/products/${product.id}`,
        headers: auth,
        payload: { price: i },
      });
    }
    const page = await app.inject({
      url: `/products/${product.id}/history?limit=2&offset=1`,
      headers: auth,
    });
    expect(page.headers['x-total-count']).toBe('5');
    expect(page.json<Entry[]>().map((e) => e.after?.price)).toEqual([3, 2]);
    expect((await app.inject({ url: '/products/424242/history', headers: auth })).statusCode).toBe(
      404,
    );
  });

  it('refuses to change or delete history rows, even in SQL', async () => {
    const product = await create();
    await expect(
      query(database().db, sql`update product_history set actor = 'someone else'`),
    ).rejects.toThrow();
    await expect(query(database().db, sql`delete from product_history`)).rejects.toThrow();
    expect((await historyOf(product.id))[0]?.actor).toBe('API_TOKEN');
  });

  it('exports the whole history as CSV for an admin', async () => {
    const product = await create({ name: 'Sofá, "retrátil"' });
    await app.inject({ method: 'DELETE', url: `/products/${product.id}`, headers: auth });
    const csv = await app.inject({ url: '/history.csv', headers: auth });
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const rows = parse<Record<string, string>>(csv.body, { columns: true });
    expect(csv.body.split('\n')[0]).toBe('id,product_id,action,actor,request_id,at,before,after');
    expect(rows.map((r) => r.action)).toEqual(['create', 'delete']);
    expect(JSON.parse(rows[0]?.after ?? '')).toEqual(product);
    expect(JSON.parse(rows[1]?.before ?? '')).toEqual(product);
  });

  describe('under concurrency', () => {
    it('50 concurrent writers leave 50 entries, each before matching the previous after', async () => {
      const product = await create({ price: 1 });
      const writes = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          app.inject({
            method: 'PATCH',
            url: `/products/${product.id}`,
            headers: auth,
            payload: { price: i + 2, name: `writer ${i}` },
          }),
        ),
      );
      expect(writes.every((w) => w.statusCode === 200)).toBe(true);
      const response = await app.inject({
        url: `/products/${product.id}/history?limit=500`,
        headers: auth,
      });
      const entries = response.json<Entry[]>().reverse();
      expect(entries).toHaveLength(51);
      for (let i = 1; i < entries.length; i++) {
        expect(entries[i]?.before).toEqual(entries[i - 1]?.after);
      }
      const final = (await app.inject(`/products/${product.id}`)).json<Product>();
      expect(entries.at(-1)?.after).toEqual(final);
      expect(new Set(entries.slice(1).map((e) => e.after?.name)).size).toBe(50);
    });
  });
});
