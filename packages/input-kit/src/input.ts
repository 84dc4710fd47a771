import type { StaticDecode, TSchema } from 'typebox';
import { InvalidInput, parseText, type TextStyle } from './text.js';

/**
 * One input of a program (an environment variable, a flag, a CDK context key), described once:
 * its schema, the words for `--help` and the docs, its default as a person writes it, whether it
 * is secret (never shown), and the parser derived from the schema.
 */
export interface Input<
  S extends TSchema = TSchema,
  D extends string | undefined = string | undefined,
> {
  readonly schema: S;
  readonly description: string;
  /** As written in the docs and parsed like any value; `undefined`: unset unless given. */
  readonly default: D;
  readonly secret: boolean;
  /** The value of a text; throws InvalidInput with a sentence completing "KEY=value …". */
  parse(raw: string): StaticDecode<S>;
}

/** The value an input gives: always one with a default, possibly none without. */
export type ValueOf<I> =
  I extends Input<infer S, infer D>
    ? D extends string
      ? StaticDecode<S>
      : StaticDecode<S> | undefined
    : never;

export type Values<T extends Record<string, Input>> = { [K in keyof T]: ValueOf<T[K]> };

/** `input(description, default, schema)`, for one source's way of writing values. */
export const inputsFor =
  (style: TextStyle) =>
  <S extends TSchema, const D extends string | undefined>(
    description: string,
    defaultText: D,
    schema: S,
    options: { secret?: boolean } = {},
  ): Input<S, D> => ({
    schema,
    description,
    default: defaultText,
    secret: options.secret ?? false,
    parse: (raw) => parseText(schema, raw, style),
  });

/** A value an input refused: its key, the text as given, and why. */
export interface Problem<K extends string = string> {
  key: K;
  raw: string;
  reason: string;
}

/**
 * Reads every input of a table at once, so that one run names every bad value. `get` gives the
 * text of a key, `undefined` when it is unset (then the default applies).
 */
export function readInputs<T extends Record<string, Input>>(
  table: T,
  get: (key: string) => string | undefined,
): { values: Values<T>; problems: Problem<keyof T & string>[] } {
  const values: Record<string, unknown> = {};
  const problems: Problem<keyof T & string>[] = [];
  for (const key of Object.keys(table) as (keyof T & string)[]) {
    const input = table[key] as Input;
    const raw = get(key) ?? input.default;
    if (raw === undefined) continue;
    try {
      values[key] = input.parse(raw);
    } catch (error) {
      if (!(error instanceof InvalidInput)) throw error;
      problems.push({ key, raw, reason: error.message });
    }
  }
  // Every key was parsed by its own input above, or reported.
  return { values: values as Values<T>, problems };
}
