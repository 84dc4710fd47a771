import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuckDBConnection } from '@duckdb/node-api';
import { literal, openDuckDb, type DuckDb } from '../../src/lakehouse/duckdb.js';
import { exactDecimal } from '../../src/lakehouse/quotes-view.js';

/** Decimal text as the loader accepts it (lake/quotes.csv.ts), within DECIMAL(38,18). */
const decimal = fc
  .tuple(
    fc.constantFrom('', '-', '+'),
    fc.stringMatching(/^\d{0,20}$/),
    fc.option(fc.stringMatching(/^\d{0,22}$/), { nil: undefined }),
    fc.option(fc.integer({ min: -12, max: 6 }), { nil: undefined }),
  )
  .map(
    ([sign, whole, fraction, exponent]) =>
      `${sign}${whole}${fraction === undefined ? '' : `.${fraction}`}${exponent === undefined ? '' : `e${exponent}`}`,
  )
  .filter(
    (text) =>
      /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(text) && Math.abs(Number(text)) < 1e19,
  );

describe("the quotes view's decimals", () => {
  let duck: DuckDb;
  let connection: DuckDBConnection;
  beforeAll(async () => {
    duck = await openDuckDb();
    connection = await duck.connect();
  });
  afterAll(() => {
    connection.closeSync();
    duck.close();
  });

  it('are the value a cast to DECIMAL(38,18) gives, for any text the loader accepts', async () => {
    await fc.assert(
      fc.asyncProperty(decimal, async (text) => {
        const x = `${literal(text)}::varchar`;
        const reader = await connection.runAndReadAll(
          `select (${exactDecimal(x)})::varchar as fast, (${x}::decimal(38,18))::varchar as cast`,
        );
        const [row] = reader.getRowObjectsJson();
        expect(row?.fast).toBe(row?.cast);
      }),
      { seed: 38, numRuns: 400 },
    );
  });

  it("are the cast's value around the short path's bounds (8 fraction, 10 whole digits)", async () => {
    const near = fc
      .tuple(
        fc.constantFrom('', '-'),
        fc.stringMatching(/^[1-9]\d{8,10}$|^\d$/),
        fc.stringMatching(/^\d{7,10}$/),
      )
      .map(([sign, whole, fraction]) => `${sign}${whole}.${fraction}`);
    await fc.assert(
      fc.asyncProperty(near, async (text) => {
        const x = `${literal(text)}::varchar`;
        const reader = await connection.runAndReadAll(
          `select (${exactDecimal(x)})::varchar as fast, (${x}::decimal(38,18))::varchar as cast`,
        );
        const [row] = reader.getRowObjectsJson();
        expect(row?.fast).toBe(row?.cast);
      }),
      { seed: 18, numRuns: 200 },
    );
  });
});
