import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { runExtraction, type RunReport } from '../../src/etl/extract.js';
import { emfLine, EMF_NAMESPACE, publishRunMetrics } from '../../src/etl/run-metrics.js';
import type { FolderLake } from '../../src/lake/lake.folder.js';
import { captureLog } from '../helpers/capture-log.js';
import { describeEachDatabase } from '../helpers/database.js';
import { fakeClock, type FakeClock } from '../helpers/fake-clock.js';
import { errorBody, startFakeCmc, type FakeCmc } from '../helpers/fake-cmc.js';
import { extractionDeps, resetPipeline, tempLake } from '../helpers/pipeline.js';

interface EmfDocument {
  _aws: {
    Timestamp: number;
    CloudWatchMetrics: {
      Namespace: string;
      Dimensions: string[][];
      Metrics: { Name: string; Unit: string }[];
    }[];
  };
  [member: string]: unknown;
}

/**
 * The rules CloudWatch applies before it extracts metrics from a log event (the EMF
 * specification): a JSON object, `_aws` with a millisecond Timestamp, and every metric and
 * dimension it names present at the root as a number (metrics) or a string (dimensions).
 */
function parseEmf(line: string): EmfDocument {
  expect(line.endsWith('\n')).toBe(true);
  expect(line.slice(0, -1)).not.toContain('\n');
  const document = JSON.parse(line) as EmfDocument;
  expect(Number.isInteger(document._aws.Timestamp)).toBe(true);
  for (const directive of document._aws.CloudWatchMetrics) {
    expect(directive.Namespace).toMatch(/^[^:].{0,254}$/);
    for (const set of directive.Dimensions) {
      for (const key of set) expect(typeof document[key], key).toBe('string');
    }
    expect(directive.Metrics.length).toBeLessThanOrEqual(100);
    for (const { Name } of directive.Metrics) expect(typeof document[Name], Name).toBe('number');
  }
  return document;
}

const metricsOf = (document: EmfDocument) =>
  Object.fromEntries(
    document._aws.CloudWatchMetrics.flatMap((d) => d.Metrics).map(({ Name, Unit }) => [
      Name,
      { value: document[Name], unit: Unit },
    ]),
  );

describe('the EMF line', () => {
  it('is one JSON document in the CaisEtl namespace, without dimensions, shaped as a log line', () => {
    const at = Date.parse('2026-11-22T14:05:07.512Z');
    const document = parseEmf(emfLine({ RunsFailed: 1, SecondsSinceNewestQuote: 67 }, at));
    expect(document._aws).toEqual({
      Timestamp: at,
      CloudWatchMetrics: [
        {
          Namespace: EMF_NAMESPACE,
          Dimensions: [[]],
          Metrics: [
            { Name: 'RunsFailed', Unit: 'Count' },
            { Name: 'SecondsSinceNewestQuote', Unit: 'Seconds' },
          ],
        },
      ],
    });
    expect(document).toMatchObject({
      level: 30,
      time: at,
      msg: 'etl run metrics: RunsFailed=1 SecondsSinceNewestQuote=67',
    });
  });

  it('leaves out the age it could not measure rather than writing a guess', () => {
    const document = parseEmf(emfLine({ RunsFailed: 0 }, 0));
    expect(metricsOf(document)).toEqual({ RunsFailed: { value: 0, unit: 'Count' } });
  });
});

let cmc: FakeCmc;
beforeAll(async () => {
  cmc = await startFakeCmc();
});
afterAll(async () => {
  await cmc.close();
});

describeEachDatabase('the metrics of a real run', (database) => {
  let lake: FolderLake;
  let remove: () => Promise<void>;
  let clock: FakeClock;
  const lines: string[] = [];
  const write = (line: string) => {
    lines.push(line);
  };

  beforeEach(async () => {
    await resetPipeline(database());
    ({ lake, remove } = await tempLake());
    clock = fakeClock('2026-11-22T14:05:07.512Z');
    lines.length = 0;
    cmc.market = { lastUpdated: '2026-11-22T14:04:00.000Z', prices: { BTC: 512345.678901 } };
  });
  afterEach(async () => {
    await remove();
  });

  const run = async (symbols = ['BTC']): Promise<RunReport> => {
    const deps = extractionDeps(
      { cmcUrl: cmc.url, lake, database, log: captureLog().log, clock },
      { symbols },
    );
    const report = await runExtraction(deps);
    const problem = await publishRunMetrics(
      report,
      { database: database().db, symbols, convert: 'BRL', clock },
      write,
    );
    expect(problem).toBeUndefined();
    return report;
  };

  it('reports a loaded run: no failure, and the age of the quote it loaded', async () => {
    expect((await run()).status).toBe('succeeded');
    expect(lines).toHaveLength(1);
    expect(metricsOf(parseEmf(lines[0] ?? ''))).toEqual({
      RunsFailed: { value: 0, unit: 'Count' },
      // 14:05:07.512 - 14:04:00 = 67.5 s
      SecondsSinceNewestQuote: { value: 68, unit: 'Seconds' },
    });
  });

  it('reports a failed run, and the age of what the dashboard still shows', async () => {
    await run();
    clock.set('2026-11-22T14:15:07.512Z');
    cmc.queue(...Array.from({ length: 4 }, () => ({ status: 500, body: errorBody(500, 'boom') })));
    expect((await run()).status).toBe('failed');
    // The client's retries wait on the same clock.
    const age = Math.round((clock.now() - Date.parse('2026-11-22T14:04:00.000Z')) / 1000);
    expect(age).toBeGreaterThanOrEqual(668);
    expect(metricsOf(parseEmf(lines[1] ?? ''))).toEqual({
      RunsFailed: { value: 1, unit: 'Count' },
      SecondsSinceNewestQuote: { value: age, unit: 'Seconds' },
    });
  });

  it('gives no age while a configured coin has no quote yet (its dashboard is empty)', async () => {
    const report = await run(['BTC']);
    await publishRunMetrics(
      report,
      { database: database().db, symbols: ['BTC', 'ETH'], convert: 'BRL', clock },
      write,
    );
    expect(metricsOf(parseEmf(lines[1] ?? ''))).toEqual({
      RunsFailed: { value: 0, unit: 'Count' },
    });
  });

  it('never fails the run when the line cannot be written', async () => {
    const report = await runExtraction(
      extractionDeps({ cmcUrl: cmc.url, lake, database, log: captureLog().log, clock }),
    );
    const problem = await publishRunMetrics(
      report,
      { database: database().db, symbols: ['BTC'], convert: 'BRL', clock },
      () => {
        throw new Error('EPIPE');
      },
    );
    expect(problem?.message).toBe('EPIPE');
  });
});
