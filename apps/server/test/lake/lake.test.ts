import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { objectKeys } from '../../src/lake/keys.js';
import { FolderLake } from '../../src/lake/lake.folder.js';
import { LakeError, LakeKeyExistsError, type Lake } from '../../src/lake/lake.js';
import { listObjects } from '../../src/lake/listing.js';
import { mapConcurrent } from '../../src/lake/map-concurrent.js';
import { openLake } from '../../src/lake/open-lake.js';
import { startS3rver, type TestS3 } from '../helpers/s3rver.js';

const failure = async (promise: Promise<unknown>): Promise<Error> => {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
};

/** The same behaviour, whatever holds the lake. */
function lakeContract(name: string, open: () => Promise<Lake>, close: () => Promise<void>) {
  describe(`lake on ${name}`, () => {
    let lake: Lake;
    beforeAll(async () => {
      lake = await open();
    });
    afterAll(async () => {
      await lake.close();
      await close();
    });

    it('stores an object and gives back the same bytes', async () => {
      await lake.put('raw/bitcoin/year=2026/month=11/day=22/a.csv', 'price;x\n1;2\n', 'text/csv');
      const bytes = await lake.get('raw/bitcoin/year=2026/month=11/day=22/a.csv');
      expect(bytes.toString()).toBe('price;x\n1;2\n');
    });

    it('never replaces an existing key', async () => {
      const key = 'raw/bitcoin/year=2026/month=11/day=22/b.csv';
      await lake.put(key, 'first', 'text/csv');
      const error = await failure(lake.put(key, 'second', 'text/csv'));
      expect(error).toBeInstanceOf(LakeKeyExistsError);
      expect(error.message).toBe(
        `${key} already exists in the lake (${lake.location}); lake objects are never replaced`,
      );
      expect((await lake.get(key)).toString()).toBe('first');
    });

    it('says which key is missing', async () => {
      const error = await failure(lake.get('raw/bitcoin/nothing.csv'));
      expect(error).toBeInstanceOf(LakeError);
      expect(error.message).toBe(
        `Cannot read raw/bitcoin/nothing.csv from the lake (${lake.location}): no such object`,
      );
    });

    it('lists one level: the objects and the sub-prefixes', async () => {
      await lake.put('raw/ethereum/year=2026/month=11/day=22/c.csv', 'x', 'text/csv');
      expect(await lake.list('raw/')).toEqual({
        keys: [],
        prefixes: ['raw/bitcoin/', 'raw/ethereum/'],
      });
      expect(await lake.list('raw/bitcoin/')).toEqual({
        keys: [],
        prefixes: ['raw/bitcoin/year=2026/'],
      });
      expect(await lake.list('raw/bitcoin/year=2026/month=11/day=22/')).toEqual({
        keys: [
          'raw/bitcoin/year=2026/month=11/day=22/a.csv',
          'raw/bitcoin/year=2026/month=11/day=22/b.csv',
        ],
        prefixes: [],
      });
      expect(await lake.list('raw/nothing/')).toEqual({ keys: [], prefixes: [] });
    });

    it('lists the CSV objects of a range of days, oldest first, across coins', async () => {
      const times = [
        '2025-12-31T23:55:00Z',
        '2026-01-01T00:00:00Z',
        '2026-01-01T00:05:00Z',
        '2026-01-02T10:00:00Z',
        '2026-02-01T00:00:00Z',
      ];
      for (const [i, time] of times.entries()) {
        const keys = objectKeys(i % 2 ? 'litecoin' : 'dogecoin', new Date(time));
        await lake.put(keys.json, '{}', 'application/json');
        await lake.put(keys.csv, 'x', 'text/csv');
      }
      const all = await listObjects(lake, { concurrency: 3 });
      const ours = all.filter((r) => /litecoin|dogecoin/.test(r.key));
      expect(ours.map((r) => r.time.toISOString())).toEqual(
        times.map((t) => new Date(t).toISOString()),
      );
      expect(ours[0]?.key).toBe(
        'raw/dogecoin/year=2025/month=12/day=31/dogecoin_2025-12-31_23-55-00.csv',
      );
      const january = await listObjects(lake, { from: '2026-01-01', to: '2026-01-31' });
      expect(january.filter((r) => /litecoin|dogecoin/.test(r.key)).map((r) => r.key)).toEqual([
        'raw/litecoin/year=2026/month=01/day=01/litecoin_2026-01-01_00-00-00.csv',
        'raw/dogecoin/year=2026/month=01/day=01/dogecoin_2026-01-01_00-05-00.csv',
        'raw/litecoin/year=2026/month=01/day=02/litecoin_2026-01-02_10-00-00.csv',
      ]);
      const oneDay = await listObjects(lake, { from: '2026-01-02', to: '2026-01-02' });
      expect(oneDay.map((r) => r.key)).toEqual([
        'raw/litecoin/year=2026/month=01/day=02/litecoin_2026-01-02_10-00-00.csv',
      ]);
    });

    it('lists every key of a partition longer than one listing page', async () => {
      const prefix = 'raw/tether/year=2026/month=11/day=22/';
      const keys = Array.from(
        { length: 1_001 },
        (_, i) => `${prefix}k${String(i).padStart(4, '0')}.csv`,
      );
      await mapConcurrent(keys, 32, (key) => lake.put(key, 'x', 'text/csv'));
      expect((await lake.list(prefix)).keys).toEqual(keys);
      expect(await lake.list('raw/tether/')).toEqual({
        keys: [],
        prefixes: ['raw/tether/year=2026/'],
      });
    });
  });
}

