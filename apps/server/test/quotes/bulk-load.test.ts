import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/db/client.js';
import { withCopySession } from '../../src/db/copy-session.js';
import {
  insertBatch,
  prepareStaging,
  type CsvBatch,
} from '../../src/quotes/bulk-load.repository.js';
import { DATABASE_KINDS, openTestDatabase, serverSkipReason } from '../helpers/database.js';
import { resetPipeline, storedQuotes } from '../helpers/pipeline.js';
import { query } from '../helpers/sql.js';

const row = (minute: string, price: string) =>
  `BTC,BRL,1,2026-10-01T10:${minute}:00.000Z,${price},,,,,,,raw/bitcoin/year=2026/month=10/day=01/bitcoin_2026-10-01_10-${minute}-07.csv\n`;

for (const kind of DATABASE_KINDS) {
  describe.skipIf(kind === 'postgres' && serverSkipReason() !== undefined)(
    `a bulk load batch [${kind}]`,
    () => {
      let database: DatabaseHandle;
      let dir: string;
      beforeAll(async () => {
        database = await openTestDatabase(kind);
        dir = await mkdtemp(join(tmpdir(), 'cais-bulk-'));
      });
      afterAll(async () => {
        await database.close();
        await rm(dir, { recursive: true, force: true });
      });
      beforeEach(async () => {
        await resetPipeline(database);
      });

      const load = async (rows: string[], extra: Partial<CsvBatch> = {}) => {
        const csv = join(dir, `${Math.random().toString(36).slice(2)}.csv`);
        await writeFile(csv, rows.join(''));
        return withCopySession(database.db, async (session) => {
          await prepareStaging(session.db);
          return insertBatch(session, {
            csv,
            ranges: [
              {
                symbol: 'BTC',
                convert: 'BRL',
                first: '2026-10-01T10:00:00.000Z',
                last: '2026-10-01T10:10:00.000Z',
              },
            ],
            days: [
              { coin: 'bitcoin', day: '2026-10-01', manifestKey: 'm.json', parts: [], rows: 0 },
            ],
            months: [],
            ...extra,
          });
        });
      };

      it('goes straight into an empty range (on the server), with its rollups and ledger', async () => {
        const result = await load([row('00', '1.50'), row('05', '2'), row('10', '1e-8')]);
        expect(result).toEqual({ inserted: 3, direct: kind === 'postgres' });
        expect((await storedQuotes(database)).map((q) => q.price)).toEqual([
          '1.50',
          '2',
          '0.00000001',
        ]);
        const [hour] = await query<{ count: number }>(
          database.db,
          sql`select count from quote_rollups where resolution_seconds = 3600`,
        );
        expect(hour?.count).toBe(3);
        const days = await query(database.db, sql`select day::text as day from lake_days`);
        expect(days).toEqual([{ day: '2026-10-01' }]);
      });

      it('is staged and keeps the quotes already there when its range holds some', async () => {
        await load([row('05', '2')]);
        const result = await load([row('00', '1.50'), row('05', '99')]);
        expect(result).toEqual({ inserted: 1, direct: false });
        expect((await storedQuotes(database)).map((q) => q.price)).toEqual(['1.50', '2']);
      });

      it.skipIf(kind !== 'postgres')(
        'falls back to staging when a quote lands in the range after the check',
        async () => {
          // Ranges that miss the quote already there: the check passes, the COPY collides.
          await load([row('05', '2')]);
          const result = await load([row('00', '1.50'), row('05', '99')], {
            ranges: [
              {
                symbol: 'BTC',
                convert: 'BRL',
                first: '2026-10-01T10:00:00.000Z',
                last: '2026-10-01T10:01:00.000Z',
              },
            ],
          });
          expect(result).toEqual({ inserted: 1, direct: false });
          expect((await storedQuotes(database)).map((q) => q.price)).toEqual(['1.50', '2']);
        },
      );
    },
  );
}
