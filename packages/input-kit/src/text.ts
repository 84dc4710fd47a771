import type { StaticDecode, TSchema } from 'typebox';
import Value from 'typebox/value';

/** How a source writes values as text. */
export interface TextStyle {
  /** Shells write 1, yes, 0 and no as well as true and false; CDK context takes true or false. */
  booleanWords: boolean;
  /** "from 1 to 10,000,000" for counts people type; ports and sizes read better plain. */
  groupDigits: boolean;
}

/** Thrown with a sentence completing "KEY=value …". */
export class InvalidInput extends Error {
  override name = 'InvalidInput';
}

interface Keywords {
  type?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  enum?: unknown[];
  items?: TSchema;
  mustBe?: string;
}

const TRUE = ['1', 'true', 'yes'];
const FALSE = ['0', 'false', 'no'];

/** The JSON value a text stands for, by the schema's type; a malformed one stays text and fails. */
function fromText(schema: TSchema, raw: string, style: TextStyle): unknown {
  const { type } = schema as Keywords;
  if (type === 'integer') return /^\d+$/.test(raw) ? Number(raw) : raw;
  if (type === 'boolean') {
    const word = style.booleanWords ? raw.toLowerCase() : raw;
    if (word === 'true' || (style.booleanWords && TRUE.includes(word))) return true;
    if (word === 'false' || (style.booleanWords && FALSE.includes(word))) return false;
    return raw;
  }
  if (type === 'array') {
    return raw
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean);
  }
  return raw;
}

/** "must be …", said from the schema's own keywords. */
function mustBe(schema: TSchema, style: TextStyle): string {
  const k = schema as Keywords;
  const n = (value: number | undefined) =>
    style.groupDigits ? (value ?? 0).toLocaleString('en') : String(value);
  if (k.mustBe !== undefined) return `must be ${k.mustBe}`;
  if (k.type === 'integer') return `must be an integer from ${n(k.minimum)} to ${n(k.maximum)}`;
  if (k.type === 'boolean') return 'must be true or false';
  if (k.enum) return `must be one of ${k.enum.join(', ')}`;
  if (k.minLength !== undefined) return `must be at least ${k.minLength} characters`;
  return 'is not valid';
}

/** Why a value fails its schema: a custom rule's own words, or the schema's, naming a bad item. */
function reason(schema: TSchema, value: unknown, style: TextStyle): string {
  const errors = [...Value.Errors(schema, value)];
  const error = errors.find((e) => e.keyword === '~refine') ?? errors[0];
  const items = (schema as Keywords).items;
  if (error && Array.isArray(value) && items && /^\/\d+/.test(error.instancePath)) {
    const item: unknown = value[Number(error.instancePath.split('/')[1])];
    return `has ${JSON.stringify(item)}: ${reason(items, item, style)}`;
  }
  if (error?.keyword === '~refine') return error.message;
  return mustBe(schema, style);
}

/** The value a text stands for, decoded; throws InvalidInput saying why it is not one. */
export function parseText<S extends TSchema>(
  schema: S,
  raw: string,
  style: TextStyle,
): StaticDecode<S> {
  const value = fromText(schema, raw, style);
  if (!Value.Check(schema, value)) throw new InvalidInput(reason(schema, value, style));
  return Value.Decode(schema, value);
}
