import fc from 'fast-check';
import { CATEGORIES, SORT_FIELDS } from '../../src/catalog/product.schema.js';
import { ROW_SORT_FIELDS } from '../../src/prices/price.schema.js';
import { validProduct } from '../helpers/app.js';

/**
 * The requests fuzz.test.ts sends: from the API's own fields and from hostile alphabets (control
 * characters, unpaired surrogates, huge and tiny numbers, deep nesting, bytes that are not UTF-8).
 */

// Hostile alphabets.
const control = fc.integer({ min: 0, max: 0x1f }).map((c) => String.fromCharCode(c));
const surrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
const hostileText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.oneof(control, surrogate, fc.constantFrom('a', 'é', '🔥', ' ')) }),
  fc.constantFrom(
    '',
    ' ',
    '\u0000',
    'a\u0000b',
    '\ud800',
    '\udfff',
    '\u202e',
    '\ufeff',
    "'; drop table products; --",
    '%00',
    '\\',
    '"',
    'x'.repeat(201),
    'é'.repeat(5001),
  ),
);
const hostileNumber = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(5e-324, -5e-324, 1e308, -1e308, 1.7976931348623157e308, 0, -0, 1e21, 0.001),
  fc.constantFrom(9_999_999_999.99, 10_000_000_000, 0.01, 2 ** 53 + 1, 2_147_483_648),
);
interface Deep {
  nested: Deep | [];
}
const deep = (depth: number): Deep => ({ nested: depth <= 0 ? [] : deep(depth - 1) });
const anyValue = fc.oneof(
  hostileText,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.integer({ min: 1, max: 200 }).map(deep),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 3 }),
);
// Number tokens JSON.stringify cannot write but a client can.
const RAW_NUMBERS = ['1e400', '-1e400', '1e-400', '123456789012345678901234567890', '-0', '1E+2'];

/** A field: mostly its own kind of value, sometimes anything at all. */
const field = <T>(valid: fc.Arbitrary<T>) => fc.oneof({ weight: 3, arbitrary: valid }, anyValue);
export const productBody = fc.record(
  {
    name: field(fc.oneof(fc.constant(validProduct.name), hostileText)),
    description: field(fc.oneof(fc.constant(null), hostileText)),
    price: field(fc.oneof(fc.constant(validProduct.price), hostileNumber)),
    categoria: field(fc.constantFrom(...CATEGORIES)),
    email_fornecedor: field(
      fc.oneof(fc.constant(validProduct.email_fornecedor), fc.emailAddress(), hostileText),
    ),
    id: anyValue,
    created_at: anyValue,
    updated_at: anyValue,
    extra: anyValue,
  },
  { requiredKeys: [] },
);

/** The body as bytes: JSON, sometimes with a raw number, bad UTF-8, deep nesting or garbage. */
const bodyBytes = fc.oneof(
  { weight: 6, arbitrary: productBody.map((body) => JSON.stringify(body)) },
  fc
    .tuple(productBody, fc.constantFrom(...RAW_NUMBERS))
    .map(([body, raw]) =>
      JSON.stringify({ ...body, price: 0 }).replace('"price":0', `"price":${raw}`),
    ),
  fc
    .tuple(productBody, fc.uint8Array({ minLength: 1, maxLength: 4 }))
    .map(([body, bytes]) =>
      Buffer.concat([
        Buffer.from(JSON.stringify(body).slice(0, -1)),
        Buffer.from(bytes),
        Buffer.from('}'),
      ]),
    ),
  fc
    .integer({ min: 1, max: 20_000 })
    .map((n) => `{"description":${'['.repeat(n)}${']'.repeat(n)}}`),
  fc.string({ unit: 'binary' }),
  fc.constantFrom('', 'null', '[]', '"x"', '{"__proto__":{"a":1}}', '{', '{}'),
);

export const writeRequest = fc.record({
  method: fc.constantFrom('POST', 'PUT', 'PATCH', 'DELETE'),
  id: fc.oneof(fc.constantFrom('1', '2', '999', '0', '-1', 'abc', '1e3', '%00', '99999999999')),
  body: bodyBytes,
  contentType: fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/merge-patch+json',
    'text/plain',
    'application/json; charset=latin1',
  ),
});

/** Every byte of the UTF-8 form percent-encoded (an unpaired surrogate becomes U+FFFD). */
export const encodeAll = (text: string) =>
  [...Buffer.from(text)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
const percentEncoded = fc
  .uint8Array({ maxLength: 12 })
  .map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, '0')}`).join(''));
const queryValue = fc.oneof(
  hostileText.map(encodeAll),
  hostileNumber.map(String),
  percentEncoded,
  fc.constantFrom(
    ...SORT_FIELDS,
    ...ROW_SORT_FIELDS.map((f) => `-${f}`),
    '0000-01-01T00:00:00Z',
    '2026-06-30T23:59:60Z',
    '9999-12-31T23:59:59-23:59',
    '2026-05-01T10:00:00Z',
    'BTC',
    'btc',
    '',
  ),
);
const QUERY_KEYS = [
  'limit',
  'offset',
  'sort',
  'categoria',
  'price_min',
  'price_max',
  'q',
  'symbol',
  'convert',
  'from',
  'to',
  'points',
  'token',
];
export const readRequest = fc.record({
  path: fc.oneof(
    fc.constantFrom(
      '/products',
      '/products/1',
      '/categories',
      '/health',
      '/ready',
      '/prices/markets',
      '/prices/latest',
      '/prices/series',
      '/prices/rows',
      '/prices/rows.csv',
      '/pipeline/runs',
      '/pipeline/health',
    ),
    percentEncoded.map((segment) => `/products/${segment}`),
  ),
  query: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), fc.string()), queryValue), {
    maxLength: 6,
  }),
});

// Header values a client can put on the wire: visible ASCII, spaces and tabs, Latin-1.
const headerValue = fc.string({
  unit: fc
    .oneof(
      fc.integer({ min: 0x20, max: 0x7e }),
      fc.constant(0x09),
      fc.integer({ min: 0x80, max: 0xff }),
    )
    .map((c) => String.fromCharCode(c)),
  maxLength: 300,
});
export const headersRequest = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PATCH', 'DELETE', 'HEAD'),
  headers: fc.dictionary(
    fc.constantFrom(
      'idempotency-key',
      'if-match',
      'if-none-match',
      'authorization',
      'content-type',
      'x-request-id',
      'accept',
      'origin',
    ),
    headerValue,
  ),
});
