import type { SQL } from 'drizzle-orm';
import Type, { type Static, type TProperties, type TObject, type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import type { Database } from './client.js';

/**
 * Raw SQL with checked rows. The query builder types what it can express; the statements it
 * cannot (CTEs, unnest loads, catalog queries) say the shape of their rows once, as a schema:
 * the row type is derived from it and every row read is checked against it, so a renamed or
 * retyped column fails on the first read (in the tests) instead of flowing on as `undefined`.
 */

/** A row that does not have the shape its statement declares: a bug, never bad input. */
export class RowShapeError extends Error {}

export interface RowShape<T> {
  readonly name: string;
  check(row: unknown, index: number): T;
}

/** The row type of a shape. */
export type RowOf<S> = S extends RowShape<infer T> ? T : never;

/** Declares the rows of one statement: `name` says which, in the error a bad row raises. */
export function rowShape<P extends TProperties>(
  name: string,
  properties: P,
): RowShape<Static<TObject<P>>> {
  const compiled = Compile(Type.Object(properties));
  return {
    name,
    check(row, index) {
      if (compiled.Check(row)) return row;
      const first = [...compiled.Errors(row)][0];
      const where = first?.instancePath || '/';
      throw new RowShapeError(
        `row ${index} of ${name}: ${where} ${first?.message ?? 'does not match its shape'}`,
      );
    },
  };
}

/** Runs a statement whose rows are not read (DDL, writes without RETURNING). */
export async function execute(db: Database, statement: SQL): Promise<void> {
  await db.execute(statement);
}

/** Runs a statement and returns its rows, each checked against `shape`. */
export async function select<T>(db: Database, shape: RowShape<T>, statement: SQL): Promise<T[]> {
  const result: unknown = await db.execute(statement);
  // Both drivers answer with `{ rows }`.
  const rows = (result as { rows: unknown[] }).rows;
  return rows.map((row, index) => shape.check(row, index));
}

/** The first row of a statement's result, checked; undefined when there is none. */
export async function selectOne<T>(
  db: Database,
  shape: RowShape<T>,
  statement: SQL,
): Promise<T | undefined> {
  return (await select(db, shape, statement))[0];
}

/** A column that may be NULL. */
export const nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
