import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DatabaseHandle } from '../../src/db/client.js';
import { query } from '../helpers/sql.js';
import { cais } from '../helpers/cli.js';
import { serverSkipReason } from '../helpers/database.js';
import {
  createOriginalTables,
  insertOriginalProducts,
  insertOriginalQuotes,
  openBlankDatabase,
  ORIGINAL_CATALOG_DDL,
  ORIGINAL_PIPELINE_DDL,
  originalQuotes,
} from '../helpers/originals.js';
import { serverUrl, urlFor } from '../helpers/postgres.js';

describe.skipIf(serverSkipReason() !== undefined)(
  "the cais command on an original's database (PostgreSQL)",
  () => {
    let handle: DatabaseHandle;
    let env: Record<string, string>;
    beforeAll(async () => {
      handle = await openBlankDatabase('postgres');
      await createOriginalTables(handle, ORIGINAL_CATALOG_DDL);
      await createOriginalTables(handle, ORIGINAL_PIPELINE_DDL);
      await insertOriginalProducts(handle);
      await insertOriginalQuotes(handle, originalQuotes(3));
      env = {
        DATABASE_URL: urlFor(serverUrl(), handle.location.split('/').pop() ?? ''),
        DATABASE_WAIT_SECONDS: '0',
      };
    });
    afterAll(async () => {
      await handle.close();
    });

    it('db migrate stops with a message naming the tables and adopt, exit 1, no stack', async () => {
      const result = await cais(['db', 'migrate'], env);
      expect(result.code).toBe(1);
      expect(result.output).toContain(
        "cais: This database holds the original catalog's table products and the original pipeline's table bitcoin_precos",
      );
      expect(result.output).toContain('cais db adopt --dry-run');
      expect(result.output).not.toMatch(/DrizzleQueryError|\n\s+at /);
    });

    it('db adopt --dry-run prints the report and exits 0; adopt then refuses, exit 1', async () => {
      const dry = await cais(['db', 'adopt', '--dry-run'], env);
      expect(dry.code).toBe(0);
      expect(dry.output).toContain('this is what cais db adopt would do. Nothing was changed.');
      expect(dry.output).toContain('id 2: 19.999 -> 20.00');
      const refused = await cais(['db', 'adopt'], env);
      expect(refused.code).toBe(1);
      expect(refused.output).toMatch(/Rows cais refuses \(7\), --on-invalid abort/);
      expect(refused.output).toContain('cais: nothing was changed: 7 rows are refused');
      const [left] = await query<{ name: string | null }>(
        handle.db,
        sql`select to_regclass('public.products_original')::text as name`,
      );
      expect(left?.name).toBeNull();
    });

    it('rejects an unknown --on-invalid', async () => {
      const result = await cais(['db', 'adopt', '--on-invalid', 'ignore'], env);
      expect(result.code).toBe(1);
      expect(result.output).toMatch(/--on-invalid <what>' argument 'ignore' is invalid/);
    });

    it('db adopt --on-invalid skip adopts; a second run finds nothing to adopt', async () => {
      const first = await cais(['db', 'adopt', '--on-invalid', 'skip'], env);
      expect(first.code).toBe(0);
      expect(first.output).toContain('Products: 4 of 11 rows adopted with their ids');
      const second = await cais(['db', 'adopt'], env);
      expect(second.code).toBe(0);
      expect(second.output).toContain('Nothing to adopt');
      const migrated = await cais(['db', 'migrate'], env);
      expect(migrated.code).toBe(0);
    });
  },
);
