import pg from 'pg';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { startCais } from '../helpers/cli.js';
import { eachServerDatabaseUrl, serverSkipReason } from '../helpers/database.js';
import { objectKeys } from '../../src/lake/keys.js';
import { quotesToCsv } from '../../src/lake/quotes.csv.js';
import { quote, tempLake } from '../helpers/pipeline.js';
import { lakeSpec, writeLake } from '../helpers/generated-lake.js';

/**
 * Issue 10, generated: `cais etl replay` killed with SIGKILL at a random moment, then run again
 * (twice): the quotes stored are exactly the distinct valid quotes of the lake. On the
 * PostgreSQL server, where another process can own the database after the kill.
 */

const FILLER = 600;

describe.skipIf(serverSkipReason() !== undefined)(
  'a generated lake, replay killed half-way',
  () => {
    const databaseUrl = eachServerDatabaseUrl();

    it('stores exactly the distinct valid quotes after kill -9 and two more replays', async () => {
      let cases = 0;
      await fc.assert(
        fc.asyncProperty(
          lakeSpec,
          fc.integer({ min: 0, max: 1500 }),
          async (specs, killAfterMs) => {
            cases += 1;
            const { lake, dir, remove } = await tempLake();
            const client = new pg.Client({ connectionString: databaseUrl() });
            await client.connect();
            try {
              await client.query(
                'truncate crypto_quotes, lake_objects, lake_rejects, quote_rollups',
              );
              const expected = await writeLake(lake, specs);
              // Enough valid objects after them for the kill to land during the load.
              for (let i = 0; i < FILLER; i++) {
                const keys = objectKeys('ethereum', new Date(Date.UTC(2026, 10, 22) + i * 1000));
                await lake.put(
                  keys.csv,
                  quotesToCsv([
                    quote({
                      symbol: 'ETH',
                      last_updated: new Date(Date.UTC(2026, 10, 22) + i * 60_000).toISOString(),
                    }),
                  ]),
                );
              }
              const env = { LAKE_URL: dir, DATABASE_URL: databaseUrl(), LOG_LEVEL: 'info' };
              const killed = startCais(['etl', 'replay'], env);
              await killed.waitFor(/objects in the lake/, 60_000);
              await new Promise((resolve) => setTimeout(resolve, killAfterMs));
              killed.child.kill('SIGKILL');
              await killed.exited;
              for (let again = 0; again < 2; again++) {
                const replay = startCais(['etl', 'replay'], env);
                expect(await replay.exited).toBe(specs.some((s) => s.kind === 'corrupt') ? 3 : 0);
              }
              const { rows } = await client.query<{ symbol: string; ms: number }>(
                `select symbol, (extract(epoch from last_updated) * 1000)::float8 as ms
             from crypto_quotes`,
              );
              expect(rows.filter((r) => r.symbol === 'ETH')).toHaveLength(FILLER);
              const btc = new Set(
                rows
                  .filter((r) => r.symbol === 'BTC')
                  .map((r) => (r.ms - Date.UTC(2026, 10, 20)) / 60_000),
              );
              expect(btc).toEqual(expected);
            } finally {
              await client.end();
              await remove();
            }
          },
        ),
        { seed: 20261203, numRuns: 4 },
      );
      expect(cases).toBe(4);
    }, 600_000);
  },
);
