import type { SQL } from 'drizzle-orm';
import type { Database } from '../../src/db/client.js';

/**
 * Raw SQL for test set-up and assertions. The rows are typed by the test that reads them and
 * checked by its assertions; the app itself reads rows only through db/rows.ts (shapes checked).
 */
export async function query<T = Record<string, unknown>>(
  db: Database,
  statement: SQL,
): Promise<T[]> {
  const result: unknown = await db.execute(statement);
  return (result as { rows: T[] }).rows;
}
