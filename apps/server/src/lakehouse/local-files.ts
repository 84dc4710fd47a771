import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { FolderLake } from '../lake/lake.folder.js';
import type { Lake } from '../lake/lake.js';

/**
 * Lake objects as local files for DuckDB: a folder lake's own files, an S3 lake's downloaded
 * with the lake's client into `scratch` under their keys (so Hive paths still name the
 * partition). DuckDB's httpfs would download itself at run time, which cais never lets it do.
 */
export async function localPath(lake: Lake, key: string, scratch: string): Promise<string> {
  if (lake instanceof FolderLake) return join(lake.root, ...key.split('/'));
  const path = join(scratch, ...key.split('/'));
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, await lake.get(key));
  return path;
}
