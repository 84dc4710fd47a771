import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FolderLake } from '../../src/lake/lake.folder.js';
import { latestManifest } from '../../src/lakehouse/manifest.js';
import { cais, startCais } from '../helpers/cli.js';
import { quote, tempLake, writeExtraction } from '../helpers/pipeline.js';

const DAYS = Array.from({ length: 40 }, (_, i) =>
  new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
);

describe('cais lake', () => {
  let lake: FolderLake;
  let dir: string;
  let remove: () => Promise<void>;
  const env = () => ({ LAKE_URL: dir, LOG_LEVEL: 'info' });

  beforeEach(async () => {
    ({ lake, dir, remove } = await tempLake());
  });
  afterEach(async () => {
    await remove();
  });

  const writeDays = async (days: string[], perDay: number) => {
    for (const day of days) {
      for (let i = 0; i < perDay; i++) {
        const at = new Date(Date.parse(`${day}T00:00:07Z`) + i * 300_000);
        await writeExtraction(lake, 'bitcoin', at.toISOString(), [
          quote({ last_updated: new Date(at.getTime() - 67_000).toISOString(), price: `${i}.50` }),
        ]);
      }
    }
  };

  it('`lake compact` then `lake query` answers from the compacted days, as CSV off a terminal or JSON', async () => {
    await writeDays(DAYS.slice(0, 2), 3);

    const compact = await cais(['lake', 'compact'], env());
    expect(compact.code).toBe(0);
    expect(compact.output).toMatch(
      /compaction done .*2 of 2 coin days given a new part, 6 raw objects, 6 rows/,
    );

    const sql = 'select coin, count(*) as n, max(price) as high from quotes group by coin';
    const csv = await cais(['lake', 'query', sql], env());
    expect(csv).toEqual({ code: 0, output: 'coin,n,high\nbitcoin,6,2.5\n' });
    const json = await cais(['lake', 'query', '--format', 'json', sql], env());
    expect(JSON.parse(json.output)).toEqual([{ coin: 'bitcoin', n: 6, high: '2.5' }]);
  });

  it('`lake query` with SQL DuckDB refuses says why in one line, and exits 1', async () => {
    await writeDays(DAYS.slice(0, 1), 1);
    const result = await cais(['lake', 'query', 'select frobnicate() from quotes'], env());
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/query failed: .*frobnicate/);
    expect(result.output).not.toMatch(/\n\s+at /);
  });

  it('refuses --from after --to', async () => {
    const result = await cais(
      ['lake', 'compact', '--from', '2026-02-02', '--to', '2026-02-01'],
      env(),
    );
    expect(result.code).toBe(1);
    expect(result.output).toMatch(/--from 2026-02-02 is after --to 2026-02-01/);
  });

  it('a compaction killed with SIGKILL is finished by the next one: every day once, nothing half-written', async () => {
    await writeDays(DAYS, 24);
    const manifests = join(dir, 'compacted', 'manifests');
    const run = startCais(['lake', 'compact'], env());
    await run.waitFor(/40 closed coin days in the range/, 60_000);
    // Kill it while days are being published.
    for (let i = 0; i < 400; i++) {
      const found = await readdir(manifests, { recursive: true }).catch(() => []);
      if (found.filter((f) => f.endsWith('.json')).length >= 3) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    run.child.kill('SIGKILL');
    expect(await run.exited).toBe(null);

    const again = await cais(['lake', 'compact'], env());
    expect(again.code).toBe(0);

    for (const day of DAYS) {
      const manifest = await latestManifest(lake, 'bitcoin', day);
      expect(manifest?.version, day).toBe(1);
      expect(manifest?.parts.map((p) => p.sources.length)).toEqual([24]);
    }
    const parts = (await readdir(join(dir, 'compacted', 'quotes'), { recursive: true })).filter(
      (f) => f.endsWith('.parquet'),
    );
    expect(parts).toHaveLength(DAYS.length);
    const count = await cais(['lake', 'query', 'select count(*) from quotes'], env());
    expect(count.output).toBe(`count_star()\n${DAYS.length * 24}\n`);
  }, 120_000);
});
