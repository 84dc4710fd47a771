import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { catalogSnapshot, describeEachDatabase } from '../helpers/database.js';
import { CASES, TOKEN } from './bad-inputs.cases.js';

/**
 * Every bad input gets a clear problem+json answer and changes nothing in the database
 * (rows, stored idempotency responses, even the id sequence).
 */

it('covers at least 40 bad inputs', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(40);
});

describeEachDatabase('bad inputs', (database) => {
  let open: FastifyInstance;
  let guarded: FastifyInstance;
  let before: unknown;

  beforeAll(async () => {
    open = await buildTestApp(database());
    guarded = await buildTestApp(database(), { API_TOKEN: TOKEN });
    // Two products and a stored idempotent response, so that a change to any would show.
    for (const [key, categoria] of [
      ['first', 'Roupas'],
      ['second', 'Móveis'],
    ] as const) {
      const response = await open.inject({
        method: 'POST',
        url: '/products',
        headers: { 'idempotency-key': key },
        payload: { ...validProduct, categoria },
      });
      expect(response.statusCode).toBe(201);
    }
    before = await catalogSnapshot(database());
  });
  afterAll(async () => {
    await open.close();
    await guarded.close();
  });

  it.each(CASES.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    const response = await (c.protectedApp ? guarded : open).inject(c.request);
    expect(response.statusCode, response.body).toBe(c.status);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    const problem = response.json<{
      type: string;
      title: string;
      status: number;
      detail: string;
      code: string;
      errors?: { field: string; message: string }[];
    }>();
    expect(problem).toMatchObject({
      status: c.status,
      code: c.code,
      type: `urn:cais:problem:${c.code}`,
    });
    expect(problem.title.length).toBeGreaterThan(0);
    expect(problem.detail.length).toBeGreaterThan(0);
    expect(problem.detail).not.toMatch(/select |insert |drizzle|stack/i);
    if (c.fields) {
      expect(problem.errors?.map((e) => e.field).sort()).toEqual(
        expect.arrayContaining([...c.fields].sort()),
      );
      expect(new Set(problem.errors?.map((e) => e.field))).toEqual(new Set(c.fields));
      for (const error of problem.errors ?? []) expect(error.message.length).toBeGreaterThan(3);
    }
    if (c.status === 401) expect(response.headers['www-authenticate']).toBe('Bearer realm="cais"');
    expect(await catalogSnapshot(database())).toEqual(before);
  });
});