let s3: TestS3 | undefined;
let folder = '';

lakeContract(
  'a folder',
  async () => {
    folder = await mkdtemp(join(tmpdir(), 'cais-lake-'));
    return new FolderLake(folder);
  },
  () => rm(folder, { recursive: true, force: true }),
);

lakeContract(
  's3rver',
  async () => {
    s3 = await startS3rver();
    return openLake(
      { url: `s3://${s3.bucket}/lake/v1`, s3Endpoint: s3.endpoint, s3ForcePathStyle: true },
      s3.client,
    );
  },
  async () => {
    await s3?.close();
  },
);

describe('lake in a folder: writes', () => {
  let dir: string;
  let lake: FolderLake;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cais-lake-'));
    lake = new FolderLake(join(dir, 'lake'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('lets exactly one of many concurrent writers of a key win, whole', async () => {
    const key = 'raw/bitcoin/year=2026/month=11/day=22/race.csv';
    const bodies = Array.from({ length: 20 }, (_, i) => `writer ${i}\n`.repeat(1000));
    const results = await Promise.allSettled(bodies.map((body) => lake.put(key, body)));
    const won = results.flatMap((r, i) => (r.status === 'fulfilled' ? [i] : []));
    expect(won).toHaveLength(1);
    for (const r of results) {
      if (r.status === 'rejected') expect(r.reason).toBeInstanceOf(LakeKeyExistsError);
    }
    expect((await lake.get(key)).toString()).toBe(bodies[won[0] ?? -1]);
    // No temporary file is left behind, and none was ever listed.
    const files = await readdir(join(dir, 'lake', 'raw/bitcoin/year=2026/month=11/day=22'));
    expect(files).toEqual(['race.csv']);
  });

  it('refuses keys that would leave its folder', async () => {
    for (const key of ['../outside.csv', '/etc/passwd', 'raw/../../x', 'raw//x', 'raw/.hidden']) {
      const error = await failure(lake.put(key, 'x'));
      expect(error.message).toBe(`not a lake key: ${JSON.stringify(key)}`);
    }
  });
});

describe('lake on S3: errors', () => {
  let server: TestS3;
  beforeAll(async () => {
    server = await startS3rver();
  });
  afterAll(async () => {
    await server.close();
  });

  it('names a bucket that does not exist', async () => {
    const lake = await openLake(
      { url: 's3://no-such-bucket/lake', s3Endpoint: server.endpoint, s3ForcePathStyle: true },
      server.client,
    );
    const error = await failure(lake.put('raw/bitcoin/x.csv', 'x', 'text/csv'));
    await lake.close();
    expect(error).toBeInstanceOf(LakeError);
    expect(error.message).toMatch(
      /^Cannot (check|write) raw\/bitcoin\/x\.csv \(s3:\/\/no-such-bucket\/lake\): bucket no-such-bucket does not exist: create it or fix LAKE_URL$/,
    );
  });

  it('stores keys under the prefix of LAKE_URL, the same keys as a folder', async () => {
    const lake = await openLake(
      {
        url: `s3://${server.bucket}/some/prefix/`,
        s3Endpoint: server.endpoint,
        s3ForcePathStyle: true,
      },
      server.client,
    );
    const root = await openLake(
      { url: `s3://${server.bucket}`, s3Endpoint: server.endpoint, s3ForcePathStyle: true },
      server.client,
    );
    await lake.put('raw/bitcoin/k.csv', 'x', 'text/csv');
    expect(await root.list('some/prefix/raw/bitcoin/')).toEqual({
      keys: ['some/prefix/raw/bitcoin/k.csv'],
      prefixes: [],
    });
    expect(await lake.list('raw/bitcoin/')).toEqual({ keys: ['raw/bitcoin/k.csv'], prefixes: [] });
    await lake.close();
    await root.close();
  });
});
