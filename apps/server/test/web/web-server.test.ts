import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { SpaNotBuiltError, assertSpaBuilt } from '../../src/web/spa-files.js';
import { buildWebServer } from '../../src/web/web-server.js';
import { buildTestApp, validProduct } from '../helpers/app.js';
import { openTestDatabase } from '../helpers/database.js';
import { postExpectingContinue } from '../helpers/expect-continue.js';

const INDEX = '<!doctype html><title>cais</title><div id="root"></div>';
const ASSET = `console.log(${JSON.stringify('x'.repeat(4000))});`;
const TOKEN = 'a-token-of-sixteen-chars';

async function spaFolder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cais-spa-'));
  await mkdir(join(dir, 'assets'));
  await writeFile(join(dir, 'index.html'), INDEX);
  await writeFile(join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  await writeFile(join(dir, 'assets', 'index-AbC123.js'), ASSET);
  await writeFile(join(dir, 'assets', 'index-AbC123.js.br'), brotliCompressSync(ASSET));
  await writeFile(join(dir, '.build-stamp'), 'secret-ish');
  return dir;
}

const silent = pino({ level: 'silent' });

// The proxy is plain HTTP forwarding: PGlite behind the api is enough, the list and write
// behaviour on both databases is the api's own tests' business.
describe('web server', () => {
  let database: DatabaseHandle;
  let api: FastifyInstance;
  let web: FastifyInstance;
  let spaDir: string;
  let webUrl: string;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    api = await buildTestApp(database, { API_TOKEN: TOKEN });
    const apiUrl = await api.listen({ host: '127.0.0.1', port: 0 });
    spaDir = await spaFolder();
    web = await buildWebServer({ apiUrl, spaDir, log: silent });
    webUrl = await web.listen({ host: '127.0.0.1', port: 0 });
  });

  afterAll(async () => {
    await web.close();
    await api.close();
    await database.close();
    await rm(spaDir, { recursive: true, force: true });
  });

  it('serves index.html revalidated on every visit', async () => {
    const response = await web.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(INDEX);
    expect(response.headers.etag).toBeDefined();
  });

  it('serves hashed assets as immutable, precompressed when the browser accepts it', async () => {
    const response = await web.inject({
      url: '/assets/index-AbC123.js',
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    const plain = await web.inject({ url: '/assets/index-AbC123.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(ASSET);
  });

  it('revalidates files that are not hashed', async () => {
    const response = await web.inject({ url: '/favicon.svg' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('answers client routes with index.html, so links and reloads work', async () => {
    for (const url of ['/products', '/products/42?x=1', '/dashboard']) {
      const response = await web.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toBe(INDEX);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers a missing file with a 404 problem, not the app', async () => {
    for (const url of ['/assets/index-gone.js', '/robots.txt']) {
      const response = await web.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await web.inject({ method: 'POST', url: '/products' })).statusCode).toBe(404);
  });

  it('never serves dotfiles of the build folder', async () => {
    const response = await web.inject({ url: '/.build-stamp' });
    expect(response.body).not.toContain('secret-ish');
  });

  it('sends security headers', async () => {
    const response = await web.inject({ url: '/' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });

  it('answers /health', async () => {
    const response = await web.inject({ url: '/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('forwards /api/* to the api with its headers, both ways', async () => {
    const created = await web.inject({
      method: 'POST',
      url: '/api/products',
      headers: { authorization: `Bearer ${TOKEN}`, 'idempotency-key': 'web-proxy-1' },
      payload: validProduct,
    });
    expect(created.statusCode).toBe(201);
    const product = created.json<{ id: number }>();
    expect(created.headers.location).toBe(`/api/products/${product.id}`);
    const etag = String(created.headers.etag);

    const list = await web.inject({ url: '/api/products?limit=1' });
    expect(list.statusCode).toBe(200);
    expect(list.headers['x-total-count']).toBe('1');
    expect(list.headers['content-range']).toBe('items 0-0/1');
    expect(list.json()).toEqual([created.json()]);

    const stale = await web.inject({
      method: 'PATCH',
      url: `/api/products/${product.id}`,
      headers: { authorization: `Bearer ${TOKEN}`, 'if-match': '"stale"' },
      payload: { price: 10 },
    });
    expect(stale.statusCode).toBe(412);
    const patched = await web.inject({
      method: 'PATCH',
      url: `/api/products/${product.id}`,
      headers: { authorization: `Bearer ${TOKEN}`, 'if-match': etag },
      payload: { price: 10 },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ price: 10 });
  });

  it('passes the api errors through: 401 with its challenge, 422 with field errors, 400', async () => {
    const unauthorized = await web.inject({
      method: 'POST',
      url: '/api/products',
      payload: validProduct,
    });
    expect(unauthorized.statusCode).toBe(401);
    expect(unauthorized.headers['www-authenticate']).toBe('Bearer realm="cais"');

    const invalid = await web.inject({
      method: 'POST',
      url: '/api/products',
      headers: { authorization: `Bearer ${TOKEN}` },
      payload: { ...validProduct, price: 0 },
    });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json()).toMatchObject({
      errors: [{ field: 'price', message: 'must be greater than 0' }],
    });

    const malformed = await web.inject({
      method: 'POST',
      url: '/api/products',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(malformed.statusCode).toBe(400);
  });

  it.each([
    ['a small write', JSON.stringify(validProduct), 201],
    // curl sends Expect: 100-continue for bodies of 1 MB or more: the api's limit answers.
    ['a 1 MB write', JSON.stringify({ ...validProduct, description: 'x'.repeat(1 << 20) }), 413],
  ])('forwards %s sent with Expect: 100-continue', async (_name, body, status) => {
    const response = await postExpectingContinue(`${webUrl}/api/products`, body, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(response.status, response.body).toBe(status);
    expect(response.contentType).toMatch(
      status === 201 ? /^application\/json/ : /^application\/problem\+json/,
    );
  });

  it('carries the request id to the api and back', async () => {
    const response = await web.inject({
      url: '/api/products',
      headers: { 'x-request-id': 'trace-me-123' },
    });
    expect(response.headers['x-request-id']).toBe('trace-me-123');
  });
});

describe('web server without its api', () => {
  it('answers /api with a 502 problem naming API_URL, without its password', async () => {
    const spaDir = await spaFolder();
    // A port that was free a moment ago: nothing answers there.
    const probe = await buildWebServer({ apiUrl: 'http://127.0.0.1:9', spaDir, log: silent });
    const port = Number(new URL(await probe.listen({ host: '127.0.0.1', port: 0 })).port);
    await probe.close();
    const web = await buildWebServer({
      apiUrl: `http://proxy:pw-in-url@127.0.0.1:${port}`,
      spaDir,
      log: silent,
    });
    try {
      const response = await web.inject({ url: '/api/products' });
      expect(response.statusCode).toBe(502);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.json()).toMatchObject({
        code: 'bad_gateway',
        detail: expect.stringContaining(`API_URL http://proxy:***@127.0.0.1:${port}`) as unknown,
      });
      expect(response.body).not.toContain('pw-in-url');
      // The UI itself still loads, to say so.
      expect((await web.inject({ url: '/' })).statusCode).toBe(200);
    } finally {
      await web.close();
      await rm(spaDir, { recursive: true, force: true });
    }
  });
});

describe('the built UI', () => {
  it('is required, with the command that builds it', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'cais-nospa-'));
    try {
      const error = await assertSpaBuilt(empty).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SpaNotBuiltError);
      expect((error as Error).message).toMatch(/npm run build/);
      await writeFile(join(empty, 'index.html'), INDEX);
      await expect(assertSpaBuilt(empty)).resolves.toBeUndefined();
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
