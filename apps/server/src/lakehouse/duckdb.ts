import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';

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

/** A string as an SQL literal. */
export const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;
