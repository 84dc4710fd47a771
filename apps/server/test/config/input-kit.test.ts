import {
  boolean,
  check,
  decode,
  inputsFor,
  integer,
  InvalidInput,
  list,
  matching,
  oneOf,
  readInputs,
  text,
} from '@cais/input-kit';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const shell = inputsFor({ booleanWords: true, groupDigits: false });
const cli = inputsFor({ booleanWords: false, groupDigits: true });

const reason = (parse: () => unknown): string => {
  try {
    parse();
  } catch (error) {
    if (error instanceof InvalidInput) return error.message;
    throw error;
  }
  throw new Error('accepted');
};

describe('the input kit', () => {
  it('reads every integer of the range, and words the range of any other text', () => {
    const port = shell('port', '8000', integer(1, 65535));
    fc.assert(fc.property(fc.integer({ min: 1, max: 65535 }), (n) => port.parse(String(n)) === n));
    fc.assert(
      fc.property(
        fc.string().filter((s) => !/^\d+$/.test(s) || Number(s) < 1 || Number(s) > 65535),
        (s) => reason(() => port.parse(s)) === 'must be an integer from 1 to 65535',
      ),
    );
    const many = cli('count', undefined, integer(1, 10_000_000));
    expect(reason(() => many.parse('0'))).toBe('must be an integer from 1 to 10,000,000');
  });

  it('takes shell words for booleans where the source writes them, true and false elsewhere', () => {
    expect(shell('b', 'false', boolean()).parse('YES')).toBe(true);
    expect(shell('b', 'false', boolean()).parse('0')).toBe(false);
    expect(reason(() => cli('b', 'false', boolean()).parse('yes'))).toBe('must be true or false');
  });

  it('names a bad list item, a choice, a pattern and a custom rule in their own words', () => {
    const symbols = shell('s', 'BTC', list(matching(/^[A-Z]+$/, 'an upper-case symbol')));
    expect(symbols.parse('BTC, ETH,')).toEqual(['BTC', 'ETH']);
    expect(reason(() => symbols.parse('BTC,eth'))).toBe('has "eth": must be an upper-case symbol');
    expect(reason(() => shell('l', 'a', oneOf(['a', 'b'])).parse('c'))).toBe('must be one of a, b');
    const even = check(
      integer(0, 10),
      (n) => n % 2 === 0,
      (n) => `must be even, not ${n}`,
    );
    expect(reason(() => shell('e', undefined, even).parse('3'))).toBe('must be even, not 3');
    expect(reason(() => shell('t', undefined, text({ minLength: 3 })).parse('ab'))).toBe(
      'must be at least 3 characters',
    );
  });

  it('decodes after checking, so the type and the value are the decoded ones', () => {
    const upper = shell(
      'u',
      undefined,
      decode(matching(/^[a-z]+$/, 'letters'), (s) => s.toUpperCase()),
    );
    expect(upper.parse('btc')).toBe('BTC');
  });

  it('reads a table at once: defaults for unset keys, every bad key reported', () => {
    const table = {
      A: shell('a', '1', integer(0, 9)),
      B: shell('b', undefined, integer(0, 9)),
      C: shell('c', undefined, oneOf(['x'])),
    };
    const { values, problems } = readInputs(table, (key) => ({ B: '12', C: 'y' })[key]);
    expect(values.A).toBe(1);
    expect(problems).toEqual([
      { key: 'B', raw: '12', reason: 'must be an integer from 0 to 9' },
      { key: 'C', raw: 'y', reason: 'must be one of x' },
    ]);
  });
});
