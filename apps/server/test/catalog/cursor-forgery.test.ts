import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFingerprint, readCursor, signCursor } from '../../src/catalog/cursor.js';
import { seedProducts } from '../../src/catalog/seed.js';
import { AppError } from '../../src/http/app-error.js';
import { buildTestApp } from '../helpers/app.js';
import { catalogSnapshot, describeEachDatabase } from '../helpers/database.js';

const reencode = (cursor: string, change: (payload: Record<string, unknown>) => void) => {
  const [body, signature] = cursor.split('.') as [string, string];
  const payload = JSON.parse(Buffer.from(body, 'base64url').toString()) as Record<string, unknown>;
  change(payload);
  return `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${signature}`;
};

describeEachDatabase('forged and foreign cursors', (database) => {
  let app: FastifyInstance;
  let cursor: string;
  beforeAll(async () => {
    await seedProducts(database().db, 30, { seed: 3 });
    app = await buildTestApp(database());
    const first = await app.inject({ url: '/products?sort=-price&limit=5' });
    cursor = first.headers['x-next-cursor'] as string;
  });
  afterAll(async () => {
    await app.close();
  });

  const refused = async (query: string) => {
    const response = await app.inject({ url: `/products?${query}` });
    expect(response.statusCode, response.body).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ errors: [{ field: 'cursor' }] });
  };

  it('accepts its own cursor', async () => {
    const response = await app.inject({ url: `/products?sort=-price&limit=5&cursor=${cursor}` });
    expect(response.statusCode).toBe(200);
  });

  it('refuses any string that is not a cursor it signed, changing nothing', async () => {
    const before = await catalogSnapshot(database());
    await fc.assert(
      fc.asyncProperty(fc.string({ minLength: 1, maxLength: 300 }), async (text) => {
        await refused(`sort=-price&cursor=${encodeURIComponent(text)}`);
      }),
      { numRuns: 60 },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.base64String({ minLength: 4, maxLength: 200 }),
        fc.base64String({ minLength: 4, maxLength: 60 }),
        async (body, signature) => {
          const urlSafe = (s: string) =>
            s.replace(/\+/g, '-').replace(/\//g, '_').replace(/=/g, '');
          await refused(`sort=-price&cursor=${urlSafe(body) || 'a'}.${urlSafe(signature) || 'b'}`);
        },
      ),
      { numRuns: 60 },
    );
    expect(await catalogSnapshot(database())).toEqual(before);
  });

  it('refuses a real cursor whose position was edited', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), async (keys) => {
        await refused(`sort=-price&cursor=${reencode(cursor, (p) => (p.k = keys))}`);
      }),
      { numRuns: 40 },
    );
    await refused(`sort=-price&cursor=${reencode(cursor, (p) => (p.b = true))}`);
    await refused(`sort=-price&cursor=${cursor.slice(0, -2)}`);
  });

  it('refuses a cursor of another sort or other filters (a stale cursor)', async () => {
    await refused(`sort=price&cursor=${cursor}`);
    await refused(`sort=-price&categoria=Roupas&cursor=${cursor}`);
    await refused(`sort=-price&q=tv&cursor=${cursor}`);
  });
});

describe('cursor signing', () => {
  const list = listFingerprint(['a list']);
  it('reads back what it signed, for any key values', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 16 }),
        fc.array(fc.string(), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        (key, keys, backwards) => {
          const token = signCursor(key, list, { keys, backwards });
          expect(readCursor(key, list, keys.length, token)).toEqual({ keys, backwards });
        },
      ),
    );
  });

  it('refuses a cursor signed with another key', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 16 }), fc.string({ minLength: 16 }), (a, b) => {
        fc.pre(a !== b);
        const token = signCursor(a, list, { keys: ['1'], backwards: false });
        expect(() => readCursor(b, list, 1, token)).toThrow(AppError);
      }),
    );
  });
});
