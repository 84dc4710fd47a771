import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from 'vitest';
import { DatabaseUnavailableError, type Database } from '../../src/db/client.js';
import { query } from '../helpers/sql.js';
import { runExtraction, type ExtractionDeps } from '../../src/etl/extract.js';
import { recentRuns, startRun } from '../../src/etl/runs.repository.js';
import type { FolderLake } from '../../src/lake/lake.folder.js';
import { captureLog } from '../helpers/capture-log.js';
import { describeEachDatabase } from '../helpers/database.js';
import { fakeClock, type FakeClock } from '../helpers/fake-clock.js';
import { quotesBody, startFakeCmc, type FakeCmc } from '../helpers/fake-cmc.js';
import { extractionDeps, resetPipeline, storedQuotes, tempLake } from '../helpers/pipeline.js';

/** Issue 10: no half extraction, audit of refused bodies, exact run accounting, short reasons. */

let cmc: FakeCmc;
beforeAll(async () => {
  cmc = await startFakeCmc();
});
afterAll(async () => {
  await cmc.close();
});

type Body = { data: { BTC: { quote: { BRL: Record<string, unknown> } }[] } };

describeEachDatabase('an extraction run, hardened', (database) => {
  let lake: FolderLake;
  let remove: () => Promise<void>;
  let clock: FakeClock;
  let logs: ReturnType<typeof captureLog>;

  beforeEach(async () => {
    await resetPipeline(database());
    ({ lake, remove } = await tempLake());
    clock = fakeClock('2026-11-22T14:05:07.512Z');
    logs = captureLog();
    cmc.requests.length = 0;
    cmc.market = { lastUpdated: '2026-11-22T14:04:00.000Z', prices: { BTC: 512345.678901 } };
  });
  afterEach(async () => {
    await remove();
  });

  const deps = (overrides: Partial<ExtractionDeps> = {}): ExtractionDeps =>
    extractionDeps({ cmcUrl: cmc.url, lake, database, log: logs.log, clock }, overrides);

  const bodyWith = (field: string, value: unknown): string => {
    const body = quotesBody(['BTC'], 'BRL', cmc.market) as Body;
    for (const coin of body.data.BTC) coin.quote.BRL[field] = value;
    // Sent as text, exactly: the audit copy must be these bytes.
    return JSON.stringify(body);
  };

  const cases: [string, string, unknown, RegExp][] = [
    [
      'a leap second',
      'last_updated',
      '2026-12-31T23:59:60Z',
      /last_updated "2026-12-31T23:59:60Z" is not a valid time/,
    ],
    [
      'a year-0000 time',
      'last_updated',
      '0000-01-01T00:00:00Z',
      /last_updated "0000-01-01T00:00:00Z" is before 2009/,
    ],
    ['a zero price', 'price', 0, /price must be > 0|price .*greater than 0/],
    ['a negative price', 'price', -12.5, /price must be > 0|price .*greater than 0/],
    ['a huge volume', 'volume_24h', 1e305, /volume_24h "1e\+305" is out of range/],
  ];
  for (const [name, field, value, reason] of cases) {
    it(`refuses ${name} before writing anything to raw/, keeps the body for audit, names the field`, async () => {
      const sent = bodyWith(field, value);
      cmc.queue({ status: 200, body: sent, headers: { 'content-type': 'application/json' } });
      const report = await runExtraction(deps());
      expect(report.status).toBe('failed');
      expect(report.error?.message).toMatch(
        /^unexpected quotes response: \/data\/BTC\/\d\/quote\/BRL\//,
      );
      expect(report.error?.message).toMatch(reason);
      expect(await lake.list('raw/')).toEqual({ keys: [], prefixes: [] });
      expect(await storedQuotes(database())).toEqual([]);
      const day = 'rejected/responses/year=2026/month=11/day=22/';
      const kept = (await lake.list(day)).keys;
      expect(kept).toEqual([
        `${day}response_2026-11-22_14-05-07.json`,
        `${day}response_2026-11-22_14-05-07.reason.txt`,
      ]);
      expect((await lake.get(kept[0] ?? '')).toString()).toBe(sent);
      expect((await lake.get(kept[1] ?? '')).toString()).toBe(`${report.error?.message}\n`);
      const [run] = await recentRuns(database().db, 1);
      expect(run).toMatchObject({
        status: 'failed',
        credits_used: 1,
        error: report.error?.message,
      });
    });
  }

  it('closes a run left running by a process that died, as interrupted, at the next start', async () => {
    const orphan = await startRun(database().db, ['BTC']);
    const report = await runExtraction(deps());
    expect(report.status).toBe('succeeded');
    const rows = await recentRuns(database().db, 5);
    expect(rows.map((r) => [r.id, r.status])).toEqual([
      [report.runId, 'succeeded'],
      [orphan, 'interrupted'],
    ]);
    expect(rows[1]?.finished_at).not.toBeNull();
    expect(rows[1]?.error).toMatch(/^interrupted: /);
  });

  it('records the runs made while the database was down once it is back, each once, with its credits', async () => {
    const down = async (): Promise<Database> => {
      throw new DatabaseUnavailableError(
        'Cannot use PostgreSQL at db:5432/cais: connect ECONNREFUSED',
      );
    };
    for (const minute of ['05', '10', '15']) {
      clock.set(`2026-11-22T14:${minute}:07.000Z`);
      cmc.market = { lastUpdated: `2026-11-22T14:${minute}:00.000Z`, prices: { BTC: 512_000 } };
      expect((await runExtraction(deps({ database: down }))).status).toBe('pending');
    }
    clock.set('2026-11-22T14:20:07.000Z');
    cmc.market = { lastUpdated: '2026-11-22T14:20:00.000Z', prices: { BTC: 512_001 } };
    expect((await runExtraction(deps())).status).toBe('succeeded');
    clock.set('2026-11-22T14:25:07.000Z');
    cmc.market = { lastUpdated: '2026-11-22T14:25:00.000Z', prices: { BTC: 512_002 } };
    expect((await runExtraction(deps())).status).toBe('succeeded');

    const rows = await recentRuns(database().db, 10);
    expect(
      rows.map((r) => [r.status, r.credits_used, r.started_at.toISOString().slice(11, 16)]),
    ).toEqual([
      ['succeeded', 1, expect.any(String) as string],
      ['succeeded', 1, expect.any(String) as string],
      ['pending', 1, '14:15'],
      ['pending', 1, '14:10'],
      ['pending', 1, '14:05'],
    ]);
    // Five calls, five credits (the issue saw 3 reported for 5).
    expect(cmc.quoteRequests()).toHaveLength(5);
    const [total] = await query<{ credits: number }>(
      database().db,
      sql`select sum(credits_used)::integer as credits from etl_runs`,
    );
    expect(total?.credits).toBe(5);
    expect(await storedQuotes(database())).toHaveLength(5);
  });

  it('stores a short human reason when the database refuses the run own object, never the SQL', async () => {
    cmc.market = { lastUpdated: '2026-11-22T14:04:00.000Z', prices: { BTC: 666 } };
    await query(
      database().db,
      sql`alter table crypto_quotes add constraint test_refuse_666 check (price <> 666)`,
    );
    try {
      const report = await runExtraction(deps());
      expect(report.status).toBe('pending');
      const [run] = await recentRuns(database().db, 1);
      expect(run?.error).toMatch(
        /^raw\/bitcoin\/.*\.csv: the database refused it: .*test_refuse_666/,
      );
      expect(run?.error?.length).toBeLessThanOrEqual(300);
      expect(run?.error).not.toMatch(/insert into|params|unnest/i);
      expect(logs.text()).not.toMatch(/insert into/i);
    } finally {
      await query(database().db, sql`alter table crypto_quotes drop constraint test_refuse_666`);
    }
  });
});
