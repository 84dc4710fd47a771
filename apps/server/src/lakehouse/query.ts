import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBTypeId } from '@duckdb/node-api';
import type { Lake } from '../lake/lake.js';
import { loadDuckDb, openDuckDb } from './duckdb.js';
import { createQuotesView, type LakeScope, type ViewSources } from './quotes-view.js';

/** SQL that DuckDB refused: the message says why; nothing was changed. */
export class LakeQueryError extends Error {}

export type Cell = string | number | boolean | null;

export interface QueryResult {
  columns: string[];
  /** Values as text except numbers that fit a double exactly, booleans and null. */
  rows: Cell[][];
  sources: ViewSources;
}

/** Decimals printed without the padding of their scale: 1.500000 is 1.5. */
const trimDecimal = (text: string) =>
  text.includes('.') ? text.replace(/0+$/, '').replace(/\.$/, '') : text;

/** DuckDB's `2026-01-01 00:00:00.123+00` as ISO 8601. */
const isoInstant = (text: string) => text.replace(/^(\S+) (\S+)\+00$/, '$1T$2Z');

/** count(*) is a BIGINT, which JSON gives as text: a number again when a double holds it. */
const bigIntegers = (ids: typeof DuckDBTypeId) =>
  new Set<DuckDBTypeId | undefined>([ids.BIGINT, ids.UBIGINT, ids.HUGEINT, ids.UHUGEINT]);

/** `cais lake query`: runs one SQL statement over the `quotes` view of the lake in scope. */
export async function queryLake(lake: Lake, sql: string, scope: LakeScope): Promise<QueryResult> {
  const scratch = await mkdtemp(join(tmpdir(), 'cais-query-'));
  const duck = await openDuckDb();
  const { DuckDBTypeId: ids } = await loadDuckDb();
  const BIG_INTEGERS = bigIntegers(ids);
  try {
    const connection = await duck.connect();
    try {
      const sources = await createQuotesView(connection, lake, scope, scratch);
      let reader;
      try {
        reader = await connection.runAndReadAll(sql);
      } catch (error) {
        throw new LakeQueryError((error as Error).message, { cause: error });
      }
      const types = reader.columnTypes().map((t) => t.typeId);
      const rows = reader.getRowsJson().map((row) =>
        row.map((value, i): Cell => {
          if (value === null || typeof value === 'number' || typeof value === 'boolean')
            return value;
          if (typeof value !== 'string') return JSON.stringify(value);
          if (types[i] === ids.DECIMAL) return trimDecimal(value);
          if (BIG_INTEGERS.has(types[i]) && Number.isSafeInteger(Number(value))) {
            return Number(value);
          }
          if (types[i] === ids.TIMESTAMP_TZ) return isoInstant(value);
          return value;
        }),
      );
      return { columns: reader.columnNames(), rows, sources };
    } finally {
      connection.closeSync();
    }
  } finally {
    duck.close();
    await rm(scratch, { recursive: true, force: true });
  }
}
