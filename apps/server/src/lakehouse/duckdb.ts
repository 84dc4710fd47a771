import type * as DuckDbApi from '@duckdb/node-api';
import type { DuckDBConnection } from '@duckdb/node-api';

export interface DuckDb {
  connect(): Promise<DuckDBConnection>;
  close(): void;
}

/**
 * An in-memory DuckDB that never reaches the network: Parquet, JSON and CSV are built into the
 * bindings, and extension auto-install/auto-load are off, so a query naming httpfs (or any
 * other extension) fails at once instead of downloading one.
 */
export async function openDuckDb(): Promise<DuckDb> {
  const { DuckDBInstance } = await loadDuckDb();
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  return {
    // Times print and truncate in UTC whatever the machine's zone (the lake's days are UTC).
    connect: async () => {
      const connection = await instance.connect();
      await connection.run("set TimeZone = 'UTC'");
      return connection;
    },
    close: () => {
      instance.closeSync();
    },
  };
}

/**
 * DuckDB is loaded when the lake is compacted or queried, not when cais starts: its native binding
 * is an optional dependency (68 MB), left out of the container image, where every other role must
 * still start.
 */
export async function loadDuckDb(): Promise<typeof DuckDbApi> {
  try {
    return await import('@duckdb/node-api');
  } catch (error) {
    throw new DuckDbUnavailableError(
      `DuckDB's native binding for ${process.platform}-${process.arch} is not installed, so the lake cannot be compacted or queried here (npm install @duckdb/node-api, without --omit=optional)`,
      { cause: error },
    );
  }
}

export class DuckDbUnavailableError extends Error {
  override name = 'DuckDbUnavailableError';
}

/** A string as an SQL literal. */
export const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
