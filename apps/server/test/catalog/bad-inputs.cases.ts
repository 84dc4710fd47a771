import type { InjectOptions } from 'fastify';
import { validProduct } from '../helpers/app.js';

/** The bad inputs of bad-inputs.test.ts, each with the problem it must get. */

export const TOKEN = 'a-token-of-at-least-16-chars';

export interface Case {
  name: string;
  request: InjectOptions;
  status: number;
  code: string;
  fields?: string[];
  /** Run against the app started with API_TOKEN set. */
  protectedApp?: boolean;
}

const body = (overrides: Record<string, unknown>, omit: string[] = []) => {
  const result: Record<string, unknown> = { ...validProduct, ...overrides };
  for (const key of omit) Reflect.deleteProperty(result, key);
  return result;
};
const post = (payload: unknown, headers: Record<string, string> = {}): InjectOptions => ({
  method: 'POST',
  url: '/products/',
  headers: { 'content-type': 'application/json', ...headers },
  payload:
    typeof payload === 'string' || Buffer.isBuffer(payload) ? payload : JSON.stringify(payload),
});
const invalid = (name: string, request: InjectOptions, fields: string[]): Case => ({
  name,
  request,
  status: 422,
  code: 'validation_failed',
  fields,
});
const list = (query: string, fields: string[]) =>
  invalid(`list ?${query}`, { url: `/products?${query}` }, fields);

