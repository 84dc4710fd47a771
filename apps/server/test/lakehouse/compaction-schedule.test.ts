import { setTimeout as sleep } from 'node:timers/promises';
import { expect, it } from 'vitest';
import { FolderLake } from '../../src/lake/lake.folder.js';
import { startCompactionSchedule } from '../../src/lakehouse/compaction-schedule.js';
import { latestManifest } from '../../src/lakehouse/manifest.js';
import { captureLog } from '../helpers/capture-log.js';
import { quote, tempLake, writeExtraction } from '../helpers/pipeline.js';

it('compacts the closed days on its schedule, and a failed run is logged and retried on the next', async () => {
  const { dir, lake, remove } = await tempLake();
  const { log, text } = captureLog();
  let opens = 0;
  const schedule = startCompactionSchedule({
    // The first run cannot reach its lake; the next ones can.
    openLake: () => {
      opens += 1;
      return opens === 1
        ? Promise.reject(new Error('no such bucket'))
        : Promise.resolve(new FolderLake(dir));
    },
    log,
    schedule: '* * * * * *',
  });
  try {
    await writeExtraction(lake, 'bitcoin', '2026-01-05T10:00:07Z', [
      quote({ last_updated: '2026-01-05T09:59:00.000Z' }),
    ]);
    // The summary is logged once the whole run is done (month parts come after the day's part).
    const summary = /lake compaction: 1 coin days given a new part, 1 raw objects/;
    for (let i = 0; i < 100 && !summary.test(text()); i++) await sleep(100);
    expect(await latestManifest(lake, 'bitcoin', '2026-01-05')).toMatchObject({ version: 1 });
    expect(text()).toMatch(/lake compaction failed; retried tomorrow/);
    expect(text()).toMatch(summary);
  } finally {
    await schedule.stop();
    await remove();
  }
  const runs = opens;
  await sleep(1_200);
  expect(opens).toBe(runs);
}, 30_000);
