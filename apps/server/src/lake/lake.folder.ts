import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { link, mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { LakeError, LakeKeyExistsError, type Lake, type LakeListing } from './lake.js';

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Filesystems without hard links (some network and FUSE mounts) answer these. */
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'ENOSYS', 'EOPNOTSUPP', 'EXDEV']);

/** Keys are relative paths of plain segments: nothing may resolve outside the lake's folder. */
function checkKey(key: string): void {
  if (
    key === '' ||
    key.startsWith('/') ||
    key.includes('\\') ||
    key.split('/').some((s) => s === '' || s === '.' || s === '..' || s.startsWith('.'))
  ) {
    throw new LakeError(`not a lake key: ${JSON.stringify(key)}`);
  }
}

/** A lake in a local folder: one file per key. */
export class FolderLake implements Lake {
  readonly root: string;
  readonly location: string;

  constructor(folder: string) {
    this.root = resolve(folder);
    this.location = `folder ${this.root}`;
  }

  private path(key: string): string {
    checkKey(key);
    return join(this.root, ...key.split('/'));
  }

  /**
   * Writes a hidden temporary file beside the target, flushes it to disk, then publishes it with
   * link(), which fails when the target exists: readers see the whole file or nothing, and two
   * writers of one key cannot both win. rename() would silently replace.
   */
  async put(key: string, body: string | Uint8Array): Promise<void> {
    const target = this.path(key);
    const temp = join(
      dirname(target),
      `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`,
    );
    try {
      await mkdir(dirname(target), { recursive: true });
      const file = await open(temp, 'wx');
      try {
        await file.writeFile(body);
        await file.sync();
      } finally {
        await file.close();
      }
      await this.publish(temp, target, key);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      if (error instanceof LakeError) throw error;
      throw new LakeError(
        `Cannot write ${key} in the lake (${this.location}, LAKE_URL): ${(error as Error).message}`,
        { cause: error },
      );
    }
  }

  private async publish(temp: string, target: string, key: string): Promise<void> {
    try {
      await link(temp, target);
      await unlink(temp);
    } catch (error) {
      if (code(error) === 'EEXIST') throw new LakeKeyExistsError(key, this.location);
      if (!NO_HARD_LINKS.has(code(error) ?? '')) throw error;
      // Without hard links: check, then rename. Two writers racing on one key within that
      // window could replace each other; one scheduler per lake never does.
      if (await stat(target).catch(() => undefined))
        throw new LakeKeyExistsError(key, this.location);
      await rename(temp, target);
    }
  }

  /**
   * Lake objects are a few kB: reading one blocks for microseconds, while the asynchronous
   * forms queue four thread-pool round trips per file (open, stat, read, close). On a year of
   * objects that is the difference between about 1 s and 5 to 10 s of replay (bench/replay.ts).
   */
  async get(key: string): Promise<Buffer> {
    try {
      return readFileSync(this.path(key));
    } catch (error) {
      if (error instanceof LakeError) throw error;
      const reason = code(error) === 'ENOENT' ? 'no such object' : (error as Error).message;
      throw new LakeError(`Cannot read ${key} from the lake (${this.location}): ${reason}`, {
        cause: error,
      });
    }
  }

  async list(prefix: string): Promise<LakeListing> {
    if (prefix !== '') checkKey(prefix.replace(/\/$/, ''));
    const listing: LakeListing = { keys: [], prefixes: [] };
    let entries;
    try {
      entries = await readdir(join(this.root, ...prefix.split('/')), { withFileTypes: true });
    } catch (error) {
      if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') return listing;
      throw new LakeError(
        `Cannot list ${prefix || 'the root'} of the lake (${this.location}): ${(error as Error).message}`,
        {
          cause: error,
        },
      );
    }
    for (const entry of entries) {
      // Hidden files are writes in progress (or the system's), never objects.
      if (entry.name.startsWith('.')) continue;
      if (entry.isDirectory()) listing.prefixes.push(`${prefix}${entry.name}/`);
      else if (entry.isFile()) listing.keys.push(`${prefix}${entry.name}`);
    }
    listing.keys.sort();
    listing.prefixes.sort();
    return listing;
  }

  async listAll(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    const walk = async (at: string): Promise<void> => {
      const { keys: here, prefixes } = await this.list(at);
      keys.push(...here);
      await Promise.all(prefixes.map(walk));
    };
    await walk(prefix);
    return keys.sort();
  }

  async close(): Promise<void> {
    // Nothing held open between calls.
  }
}
