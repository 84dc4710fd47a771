import { sql } from 'drizzle-orm';
import Type from 'typebox';
import { expect, it } from 'vitest';
import { nullable, RowShapeError, rowShape, select, selectOne } from '../../src/db/rows.js';
import { describeEachDatabase } from '../helpers/database.js';

/** Raw statements declare their rows' shape once; a row that does not match is a named error. */

const Pair = rowShape('pair', { n: Type.Integer(), label: nullable(Type.String()) });

describeEachDatabase('checked rows', (database) => {
  it('returns the rows of a statement that matches its shape', async () => {
    const rows = await select(
      database().db,
      Pair,
      sql`select n::integer, case when n = 2 then null else 'n' || n end as label
          from generate_series(1, 3) as n`,
    );
    expect(rows).toEqual([
      { n: 1, label: 'n1' },
      { n: 2, label: null },
      { n: 3, label: 'n3' },
    ]);
  });

  it('gives undefined for the first row of an empty result', async () => {
    const row = await selectOne(database().db, Pair, sql`select 1 as n, 'x' as label where false`);
    expect(row).toBeUndefined();
  });

  it('names the statement and the column when a column is renamed', async () => {
    await expect(
      select(database().db, Pair, sql`select 1::integer as count, 'x' as label`),
    ).rejects.toThrow(new RowShapeError('row 0 of pair: / must have required properties n'));
  });

  it('names the column whose type changed (numeric leaves the driver as text)', async () => {
    const error = await select(
      database().db,
      Pair,
      sql`select 1.5::numeric as n, 'x' as label`,
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RowShapeError);
    expect((error as Error).message).toMatch(/^row 0 of pair: \/n /);
  });
});
