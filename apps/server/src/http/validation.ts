import { Ajv, type ErrorObject, type Options } from 'ajv';
import addFormatsImport from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';
import type { FieldError } from './app-error.js';

// ajv-formats is CommonJS; its default export arrives wrapped under NodeNext resolution.
const addFormats = addFormatsImport as unknown as typeof addFormatsImport.default;

/** True when the shortest decimal form of `value` has at most `places` fractional digits. */
export function hasAtMostDecimals(value: number, places: number): boolean {
  const match = /^-?\d+(?:\.(\d+))?$/.exec(String(value));
  return match !== null && (match[1]?.length ?? 0) <= places;
}

// RFC 3339 allows what neither JavaScript nor PostgreSQL can hold: leap seconds (23:59:60 is no
// Date), year 0 (PostgreSQL has no such year) and offsets that carry 0001 or 9999 beyond them.
const EARLIEST = Date.parse('0001-01-01T00:00:00Z');
const LATEST = Date.parse('9999-12-31T23:59:59.999Z');

/** True when `text` names an instant both JavaScript and PostgreSQL can represent. */
export function isStorableTime(text: string): boolean {
  const time = Date.parse(text);
  return time >= EARLIEST && time <= LATEST;
}

function createAjv(options: Options): Ajv {
  const ajv = new Ajv({ allErrors: true, verbose: true, strict: true, ...options });
  addFormats(ajv, ['email', 'date-time', 'date']);
  const dateTime = ajv.formats['date-time'] as { validate: (text: string) => boolean };
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (text: string) => dateTime.validate(text) && isStorableTime(text),
  });
  // JSON Schema's multipleOf is computed in floating point and rejects valid money such as
  // 1234567.89; this keyword checks the decimal digits the client actually sent.
  ajv.addKeyword({
    keyword: 'x-decimal-places',
    type: 'number',
    schemaType: 'number',
    validate: (places: number, value: number) => hasAtMostDecimals(value, places),
  });
  // Per-keyword messages for a field, read when formatting errors (OpenAPI vendor extension).
  ajv.addKeyword({ keyword: 'x-messages', schemaType: 'object' });
  // Annotation only: alert rules' per-kind fields, for clients (the service checks them).
  ajv.addKeyword({ keyword: 'x-kinds', schemaType: 'object' });
  ajv.addKeyword({
    keyword: TEXT_KEYWORD,
    type: 'string',
    schemaType: 'boolean',
    errors: true,
    validate: checkText,
  });
  return ajv;
}

/** Added to every string of every request schema: text PostgreSQL can store as it was sent. */
const TEXT_KEYWORD = 'x-text';

// PostgreSQL text cannot hold NUL (the statement fails), and a driver turns an unpaired surrogate
// into U+FFFD: either way the client's text would not be stored as sent.
const UNPAIRED_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

interface TextCheck {
  (enabled: boolean, value: string): boolean;
  errors?: Partial<ErrorObject>[];
}

const checkText: TextCheck = (enabled, value) => {
  const problem = !enabled
    ? undefined
    : value.includes('\u0000')
      ? 'must not contain NUL characters'
      : UNPAIRED_SURROGATE.test(value)
        ? 'must be valid Unicode (it has an unpaired surrogate)'
        : undefined;
  checkText.errors = problem ? [{ keyword: TEXT_KEYWORD, message: problem, params: {} }] : [];
  return problem === undefined;
};

/** A copy of `schema` whose every string also carries the text keyword. */
function withTextChecks(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withTextChecks);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'properties' || key === 'patternProperties') {
      copy[key] = Object.fromEntries(
        Object.entries(value as object).map(([name, property]) => [name, withTextChecks(property)]),
      );
    } else {
      // enum, const, default and examples hold data, not schemas.
      copy[key] = ['enum', 'const', 'default', 'examples'].includes(key)
        ? value
        : withTextChecks(value);
    }
  }
  const { type } = copy;
  if (type === 'string' || (Array.isArray(type) && type.includes('string'))) {
    copy[TEXT_KEYWORD] = true;
  }
  return copy;
}

// Bodies are JSON and must arrive with the right types ("12.5" is not a price); query strings,
// path parameters and headers are text, so they are coerced to the declared types.
const bodyAjv = createAjv({ coerceTypes: false, useDefaults: true });
const textAjv = createAjv({ coerceTypes: 'array', useDefaults: true });

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? bodyAjv : textAjv).compile(withTextChecks(schema) as object);

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`);

function message(error: ErrorObject): string {
  const custom = (error.parentSchema?.['x-messages'] as Record<string, string> | undefined)?.[
    error.keyword
  ];
  if (custom !== undefined) return custom;
  const p = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return 'is required';
    case 'type':
      return `must be ${String(p.type)
        .split(',')
        .map((t) => article(t))
        .join(' or ')}`;
    case 'minLength':
      return p.limit === 1 ? 'must not be empty' : `must be at least ${String(p.limit)} characters`;
    case 'maxLength':
      return `must be at most ${String(p.limit)} characters`;
    case 'minimum':
      return `must be at least ${String(p.limit)}`;
    case 'maximum':
      return `must be at most ${String(p.limit)}`;
    case 'exclusiveMinimum':
      return `must be greater than ${String(p.limit)}`;
    case 'exclusiveMaximum':
      return `must be less than ${String(p.limit)}`;
    case 'enum':
      return `must be one of: ${(p.allowedValues as unknown[]).map(String).join(', ')}`;
    case 'format':
      return p.format === 'email'
        ? 'must be a valid email address'
        : `must be a valid ${String(p.format)}`;
    case 'x-decimal-places':
      return `must have at most ${String(error.schema)} decimal places`;
    case 'minProperties':
      return 'must have at least one field';
    default:
      return error.message ?? 'is invalid';
  }
}

/** Turns ajv errors into one entry per field (its first problem), named as the client wrote it. */
export function fieldErrors(errors: ErrorObject[], part: string | undefined): FieldError[] {
  const byField = new Map<string, string>();
  for (const error of errors) {
    // anyOf/oneOf wrap their branches' errors; the branch errors already say what is wrong.
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') continue;
    // The null branch of a nullable field: the other branch's error says what is expected.
    if (error.keyword === 'type' && error.params.type === 'null') continue;
    const path = error.instancePath.split('/').slice(1).map(decodePointer);
    if (error.keyword === 'required') path.push(String(error.params.missingProperty));
    const field = path.length > 0 ? path.join('.') : (part ?? 'body');
    if (!byField.has(field)) byField.set(field, message(error));
  }
  return [...byField].map(([field, text]) => ({ field, message: text }));
}

const decodePointer = (segment: string) => segment.replace(/~1/g, '/').replace(/~0/g, '~');
