import { sql } from 'drizzle-orm';
import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { adoptOriginals } from '../../src/db/adopt/adopt.js';
import { formatAdoptReport } from '../../src/db/adopt/adopt-report.js';
import { OriginalTablesError } from '../../src/db/adopt/originals.js';
import { type DatabaseHandle } from '../../src/db/client.js';
import { query } from '../helpers/sql.js';
import { migrate } from '../../src/db/migrate.js';
import { options, originals, products } from '../helpers/adopt.js';
import { DATABASE_KINDS, serverSkipReason } from '../helpers/database.js';
import {
  createOriginalTables,
  dashboardRows,
  databaseSnapshot,
  insertOriginalQuotes,
  openBlankDatabase,
  ORIGINAL_PIPELINE_DDL,
  originalQuotes,
} from '../helpers/originals.js';

for (const kind of DATABASE_KINDS) {
  const skip = kind === 'postgres' && serverSkipReason() !== undefined;

  describe.skipIf(skip)(`moving in, one database each [${kind}]`, () => {
    let handle: DatabaseHandle | undefined;
    afterEach(async () => {
      await handle?.close();
      handle = undefined;
    });

    it('--on-invalid fix repairs what has a safe repair and skips the rest', async () => {
      handle = await originals(kind, 3);
      const h = handle;
      const report = await adoptOriginals(h.db, options({ onInvalid: 'fix' }));
      expect(report.products?.fixed).toEqual([5, 10]);
      expect(report.products?.skipped).toEqual([6, 7, 8, 9, 11]);
      const rows = await products(h);
      expect(rows.map((r) => r.id)).toEqual([1, 2, 3, 4, 5, 10]);
      expect(rows.find((r) => r.id === 5)).toMatchObject({
        categoria: 'Eletrodoméstico',
        price: '1234.57',
      });
      expect(rows.find((r) => r.id === 10)).toMatchObject({ email_fornecedor: 'm@mesa.com' });
      expect(formatAdoptReport(report, h.location)).toMatch(/id 6: .*\[skipped\]/);
    });

    it('the rollback of docs/moving-in.md gives the originals back exactly', async () => {
      handle = await originals(kind, 5);
      const h = handle;
      const before = await databaseSnapshot(h);
      await adoptOriginals(h.db, options({ onInvalid: 'skip' }));
      const docs = await readFile(
        new URL('../../../../docs/moving-in.md', import.meta.url),
        'utf8',
      );
      const block = /```sql\n-- rollback\n([\s\S]*?)```/.exec(docs)?.[1] ?? '';
      const statements = block
        .split(';')
        .map((s) => s.trim())
        .filter((s) => s !== '' && !/^(BEGIN|COMMIT)$/i.test(s));
      expect(statements.length).toBeGreaterThan(5);
      await h.db.transaction(async (tx) => {
        for (const statement of statements) await query(tx, sql.raw(statement));
      });
      expect(await databaseSnapshot(h)).toEqual(before);
      await expect(migrate(h)).rejects.toBeInstanceOf(OriginalTablesError);
    });

    it('adopts a pipeline database alone, in another currency, reporting rows with NULLs', async () => {
      handle = await openBlankDatabase(kind);
      const h = handle;
      await createOriginalTables(h, ORIGINAL_PIPELINE_DDL);
      await insertOriginalQuotes(h, originalQuotes(3));
      await query(h.db, sql`insert into bitcoin_precos (price, last_updated) values (null, now())`);
      const report = await adoptOriginals(h.db, options({ onInvalid: 'skip', convert: 'USD' }));
      expect(report.found).toEqual(['bitcoin_precos']);
      expect(report.quotes).toMatchObject({ rows: 4, adopted: 3, convert: 'USD', keptIds: true });
      expect(report.quotes?.refused).toEqual([{ id: 4, reason: 'price is missing' }]);
      expect(await dashboardRows(h)).toHaveLength(3);
    });
  });
}