export const CASES: Case[] = [
  // Bodies: types, limits, unicode, huge numbers.
  invalid('missing name', post(body({}, ['name'])), ['name']),
  invalid('empty name', post(body({ name: '' })), ['name']),
  invalid('blank name', post(body({ name: ' \t ' })), ['name']),
  invalid('name of 201 characters', post(body({ name: 'x'.repeat(201) })), ['name']),
  invalid('name of 201 emoji', post(body({ name: '🔥'.repeat(201) })), ['name']),
  invalid('name as a number', post(body({ name: 123 })), ['name']),
  invalid('name as null', post(body({ name: null })), ['name']),
  invalid('description of 5,001 characters', post(body({ description: 'é'.repeat(5001) })), [
    'description',
  ]),
  invalid('description as an object', post(body({ description: { text: 'x' } })), ['description']),
  invalid('missing price', post(body({}, ['price'])), ['price']),
  invalid('price zero', post(body({ price: 0 })), ['price']),
  invalid('negative price', post(body({ price: -10 })), ['price']),
  invalid('price with 3 decimals', post(body({ price: 1.234 })), ['price']),
  invalid('price as a tiny exponent', post(body({ price: 1e-7 })), ['price']),
  invalid('price as a string', post(body({ price: '12.50' })), ['price']),
  invalid('price as a boolean', post(body({ price: true })), ['price']),
  invalid('price as an array', post(body({ price: [10] })), ['price']),
  invalid('price above numeric(12,2)', post(body({ price: 10_000_000_000 })), ['price']),
  invalid(
    'huge price',
    post('{"name":"x","price":1e308,"categoria":"Roupas","email_fornecedor":"a@b.co"}'),
    ['price'],
  ),
  invalid('unknown category', post(body({ categoria: 'Brinquedos' })), ['categoria']),
  invalid('category in the wrong case', post(body({ categoria: 'roupas' })), ['categoria']),
  invalid('category with an SQL tail', post(body({ categoria: "Roupas' OR '1'='1" })), [
    'categoria',
  ]),
  invalid('email without @', post(body({ email_fornecedor: 'fornecedor.com.br' })), [
    'email_fornecedor',
  ]),
  invalid('email with spaces', post(body({ email_fornecedor: 'ven das@x.com' })), [
    'email_fornecedor',
  ]),
  invalid(
    'email of 255 characters',
    post(body({ email_fornecedor: `${'a'.repeat(243)}@example.com` })),
    ['email_fornecedor'],
  ),
  invalid(
    'several bad fields at once',
    post({ name: '', price: -1, categoria: 'X', email_fornecedor: 'no' }),
    ['name', 'price', 'categoria', 'email_fornecedor'],
  ),
  // Text PostgreSQL cannot store (NUL) or would store as U+FFFD (unpaired surrogates, bad UTF-8).
  invalid('NUL in name', post(body({ name: 'a\u0000b' })), ['name']),
  invalid('NUL in description', post(body({ description: 'x\u0000' })), ['description']),
  invalid('an unpaired high surrogate in name', post(body({ name: 'a\ud800b' })), ['name']),
  invalid('an unpaired low surrogate in description', post(body({ description: '\udc00' })), [
    'description',
  ]),
  invalid(
    'invalid UTF-8 in the body',
    post(
      Buffer.concat([
        Buffer.from('{"name":"caf'),
        Buffer.from([0xe9]),
        Buffer.from(JSON.stringify(body({})).replace(/^\{"name":"[^"]*/, '')),
      ]),
    ),
    ['body'],
  ),
  invalid('PUT NUL in name', { method: 'PUT', url: '/products/1', payload: { name: '\u0000' } }, [
    'name',
  ]),
  invalid(
    'PATCH NUL in description',
    { method: 'PATCH', url: '/products/1', payload: { description: 'a\u0000' } },
    ['description'],
  ),
  invalid(
    'PATCH an unpaired surrogate in name',
    { method: 'PATCH', url: '/products/1', payload: { name: '\udfff' } },
    ['name'],
  ),
  invalid('an array body', post([]), ['body']),
  invalid('a string body', post('"hello"'), ['body']),
  invalid('a null body', post('null'), ['body']),
  invalid(
    'an idempotency key of 256 characters',
    post(validProduct, { 'idempotency-key': 'k'.repeat(256) }),
    ['idempotency-key'],
  ),
  invalid('an idempotency key with spaces', post(validProduct, { 'idempotency-key': 'my key' }), [
    'idempotency-key',
  ]),
  // Malformed and oversized bodies, wrong media types.
  {
    name: 'truncated JSON',
    request: post('{"name": "x", '),
    status: 400,
    code: 'malformed_request',
  },
  {
    name: 'JSON with trailing garbage',
    request: post('{} x'),
    status: 400,
    code: 'malformed_request',
  },
  { name: 'an empty JSON body', request: post(''), status: 400, code: 'malformed_request' },
  {
    name: 'prototype pollution',
    request: post('{"__proto__": {"admin": true}, "name": "x"}'),
    status: 400,
    code: 'malformed_request',
  },
  {
    name: 'a body over the limit',
    request: post(body({ description: 'x'.repeat(70_000) })),
    status: 413,
    code: 'payload_too_large',
  },
  {
    name: 'a text/plain body',
    request: {
      method: 'POST',
      url: '/products',
      headers: { 'content-type': 'text/plain' },
      payload: 'name=x',
    },
    status: 415,
    code: 'unsupported_media_type',
  },
  {
    name: 'a form body',
    request: {
      method: 'POST',
      url: '/products',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=x&price=1',
    },
    status: 415,
    code: 'unsupported_media_type',
  },
  // Query strings.
  list('limit=0', ['limit']),
  list('limit=501', ['limit']),
  list('limit=ten', ['limit']),
  list('offset=-1', ['offset']),
  list('sort=weight', ['sort']),
  list('sort=price,-price', ['sort']),
  list('sort=name;drop%20table%20products', ['sort']),
  list('price_min=-5', ['price_min']),
  list('price_max=cheap', ['price_max']),
  list('price_min=10&price_max=5', ['price_max']),
  list('categoria=Brinquedos', ['categoria']),
  list('q=', ['q']),
  list(`q=${'a'.repeat(201)}`, ['q']),
  list('q=%00', ['q']),
  list('q=caf%C3%A9%00', ['q']),
  // Ids.
  invalid('a word as id', { url: '/products/abc' }, ['id']),
  invalid('id zero', { url: '/products/0' }, ['id']),
  invalid('a negative id', { url: '/products/-1' }, ['id']),
  invalid('an id beyond integer range', { url: '/products/99999999999' }, ['id']),
  invalid('a decimal id', { url: '/products/1.5' }, ['id']),
  invalid('an injection as id', { url: '/products/1%20OR%201=1' }, ['id']),
  invalid('DELETE of a word id', { method: 'DELETE', url: '/products/abc' }, ['id']),
  // Updates.
  invalid('PUT price zero', { method: 'PUT', url: '/products/1', payload: { price: 0 } }, [
    'price',
  ]),
  invalid(
    'PUT with a bad body on an unknown id',
    { method: 'PUT', url: '/products/999', payload: { price: 'x' } },
    ['price'],
  ),
  invalid('PATCH name null', { method: 'PATCH', url: '/products/1', payload: { name: null } }, [
    'name',
  ]),
  invalid(
    'PATCH unknown category',
    { method: 'PATCH', url: '/products/1', payload: { categoria: 'X' } },
    ['categoria'],
  ),
  {
    name: 'PATCH as text/plain',
    request: {
      method: 'PATCH',
      url: '/products/1',
      headers: { 'content-type': 'text/plain' },
      payload: 'price=1',
    },
    status: 415,
    code: 'unsupported_media_type',
  },
  { name: 'an unknown route', request: { url: '/produtos' }, status: 404, code: 'not_found' },
  {
    name: 'a path that is not valid percent-encoding',
    request: { url: '/products/%80' },
    status: 400,
    code: 'malformed_request',
  },
  {
    name: 'a DELETE with a text body',
    request: {
      method: 'DELETE',
      url: '/products/1',
      headers: { 'content-type': 'text/plain' },
      payload: 'x',
    },
    status: 415,
    code: 'unsupported_media_type',
  },
  // Writes when API_TOKEN protects them.
  {
    name: 'a create without a token',
    request: post(validProduct),
    status: 401,
    code: 'unauthorized',
    protectedApp: true,
  },
  {
    name: 'a create with a wrong token',
    request: post(validProduct, { authorization: 'Bearer wrong-token-wrong-token' }),
    status: 401,
    code: 'unauthorized',
    protectedApp: true,
  },
  {
    name: 'a delete without a token',
    request: { method: 'DELETE', url: '/products/1' },
    status: 401,
    code: 'unauthorized',
    protectedApp: true,
  },
  {
    name: 'a token in the wrong scheme',
    request: {
      method: 'PATCH',
      url: '/products/1',
      headers: { authorization: `Basic ${TOKEN}` },
      payload: { price: 1 },
    },
    status: 401,
    code: 'unauthorized',
    protectedApp: true,
  },
];
