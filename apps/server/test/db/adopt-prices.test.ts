import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { roundToCents } from '../../src/db/adopt/product-rows.js';
import { query } from '../helpers/sql.js';
import { describeEachDatabase } from '../helpers/database.js';

/**
 * The original catalog stored prices as doubles. Adopt reads each one as PostgreSQL's shortest
 * decimal text and rounds it to cents: in SQL for the rows it copies, in TypeScript for the report
 * and the repaired rows. Both must agree, for every double.
 */

const prices = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e13, max: 1e13 }),
  // Cents with a float's error on top, and the half-cent ties where rounding direction shows.
  fc.integer({ min: 0, max: 10_000_000 }).map((cents) => cents / 100),
  fc.integer({ min: 0, max: 10_000_000 }).map((cents) => (cents + 0.5) / 100),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e-3, max: 1e-3 }),
);

describeEachDatabase('prices from the original doubles', (database) => {
  it('the shortest decimal text reads back as the same double, and rounds as PostgreSQL rounds', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(prices, { minLength: 1, maxLength: 200 }), async (values) => {
        const rows = await database().db.transaction(async (tx) => {
          await query(tx, sql`set local extra_float_digits = 1`);
          return query<{ text: string; cents: string; exact: boolean }>(
            tx,
            sql`select x::text as text, round(x::text::numeric, 2)::text as cents,
                       round(x::text::numeric, 2) = x::text::numeric as exact
                from jsonb_array_elements_text(${JSON.stringify(values)}::jsonb) with ordinality as v(t, i),
                     lateral (select t::float8 as x) f
                order by i`,
          );
        });
        rows.forEach((row, i) => {
          expect(Number(row.text)).toBe(values[i] === 0 ? 0 : values[i]);
          expect(roundToCents(row.text), row.text).toEqual({ cents: row.cents, exact: row.exact });
        });
      }),
      { seed: 20261203, numRuns: 40 },
    );
  });

  it('NaN and infinities are no price', () => {
    for (const text of ['NaN', 'Infinity', '-Infinity', '', '.', 'e5']) {
      expect(roundToCents(text), text).toBeUndefined();
    }
  });
});
