import Type, { type Static, type TSchema } from 'typebox';

/**
 * The schema builders every input is described with. The human sentence of a rejected value is
 * derived from the schema ("must be an integer from 1 to 100", "must be one of a, b"); where the
 * schema alone cannot say it (a pattern, a list), `mustBe` completes "KEY=value must be …".
 */
export const integer = (minimum: number, maximum: number) => Type.Integer({ minimum, maximum });

export const boolean = () => Type.Boolean();

export const oneOf = <const Values extends string[]>(values: readonly [...Values]) =>
  Type.Enum(values);

/** Any text; `minLength` words itself ("must be at least 12 characters"). */
export const text = (options: { minLength?: number } = {}) => Type.String(options);

/** Text matching a pattern, worded for people: `matching(/^\d{12}$/, 'a 12-digit account id')`. */
export const matching = (pattern: RegExp, mustBe: string) =>
  Type.String({ pattern: pattern.source, mustBe });

/** Comma-separated items; the reason names the first bad item. */
export const list = <Item extends TSchema>(
  item: Item,
  options: { minItems?: number; mustBe?: string } = {},
) => Type.Array(item, { ...options });

/** A rule no schema keyword says; `reason` completes "KEY=value …" (it usually starts with "must"). */
export const check = <S extends TSchema>(
  schema: S,
  test: (value: Static<S>) => boolean,
  reason: string | ((value: Static<S>) => string),
) => Type.Refine(schema, test, typeof reason === 'string' ? () => reason : reason);

/** A URL with one of these schemes: `url(['http', 'https'])`. */
export const url = (protocols: readonly string[]) =>
  check(
    Type.String(),
    (raw) => URL.canParse(raw) && protocols.includes(new URL(raw).protocol.slice(0, -1)),
    `must be a URL (${protocols.join(' or ')})`,
  );

/** Turns the checked value into another (`'5m'` into 300 seconds); the type follows. */
export const decode = Type.Decode;
