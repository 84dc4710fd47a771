import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitByOverlap, type SourceRange } from '../../src/lakehouse/overlaps.js';

const pair = <T>(value: fc.Arbitrary<T>) =>
  fc.option(
    fc.tuple(value, value).map(([a, b]): [T, T] => (a <= b ? [a, b] : [b, a])),
    { nil: undefined, freq: 8 },
  );

const source = fc.record({
  symbol: pair(fc.constantFrom('ADA', 'BTC', 'ETH', 'SOL')),
  convert: pair(fc.constantFrom('BRL', 'USD')),
  time: pair(fc.bigInt({ min: 0n, max: 200n })),
});

const overlaps = <T>(a: [T, T] | undefined, b: [T, T] | undefined) =>
  !a || !b || (a[0] <= b[1] && b[0] <= a[1]);

describe('which sources of the quotes view can share a quote', () => {
  it('a source is alone exactly when its ranges overlap no other source on every column', () => {
    fc.assert(
      fc.property(fc.array(source, { maxLength: 30 }), (generated) => {
        const sources: SourceRange[] = generated.map((s, i) => ({ source: `s${i}`, ...s }));
        const { alone, shared } = splitByOverlap(sources);
        const expectedShared = sources.filter((a) =>
          sources.some(
            (b) =>
              a !== b &&
              overlaps(a.symbol, b.symbol) &&
              overlaps(a.convert, b.convert) &&
              overlaps(a.time, b.time),
          ),
        );
        expect(new Set(shared)).toEqual(new Set(expectedShared.map((s) => s.source)));
        expect(alone.length + shared.length).toBe(sources.length);
      }),
      { seed: 63, numRuns: 500 },
    );
  });

  it('month parts of one series in consecutive months are each alone', () => {
    const month = (i: number): SourceRange => ({
      source: `m${i}`,
      symbol: ['BTC', 'BTC'],
      convert: ['BRL', 'BRL'],
      time: [BigInt(i * 100), BigInt(i * 100 + 99)],
    });
    expect(splitByOverlap([month(2), month(0), month(1)])).toEqual({
      alone: ['m0', 'm1', 'm2'],
      shared: [],
    });
  });
});
