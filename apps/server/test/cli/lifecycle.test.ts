import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startApi } from '../../src/cli/commands/api.js';
import { repeatEvery } from '../../src/cli/lifecycle.js';
import { loadConfig } from '../../src/config/config.js';
import { openDatabase } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { idempotencyKeys } from '../../src/db/schema.js';
import { captureLog } from '../helpers/capture-log.js';
import { createServerDatabase, DATABASE_KINDS, serverSkipReason } from '../helpers/database.js';
import { freePort } from '../helpers/free-port.js';

describe('housekeeping repeated by a running process', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs at once, then every interval; a failed run is logged and the next tries again', async () => {
    vi.useFakeTimers();
    const { log, lines } = captureLog();
    let runs = 0;
    const stop = repeatEvery(
      1_000,
      'tidy up',
      async () => {
        runs += 1;
        if (runs === 2) throw new Error('database down');
      },
      log,
    );
    await vi.advanceTimersByTimeAsync(0);
    expect(runs).toBe(1);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(2);
    expect(lines.map((l) => l.msg)).toContain('could not tidy up');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toBe(3);
    await stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(runs).toBe(3);
  });

  it('stops once the run in flight has finished, so what it uses can close after it', async () => {
    let release = () => {};
    const stop = repeatEvery(
      60_000,
      'tidy up',
      () =>
        new Promise<void>((resolve) => {
          release = resolve;
        }),
      captureLog().log,
    );
    let stopped = false;
    const stopping = stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(stopped).toBe(true);
  });
});

const DAY_MS = 24 * 3600 * 1000;

for (const kind of DATABASE_KINDS) {
  describe.skipIf(kind === 'postgres' && serverSkipReason() !== undefined)(
    `cais api [${kind}]`,
    () => {
      it('drops the idempotency keys older than a day when it starts, keeping the newer', async () => {
        const dir = await mkdtemp(join(tmpdir(), 'cais-lifecycle-'));
        const server = kind === 'postgres' ? await createServerDatabase() : undefined;
        const log = pino({ level: 'silent' });
        const config = loadConfig({
          LOG_LEVEL: 'silent',
          API_PORT: String(await freePort()),
          PGLITE_DIR: dir,
          ...(server ? { DATABASE_URL: server.url } : {}),
        });
        try {
          const before = await openDatabase(config.database, log);
          await migrate(before);
          const stored = { request_hash: 'h', status: 201, body: {} };
          await before.db.insert(idempotencyKeys).values([
            { key: 'yesterday', ...stored, created_at: new Date(Date.now() - DAY_MS - 60_000) },
            { key: 'today', ...stored, created_at: new Date(Date.now() - DAY_MS + 60_000) },
          ]);
          await before.close();

          const { database, closers } = await startApi({ config, log });
          try {
            await vi.waitFor(async () => {
              const keys = await database.db
                .select({ key: idempotencyKeys.key })
                .from(idempotencyKeys);
              expect(keys.map((k) => k.key)).toEqual(['today']);
            });
          } finally {
            for (const close of closers) await close();
          }
        } finally {
          await server?.drop();
          await rm(dir, { recursive: true, force: true });
        }
        // A PGlite data folder is created and migrated twice: slow on a busy machine.
      }, 120_000);
    },
  );
}
