import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Database } from './client.js';
import * as schema from './schema.js';

/**
 * One database session that can COPY a CSV file into a table: bulk loads stage rows with COPY
 * (several times faster than any INSERT) into a temporary table, which only that session sees,
 * then move them with SQL in a transaction of the same session.
 */
export interface CopySession {
  /** Every statement on this one session (its temporary tables are visible). */
  db: Database;
  /**
   * `COPY table (columns) FROM` a CSV file without header (an empty field is NULL): the rows
   * copied.
   */
  copyCsv(table: string, columns: readonly string[], file: string): Promise<number>;
  /**
   * True when copyCsv may run inside a transaction of `db` (the server: one connection). PGlite
   * runs a transaction on a handle of its own, which a COPY on PGlite itself would wait for.
   */
  copiesInTransaction: boolean;
}

const copyStatement = (table: string, columns: readonly string[], source: string) =>
  `copy ${table} (${columns.join(', ')}) from ${source} with (format csv)`;

/**
 * Runs `work` on one session of `db`: a client of the server's pool (released after), or
 * PGlite itself, which is one session. The server streams the file with COPY FROM STDIN
 * (pg-copy-streams); PGlite has no STDIN to stream to, so it reads the file whole and COPYs it
 * from its virtual `/dev/blob`: the same statement and CSV, one buffer per batch in memory.
 */
export async function withCopySession<T>(
  db: Database,
  work: (session: CopySession) => Promise<T>,
): Promise<T> {
  const client: unknown = (db as { $client?: unknown }).$client;
  if (client instanceof PGlite) {
    return work({
      db,
      copyCsv: async (table, columns, file) => {
        const result = await client.query(copyStatement(table, columns, "'/dev/blob'"), [], {
          blob: new Blob([await readFile(file)]),
        });
        return result.affectedRows ?? 0;
      },
      copiesInTransaction: false,
    });
  }
  if (!(client instanceof pg.Pool)) {
    throw new Error('withCopySession: the database is neither PGlite nor a node-postgres pool');
  }
  const connection = await client.connect();
  let failed = false;
  try {
    return await work({
      db: drizzlePg(connection, { schema }),
      copyCsv: async (table, columns, file) => {
        const copy = connection.query(copyFrom(copyStatement(table, columns, 'stdin')));
        await pipeline(createReadStream(file), copy);
        return copy.rowCount;
      },
      copiesInTransaction: true,
    });
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    // A session that failed mid-COPY may be in any state: dropped, not returned to the pool.
    connection.release(failed);
  }
}
