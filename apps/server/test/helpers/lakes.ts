import type { Lake } from '../../src/lake/lake.js';
import { openLake } from '../../src/lake/open-lake.js';
import { tempLake } from './pipeline.js';
import { startS3rver } from './s3rver.js';

export interface TestLake {
  lake: Lake;
  close: () => Promise<void>;
}

/** The two kinds of lake every lake feature runs on: a folder, and S3 (s3rver). */
export const LAKE_KINDS: Record<'folder' | 's3rver', () => Promise<TestLake>> = {
  folder: async () => {
    const { lake, remove } = await tempLake();
    return { lake, close: remove };
  },
  s3rver: async () => {
    const s3 = await startS3rver();
    const lake = await openLake(
      { url: `s3://${s3.bucket}/lake`, s3Endpoint: s3.endpoint, s3ForcePathStyle: true },
      s3.client,
    );
    return {
      lake,
      close: async () => {
        await lake.close();
        await s3.close();
      },
    };
  },
};

/** Every key under a prefix, recursively, with its bytes: to prove what changed and what did not. */
export async function snapshot(lake: Lake, prefix: string): Promise<Map<string, string>> {
  const result = new Map<string, string>();
  const walk = async (at: string): Promise<void> => {
    const { keys, prefixes } = await lake.list(at);
    for (const key of keys) result.set(key, (await lake.get(key)).toString('base64'));
    for (const child of prefixes) await walk(child);
  };
  await walk(prefix);
  return result;
}
