import { eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { idempotencyKeys } from '../db/schema.js';

export interface StoredResponse {
  requestHash: string;
  status: number;
  body: unknown;
}

export async function findResponse(db: Database, key: string): Promise<StoredResponse | undefined> {
  const [row] = await db.select().from(idempotencyKeys).where(eq(idempotencyKeys.key, key));
  return row && { requestHash: row.request_hash, status: row.status, body: row.body };
}

/** Stores the response unless the key is already taken; false when it was. */
export async function saveResponse(
  db: Database,
  key: string,
  response: StoredResponse,
): Promise<boolean> {
  const rows = await db
    .insert(idempotencyKeys)
    .values({
      key,
      request_hash: response.requestHash,
      status: response.status,
      body: response.body,
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return rows.length === 1;
}

export async function deleteResponsesBefore(db: Database, cutoff: Date): Promise<number> {
  const rows = await db
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.created_at, sql`${cutoff.toISOString()}::timestamptz`))
    .returning({ key: idempotencyKeys.key });
  return rows.length;
}
