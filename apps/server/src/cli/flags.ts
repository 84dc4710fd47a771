import {
  check,
  decode,
  inputsFor,
  integer,
  InvalidInput,
  list,
  matching,
  text,
  type Input,
} from '@cais/input-kit';
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { StaticDecode, TSchema } from 'typebox';
import { SLUG } from '../lake/keys.js';

/**
 * The value kinds of cais's flags and arguments, from the same schema kit as the environment
 * variables: `--help` shows each description and default, and a bad value gets commander's
 * "argument 'x' is invalid. <reason>" with the kit's reason.
 */
export const flag = inputsFor({ booleanWords: false, groupDigits: true });

export const count = (max: number, min = 1) => integer(min, max);

/** A UTC calendar day; 2026-02-30 is no day. */
export const day = check(
  text(),
  (raw) => {
    const date = new Date(`${raw}T00:00:00Z`);
    return (
      /^\d{4}-\d{2}-\d{2}$/.test(raw) &&
      !Number.isNaN(date.getTime()) &&
      date.toISOString().startsWith(raw)
    );
  },
  'must be a calendar day as YYYY-MM-DD (UTC)',
);

const UNIT_SECONDS = { s: 1, m: 60, h: 3600, d: 86400 } as const;
const seconds = (raw: string) => {
  const match = /^(\d+)([smhd])$/.exec(raw);
  if (!match) return 0;
  return Number(match[1]) * UNIT_SECONDS[match[2] as keyof typeof UNIT_SECONDS];
};

/** A duration such as 30s, 5m, 1h or 1d, in seconds. */
export const duration = decode(
  check(
    text(),
    (raw) => seconds(raw) >= 1 && seconds(raw) <= 7 * 86400,
    'must be a duration from 1s to 7d, such as 30s, 5m or 1h',
  ),
  seconds,
);

/** An ISO 8601 time with its zone (Z or an offset). */
export const instant = decode(
  check(
    text(),
    (raw) =>
      /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(raw) &&
      !Number.isNaN(new Date(raw).getTime()),
    'must be a time such as 2026-11-22T10:00:00Z (with Z or an offset)',
  ),
  (raw) => new Date(raw),
);

/** A coin or currency code, in any case, as upper case. */
export const code = decode(
  matching(/^[A-Za-z0-9]{1,20}$/, '1 to 20 letters or digits, such as BTC or BRL'),
  (raw) => raw.toUpperCase(),
);

/** Codes, comma-separated, upper-cased and without repeats. */
export const codes = decode(
  check(list(code), (items) => items.length > 0, 'must list at least one symbol, such as BTC,ETH'),
  (items) => [...new Set(items)],
);

/** A role name PostgreSQL takes unquoted. */
export const roleName = matching(
  /^[a-z_][a-z0-9_]{0,62}$/,
  'a lower-case role name (letters, digits, _; at most 63)',
);

/** Coin folders of the lake. */
export const slugs = decode(
  check(
    list(matching(SLUG, 'a coin folder of the lake, such as bitcoin')),
    (items) => items.length > 0,
    'must list coin folders of the lake, such as bitcoin,ethereum',
  ),
  (items) => [...new Set(items)],
);

/** commander's parser for an input: the kit's reason as commander's "is invalid. <reason>". */
export function argParser<S extends TSchema>(input: Input<S>): (raw: string) => StaticDecode<S> {
  return (raw) => {
    try {
      return input.parse(raw);
    } catch (error) {
      if (error instanceof InvalidInput) throw new InvalidArgumentError(error.message);
      throw error;
    }
  };
}

/** Adds `--name <value>` described by an input, with its default parsed and shown as written. */
export function addFlag(command: Command, flags: string, input: Input): Command {
  const option = new Option(flags, input.description).argParser(argParser(input));
  if (input.default !== undefined) option.default(input.parse(input.default), input.default);
  return command.addOption(option);
}

/** `--from <date>` and `--to <date>`: a range of UTC days, either end optional. */
export function addDayRange(command: Command, help: { from: string; to: string }): Command {
  addFlag(command, '--from <date>', flag(help.from, undefined, day));
  return addFlag(command, '--to <date>', flag(help.to, undefined, day));
}
