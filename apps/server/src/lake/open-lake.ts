import { fileURLToPath } from 'node:url';
import type { S3ClientConfig } from '@aws-sdk/client-s3';
import type { Config } from '../config/config.js';
import { FolderLake } from './lake.folder.js';
import type { Lake } from './lake.js';

/** The lake LAKE_URL names: `s3://bucket/prefix`, `file://path` or a folder. */
export async function openLake(config: Config['lake'], client?: S3ClientConfig): Promise<Lake> {
  const { url } = config;
  if (url.startsWith('s3://')) {
    // The AWS SDK takes a while to load: only for lakes on S3.
    const { S3Lake } = await import('./lake.s3.js');
    const [bucket = '', ...rest] = url.slice('s3://'.length).split('/');
    return S3Lake.open({
      bucket,
      prefix: rest.join('/').replace(/^\/+|\/+$/g, ''),
      endpoint: config.s3Endpoint,
      forcePathStyle: config.s3ForcePathStyle,
      ...(client ? { client } : {}),
    });
  }
  return new FolderLake(url.startsWith('file://') ? fileURLToPath(url) : url);
}
