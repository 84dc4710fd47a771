import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../src/http/app.js';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { describeEachDatabase } from '../helpers/database.js';

const TOKEN = 'correct-horse-battery-staple';

describeEachDatabase('HTTP behaviour', (database) => {
  let app: FastifyInstance;
  let guarded: FastifyInstance;
  beforeAll(async () => {
    app = await buildTestApp(database(), { CORS_ORIGINS: 'https://shop.example.com' });
    guarded = await buildTestApp(database(), { API_TOKEN: TOKEN });
  });
  afterAll(async () => {
    await app.close();
    await guarded.close();
  });

  describe('security', () => {
    it('sends security headers', async () => {
      const response = await app.inject({ url: '/products' });
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(response.headers['content-security-policy']).toContain("default-src 'self'");
      expect(response.headers['content-security-policy']).not.toContain(
        'upgrade-insecure-requests',
      );
      expect(response.headers['referrer-policy']).toBe('no-referrer');
    });

    it('allows CORS only for the configured origins and exposes the paging headers', async () => {
      const allowed = await app.inject({
        url: '/products',
        headers: { origin: 'https://shop.example.com' },
      });
      expect(allowed.headers['access-control-allow-origin']).toBe('https://shop.example.com');
      expect(allowed.headers['access-control-expose-headers']).toContain('X-Total-Count');
      const other = await app.inject({
        url: '/products',
        headers: { origin: 'https://evil.example.com' },
      });
      expect(other.headers['access-control-allow-origin']).toBeUndefined();
      const preflight = await app.inject({
        method: 'OPTIONS',
        url: '/products',
        headers: { origin: 'https://shop.example.com', 'access-control-request-method': 'PATCH' },
      });
      expect(preflight.statusCode).toBe(204);
      expect(preflight.headers['access-control-allow-methods']).toContain('PATCH');
    });

    it('sends no CORS headers when no origin is configured', async () => {
      const response = await guarded.inject({
        url: '/products',
        headers: { origin: 'https://shop.example.com' },
      });
      expect(response.headers['access-control-allow-origin']).toBeUndefined();
    });

    it('with API_TOKEN, reads stay open and writes need the bearer token', async () => {
      expect((await guarded.inject({ url: '/products' })).statusCode).toBe(200);
      const denied = await guarded.inject({
        method: 'POST',
        url: '/products',
        payload: validProduct,
      });
      expect(denied.statusCode).toBe(401);
      expect(denied.json()).toMatchObject({ detail: expect.stringContaining('Bearer') as string });
      const allowed = await guarded.inject({
        method: 'POST',
        url: '/products',
        headers: { authorization: `Bearer ${TOKEN}` },
        payload: validProduct,
      });
      expect(allowed.statusCode).toBe(201);
      const id = allowed.json<{ id: number }>().id;
      const lower = await guarded.inject({
        method: 'DELETE',
        url: `/products/${id}`,
        headers: { authorization: `bearer ${TOKEN}` },
      });
      expect(lower.statusCode).toBe(200);
    });
  });

  describe('bodies', () => {
    it('accepts a body right at the limit and refuses one byte more', async () => {
      const base = JSON.stringify({ ...validProduct, description: '' });
      const fill = (size: number) =>
        base.replace(
          '"description":""',
          `"description":"${' '.repeat(size - Buffer.byteLength(base))}"`,
        );
      const atLimit = await app.inject({
        method: 'POST',
        url: '/products',
        headers: { 'content-type': 'application/json' },
        payload: fill(BODY_LIMIT),
      });
      // At the limit the body parses; its 60 kB description then fails validation, not the size check.
      expect(atLimit.statusCode).toBe(422);
      const over = await app.inject({
        method: 'POST',
        url: '/products',
        headers: { 'content-type': 'application/json' },
        payload: fill(BODY_LIMIT + 1),
      });
      expect(over.statusCode).toBe(413);
    });

    it('accepts application/json with a charset', async () => {
      const response = await app.inject({
        method: 'POST',
        url: '/products',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        payload: JSON.stringify(validProduct),
      });
      expect(response.statusCode).toBe(201);
    });

    it('stores injection-looking text verbatim', async () => {
      const name = "Robert'); DROP TABLE products;-- <script>alert(1)</script>";
      const created = await app.inject({
        method: 'POST',
        url: '/products',
        payload: { ...validProduct, name },
      });
      expect(created.statusCode).toBe(201);
      const found = await app.inject({ url: `/products?q=${encodeURIComponent("'); DROP")}` });
      expect(found.json<{ name: string }[]>().map((p) => p.name)).toContain(name);
    });
  });

  describe('operations', () => {
    it('echoes a request id, or makes one', async () => {
      const given = await app.inject({ url: '/health', headers: { 'x-request-id': 'abc-123' } });
      expect(given.headers['x-request-id']).toBe('abc-123');
      const made = await app.inject({ url: '/health' });
      expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('answers /health and /ready', async () => {
      expect((await app.inject({ url: '/health' })).json()).toEqual({ status: 'ok' });
      const ready = await app.inject({ url: '/ready' });
      expect(ready.statusCode).toBe(200);
      expect(ready.json()).toMatchObject({ status: 'ready' });
    });

    it('serves Swagger UI from its own assets', async () => {
      const page = await app.inject({ url: '/docs/' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('swagger-ui');
      expect(page.body).not.toMatch(/https?:\/\/(?!127\.0\.0\.1|localhost)[^"']*\.(js|css)/);
      const bundle = await app.inject({ url: '/docs/static/swagger-ui-bundle.js' });
      expect(bundle.statusCode).toBe(200);
    });

    it('documents every route with a summary, tags, an operationId and its responses', async () => {
      const document = (await app.inject({ url: '/openapi.json' })).json<{
        openapi: string;
        paths: Record<
          string,
          Record<
            string,
            {
              operationId?: string;
              tags?: string[];
              summary?: string;
              responses: Record<string, unknown>;
            }
          >
        >;
      }>();
      expect(document.openapi).toBe('3.1.0');
      const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
        Object.entries(methods).map(([method, op]) => ({ path, method, op })),
      );
      expect(operations.map((o) => o.op.operationId).sort()).toEqual(
        [
          'createProduct',
          'deleteProduct',
          'exportProducts',
          'importProducts',
          'downloadPriceRows',
          'getLatestPrice',
          'getPipelineHealth',
          'getPriceSeries',
          'getProduct',
          'health',
          'listCategories',
          'listMarkets',
          'listPipelineRuns',
          'listPriceRows',
          'listProducts',
          'patchProduct',
          'ready',
          'updateProduct',
          'getProductHistory',
          'revertProduct',
          'exportHistory',
          'listTrash',
          'restoreProduct',
          'purgeProduct',
          'signIn',
          'signOut',
          'signOutEverywhere',
          'whoAmI',
          'listTokens',
          'createToken',
          'revokeToken',
          'listUsers',
          'createUser',
          'changeUser',
          'listAlertRules',
          'createAlertRule',
          'updateAlertRule',
          'deleteAlertRule',
          'testAlertRule',
          'listAlertEvents',
        ].sort(),
      );
      for (const { op } of operations) {
        expect(op.summary).toBeTruthy();
        expect(op.tags?.length).toBeGreaterThan(0);
        expect(Object.keys(op.responses).length).toBeGreaterThan(0);
      }
      expect(document.paths['/products/{id}']?.delete?.responses).toHaveProperty('404');
    });
  });
});
