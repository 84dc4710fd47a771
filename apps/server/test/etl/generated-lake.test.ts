import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { query } from '../helpers/sql.js';
import { loadLake } from '../../src/etl/lake.loader.js';
import type { Lake } from '../../src/lake/lake.js';
import { describeEachDatabase } from '../helpers/database.js';
import { lakeSpec, storedMinutes, writeLake } from '../helpers/generated-lake.js';
import { resetPipeline, tempLake } from '../helpers/pipeline.js';

/**
 * Issue 10, generated: random lakes mixing valid, duplicated, overlapping (repeating rows of
 * earlier objects) and corrupt objects, loaded twice and after an interruption half-way: the
 * quotes stored are always exactly the distinct quotes of the objects that are not corrupt.
 * Seeded, so a failure reproduces; the kill -9 half of the proof is in generated-lake.kill.test.ts.
 */

const SEED = 20261203;

describeEachDatabase('a generated lake', (database) => {
  let lake: Lake;
  let remove: () => Promise<void>;
  beforeEach(async () => {
    ({ lake, remove } = await tempLake());
  });
  afterEach(async () => {
    await remove();
  });

  it('always stores exactly the distinct valid quotes: loaded twice, and after stopping half-way', async () => {
    let cases = 0;
    await fc.assert(
      fc.asyncProperty(lakeSpec, fc.nat(), async (specs, stopAt) => {
        cases += 1;
        await resetPipeline(database());
        await remove();
        ({ lake, remove } = await tempLake());
        const expected = await writeLake(lake, specs);

        // Stopped after some batches (the interruption a signal gives), then loaded in full.
        const controller = new AbortController();
        let batches = 0;
        await loadLake(database().db, lake, {
          batchSize: 3,
          signal: controller.signal,
          onProgress: () => {
            batches += 1;
            if (batches > stopAt % 4) controller.abort();
          },
        }).catch((error: unknown) => {
          if (!controller.signal.aborted) throw error;
        });
        const first = await loadLake(database().db, lake, { batchSize: 4 });
        const second = await loadLake(database().db, lake);
        expect(await storedMinutes(database())).toEqual(expected);
        expect(second).toMatchObject({ loaded: 0, rowsInserted: 0, bad: [] });
        const corrupt = specs.filter((s) => s.kind === 'corrupt').length;
        const [rejected] = await query<{ n: number }>(
          database().db,
          sql`select count(*)::integer as n from lake_rejects`,
        );
        expect(rejected?.n).toBe(corrupt);
        expect(first.listed).toBe(specs.length);

        // A replay into an empty database restores the same rows.
        await resetPipeline(database());
        await loadLake(database().db, lake);
        expect(await storedMinutes(database())).toEqual(expected);
      }),
      { seed: SEED, numRuns: 100 },
    );
    expect(cases).toBe(100);
  });
});
