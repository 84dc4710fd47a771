import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { S3ClientConfig } from '@aws-sdk/client-s3';

export interface TestS3 {
  endpoint: string;
  bucket: string;
  /** Client settings that sign requests the way s3rver accepts. */
  client: S3ClientConfig;
  close(): Promise<void>;
}

const MAIN = fileURLToPath(new URL('./s3rver-main.mjs', import.meta.url));

/**
 * A real S3 API (s3rver, in a process of its own) on a free port, with one bucket. Its files go
 * to `directory` (kept) or to a temporary folder (removed on close).
 */
export async function startS3rver(
  options: {
    bucket?: string;
    directory?: string;
    /** Credentials to accept besides s3rver's own, such as a compose file's. */
    credentials?: { accessKeyId: string; secretAccessKey: string };
  } = {},
): Promise<TestS3> {
  const bucket = options.bucket ?? 'cais-lake';
  const directory = options.directory ?? (await mkdtemp(join(tmpdir(), 'cais-s3rver-')));
  const keys = options.credentials
    ? [options.credentials.accessKeyId, options.credentials.secretAccessKey]
    : [];
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', MAIN, directory, bucket, ...keys],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => {
      reject(new Error(`s3rver exited with ${code}`));
    });
    createInterface({ input: child.stdout }).once('line', (line) => {
      resolve((JSON.parse(line) as { port: number }).port);
    });
  });
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    client: {
      region: 'us-east-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    },
    close: async () => {
      child.kill('SIGTERM');
      await exited;
      if (!options.directory) await rm(directory, { recursive: true, force: true });
    },
  };
}
