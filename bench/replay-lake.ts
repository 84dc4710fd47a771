import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { objectKeys } from '../apps/server/src/lake/keys.js';
import { mapConcurrent } from '../apps/server/src/lake/map-concurrent.js';
import { quotesToCsv } from '../apps/server/src/lake/quotes.csv.js';

/**
 * The replay benchmark's lake: `objects` 5-minute extractions of BTC in BRL from 2025-01-01, each
 * a CSV and its raw JSON, written once to a folder or to s3rver and reused by later runs.
 */

const START = Date.UTC(2025, 0, 1, 0, 0, 7);
const STEP = 5 * 60_000;

const n = (value: number) => Math.round(value).toLocaleString('en');

/** The i-th extraction: a deterministic random walk of the BTC price in BRL. */
function extraction(i: number, state: { price: number; seed: number }) {
  state.seed = (state.seed * 1_103_515_245 + 12_345) % 2 ** 31;
  state.price = Math.max(1_000, state.price * (1 + (state.seed / 2 ** 31 - 0.5) * 0.004));
  const extractedAt = new Date(START + i * STEP);
  const lastUpdated = new Date(Math.floor(extractedAt.getTime() / 60_000) * 60_000 - 60_000);
  const price = Number(state.price.toFixed(6));
  const row = {
    symbol: 'BTC',
    convert: 'BRL',
    cmc_id: 1,
    last_updated: lastUpdated.toISOString(),
    price: String(price),
    volume_24h: String(Number((2e11 + (state.seed % 1e9)).toFixed(2))),
    market_cap: String(Number((price * 19_950_012).toFixed(1))),
    percent_change_1h: '0.12',
    percent_change_24h: '-1.05',
    percent_change_7d: '4.2',
    circulating_supply: '19950012',
  };
  const json = JSON.stringify({
    status: {
      timestamp: extractedAt.toISOString(),
      error_code: 0,
      error_message: null,
      elapsed: 21,
      credit_count: 1,
      notice: null,
    },
    data: {
      BTC: [
        {
          id: 1,
          name: 'Bitcoin',
          symbol: 'BTC',
          slug: 'bitcoin',
          cmc_rank: 1,
          circulating_supply: 19950012,
          last_updated: row.last_updated,
          quote: {
            BRL: {
              price,
              volume_24h: Number(row.volume_24h),
              market_cap: Number(row.market_cap),
              percent_change_1h: 0.12,
              percent_change_24h: -1.05,
              percent_change_7d: 4.2,
              last_updated: row.last_updated,
            },
          },
        },
      ],
    },
  });
  return { keys: objectKeys('bitcoin', extractedAt), csv: quotesToCsv([row]), json };
}

function* extractions(objects: number) {
  const state = { price: 350_000, seed: 42 };
  for (let i = 0; i < objects; i++) yield extraction(i, state);
}

/** Writes the lake into `folder`, unless a complete one is there already. */
export async function generateFolder(folder: string, objects: number): Promise<void> {
  const marker = join(folder, '.complete');
  if (existsSync(marker)) {
    console.log(`folder lake: reusing ${folder}`);
    return;
  }
  await rm(folder, { recursive: true, force: true });
  const started = performance.now();
  let batch: ReturnType<typeof extraction>[] = [];
  const flush = async () => {
    await mapConcurrent(batch, 32, async (e) => {
      const dir = join(folder, e.keys.csv.slice(0, e.keys.csv.lastIndexOf('/')));
      await mkdir(dir, { recursive: true });
      await writeFile(join(folder, e.keys.json), e.json);
      await writeFile(join(folder, e.keys.csv), e.csv);
    });
    batch = [];
  };
  for (const e of extractions(objects)) {
    batch.push(e);
    if (batch.length === 2_000) await flush();
  }
  await flush();
  await writeFile(marker, `${objects}\n`);
  console.log(`folder lake: generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

/** Uploads the lake to `bucket`, unless `dir` (s3rver's folder) holds a complete one already. */
export async function generateS3(
  dir: string,
  endpoint: string,
  client: S3Client,
  bucket: string,
  objects: number,
): Promise<void> {
  const marker = join(dir, '.complete');
  if (existsSync(marker)) {
    console.log(`s3rver lake: reusing ${dir}`);
    return;
  }
  const started = performance.now();
  let batch: ReturnType<typeof extraction>[] = [];
  let done = 0;
  const flush = async () => {
    await mapConcurrent(batch, 32, async (e) => {
      for (const [key, body, type] of [
        [e.keys.json, e.json, 'application/json'],
        [e.keys.csv, e.csv, 'text/csv'],
      ] as const) {
        await client.send(
          new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: type }),
        );
      }
    });
    done += batch.length;
    batch = [];
    process.stdout.write(`\rs3rver lake: uploading to ${endpoint}: ${n(done)} of ${n(objects)}`);
  };
  for (const e of extractions(objects)) {
    batch.push(e);
    if (batch.length === 2_000) await flush();
  }
  await flush();
  await writeFile(marker, `${objects}\n`);
  console.log(`\ns3rver lake: generated in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
