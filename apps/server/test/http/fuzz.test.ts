import fc from 'fast-check';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { catalogSnapshot, describeEachDatabase } from '../helpers/database.js';
import { resetPipeline } from '../helpers/pipeline.js';
import { loadQuotes, quoteSeries } from '../helpers/quotes.js';
import {
  encodeAll,
  headersRequest,
  productBody,
  readRequest,
  writeRequest,
} from './request-arbitraries.js';

/**
 * Generated requests, from the API's own fields and from hostile alphabets (control characters,
 * unpaired surrogates, huge and tiny numbers, deep nesting, bytes that are not UTF-8): every
 * answer is below 500, a 4xx is problem+json, a rejected write changes nothing, and (through
 * buildTestApp) every answer matches /openapi.json. Seeded: a failure prints its seed and path,
 * and FUZZ_SEED=<seed> replays it.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20261203);
const RUNS = { bodies: 500, queries: 600, headers: 250 };
const TOKEN = 'a-token-of-at-least-16-chars';

function expectSound(response: LightMyRequestResponse, what: string): void {
  expect(response.statusCode, `${what}: ${response.body.slice(0, 300)}`).toBeLessThan(500);
  if (response.statusCode >= 400) {
    expect(response.headers['content-type'], what).toMatch(/^application\/problem\+json/);
    // HEAD answers carry no body.
    if (response.body !== '') {
      expect(response.json<{ code: string }>().code, what).toMatch(/^[a-z_]+$/);
    }
  }
}

describeEachDatabase('generated requests', (database) => {
  let app: FastifyInstance;
  let guarded: FastifyInstance;
  let cases = 0;

  beforeAll(async () => {
    app = await buildTestApp(database());
    guarded = await buildTestApp(database(), { API_TOKEN: TOKEN });
    await resetPipeline(database());
    await loadQuotes(
      database().db,
      quoteSeries('2026-05-01T10:00:00Z', 20, 300, (i) => 100 + i),
    );
    for (const categoria of ['Roupas', 'Móveis'] as const) {
      const created = await app.inject({
        method: 'POST',
        url: '/products',
        payload: { ...validProduct, categoria },
      });
      expect(created.statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await app.close();
    await guarded.close();
    console.info(`generated requests [${database().kind}]: ${cases} cases, seed ${SEED}`);
  });

  it('writes: every answer < 500, problem+json when 4xx, and a rejected one changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(writeRequest, fc.boolean(), async (request, withToken) => {
        cases++;
        const before = await catalogSnapshot(database());
        const options: InjectOptions = {
          method: request.method,
          url: request.method === 'POST' ? '/products' : `/products/${request.id}`,
          headers: {
            'content-type': request.contentType,
            ...(withToken ? { authorization: `Bearer ${TOKEN}` } : {}),
          },
          payload: request.body,
        };
        const response = await (withToken ? guarded : app).inject(options);
        const what = `${request.method} ${options.url as string} ${String(request.body).slice(0, 200)}`;
        expectSound(response, what);
        if (response.statusCode >= 400) {
          expect(await catalogSnapshot(database()), what).toEqual(before);
        }
      }),
      { seed: SEED, numRuns: RUNS.bodies },
    );
  });

  it('reads: every query string answers < 500, problem+json when 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(readRequest, async ({ path, query }) => {
        cases++;
        const url = `${path}?${query.map(([k, v]) => `${encodeAll(k)}=${v}`).join('&')}`;
        expectSound(await app.inject({ url }), url);
      }),
      { seed: SEED, numRuns: RUNS.queries },
    );
  });

  it('headers: any header a client can send answers < 500 and changes nothing when refused', async () => {
    await fc.assert(
      fc.asyncProperty(headersRequest, productBody, async ({ method, headers }, body) => {
        cases++;
        const before = await catalogSnapshot(database());
        const url = method === 'POST' ? '/products' : '/products/1';
        const options: InjectOptions = { method, url, headers };
        if (method === 'POST' || method === 'PATCH') options.payload = JSON.stringify(body);
        const response = await app.inject(options);
        const what = `${method} ${url} ${JSON.stringify(headers)}`;
        expectSound(response, what);
        if (response.statusCode >= 400) {
          expect(await catalogSnapshot(database()), what).toEqual(before);
        }
      }),
      { seed: SEED, numRuns: RUNS.headers },
    );
  });
});
