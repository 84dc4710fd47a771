import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const WEB_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DEFAULT_OUT_DIR = join(WEB_ROOT, 'dist');

/** Everything the bundle is made of: when none of it changed, the last build still stands. */
const INPUTS = [
  'src',
  'public',
  'vite',
  'index.html',
  'vite.config.ts',
  'package.json',
  'scripts/build-spa.ts',
];
const LOCKFILE = join(WEB_ROOT, '..', '..', 'package-lock.json');
const STAMP = '.build-stamp';

async function files(path: string): Promise<string[]> {
  const entries = await readdir(path, { withFileTypes: true }).catch(() => undefined);
  if (!entries) return [path];
  const nested = await Promise.all(
    entries.map(async (e) => (e.isDirectory() ? files(join(path, e.name)) : [join(path, e.name)])),
  );
  return nested.flat();
}

export async function sourceHash(): Promise<string> {
  const hash = createHash('sha256');
  const all = (await Promise.all(INPUTS.map((p) => files(join(WEB_ROOT, p))))).flat().sort();
  for (const file of [...all, LOCKFILE]) {
    const contents = await readFile(file).catch(() => Buffer.alloc(0));
    hash.update(relative(WEB_ROOT, file)).update('\0').update(contents).update('\0');
  }
  return hash.digest('hex');
}

/**
 * Builds the single-page app into `outDir`, unless the sources are those of the build already
 * there (so `npm start` stays fast when nothing changed). Returns whether it built.
 */
export async function buildSpa(
  options: { outDir?: string; force?: boolean; quiet?: boolean } = {},
): Promise<boolean> {
  const outDir = options.outDir ?? DEFAULT_OUT_DIR;
  const hash = await sourceHash();
  const stamp = await readFile(join(outDir, STAMP), 'utf8').catch(() => '');
  if (!options.force && stamp === hash) return false;
  // Vite builds React's development bundle when NODE_ENV says so (vitest sets it to `test`), and
  // the stamp would then hand that bundle to `npm start`: the build is always a production one.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: WEB_ROOT,
      configFile: join(WEB_ROOT, 'vite.config.ts'),
      logLevel: options.quiet ? 'warn' : 'info',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  await writeFile(join(outDir, STAMP), hash);
  return true;
}
