import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Lake } from '../../src/lake/lake.js';
import { compactLake } from '../../src/lakehouse/compact.js';
import {
  CompactionBusyError,
  LOCKS_PREFIX,
  takeCompactionLock,
} from '../../src/lakehouse/compaction-lock.js';
import { latestManifest } from '../../src/lakehouse/manifest.js';
import { LAKE_KINDS, snapshot, type TestLake } from '../helpers/lakes.js';
import { quote, writeExtraction } from '../helpers/pipeline.js';

const NOW = new Date('2026-11-21T12:00:00Z');
const DAYS = ['2026-11-18', '2026-11-19', '2026-11-20'];

/** A lock record as another holder would have written it. */
const holder = (fields: { host?: string; pid?: number; expiresAt?: string }) =>
  JSON.stringify({
    owner: 'someone-else',
    host: fields.host ?? 'another-host',
    pid: fields.pid ?? 1,
    expiresAt: fields.expiresAt ?? new Date(Date.now() + 600_000).toISOString(),
    released: false,
  });

/** The id of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid;

for (const [kind, open] of Object.entries(LAKE_KINDS)) {
  describe(`the compaction lock [${kind} lake]`, () => {
    let test: TestLake;
    let lake: Lake;

    beforeEach(async () => {
      test = await open();
      lake = test.lake;
      for (const day of DAYS) {
        await writeExtraction(lake, 'bitcoin', `${day}T10:00:07Z`, [
          quote({ last_updated: `${day}T10:00:00.000Z` }),
        ]);
      }
    });
    afterEach(async () => {
      await test.close();
    });

    it('lets one of two compactions racing on the same days compact them, once', async () => {
      const results = await Promise.allSettled([
        compactLake(lake, { now: NOW }),
        compactLake(lake, { now: NOW }),
      ]);
      // Either the second finds the lock taken, or it takes it once the first is done and
      // finds nothing left: each day is compacted once.
      const compacted = results.flatMap((r) =>
        r.status === 'fulfilled' ? [r.value.compacted] : [],
      );
      const refused = results.flatMap((r): unknown[] =>
        r.status === 'rejected' ? [r.reason] : [],
      );
      for (const error of refused) expect(error).toBeInstanceOf(CompactionBusyError);
      expect(compacted.reduce((sum, n) => sum + n, 0)).toBe(DAYS.length);
      for (const day of DAYS) {
        const manifest = await latestManifest(lake, 'bitcoin', day);
        expect(manifest).toMatchObject({ version: 1 });
        expect(manifest?.parts).toHaveLength(1);
      }
      expect([...(await snapshot(lake, 'compacted/quotes/')).keys()]).toHaveLength(DAYS.length);
    });

    it('refuses to start while another holds the lock, naming it, and writes nothing', async () => {
      await lake.put(`${LOCKS_PREFIX}g0000000001.json`, holder({ pid: 4242 }), 'application/json');
      const before = await snapshot(lake, 'compacted/quotes/');
      const error = await compactLake(lake, { now: NOW }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(CompactionBusyError);
      expect((error as Error).message).toContain('process 4242 on another-host');
      expect(await snapshot(lake, 'compacted/quotes/')).toEqual(before);
      expect(await latestManifest(lake, 'bitcoin', DAYS[0] ?? '')).toBeUndefined();
    });

    it('takes over a lock whose lease expired, or whose holder on this host is dead', async () => {
      await lake.put(
        `${LOCKS_PREFIX}g0000000001.json`,
        holder({ expiresAt: new Date(Date.now() - 1_000).toISOString() }),
        'application/json',
      );
      const first = await compactLake(lake, { now: NOW, to: DAYS[0] });
      expect(first.compacted).toBe(1);

      const next = (await lake.list(LOCKS_PREFIX)).keys.length + 1;
      await lake.put(
        `${LOCKS_PREFIX}g${String(next).padStart(10, '0')}.json`,
        holder({ host: hostname(), pid: deadPid() }),
        'application/json',
      );
      const second = await compactLake(lake, { now: NOW });
      expect(second.compacted).toBe(2);
    });

    it('is released when the compaction ends, and renewed while it runs', async () => {
      const lock = await takeCompactionLock(lake, { leaseMs: 300 });
      await new Promise((resolve) => setTimeout(resolve, 450));
      await expect(takeCompactionLock(lake)).rejects.toBeInstanceOf(CompactionBusyError);
      await lock.release();
      expect(lock.signal.aborted).toBe(false);
      const again = await takeCompactionLock(lake);
      await again.release();
      // Taken, renewed at least once, released; taken and released again.
      expect((await lake.list(LOCKS_PREFIX)).keys.length).toBeGreaterThanOrEqual(5);
    });

    it('takes no lock and writes nothing when there is nothing new', async () => {
      await compactLake(lake, { now: NOW });
      const before = await snapshot(lake, '');
      await compactLake(lake, { now: NOW });
      expect(await snapshot(lake, '')).toEqual(before);
    });
  });
}
