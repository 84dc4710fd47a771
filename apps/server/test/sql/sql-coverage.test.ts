import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Every function a repository module exports that talks to the database (an async one) has its
 * SQL in the reviewed snapshot of that module (sql-snapshots.test.ts, adopt-sql-snapshot.test.ts),
 * or, when it is re-exported, in the snapshot of a module that re-exports it. A new repository
 * module or function without a snapshot fails here, naming it.
 */

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const SQL = fileURLToPath(new URL('../../sql/', import.meta.url));

const repositoryModules = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return repositoryModules(path);
    return entry.name.endsWith('.repository.ts') ? [relative(SRC, path).replace(/\.ts$/, '')] : [];
  });

const repositorySnapshots = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return repositorySnapshots(path);
    return entry.name.endsWith('.repository.sql')
      ? [relative(SQL, path).replace(/\.sql$/, '')]
      : [];
  });

/** The calls a snapshot file names: `-- name` or `-- name (which case)`. */
function snapshotCalls(module: string): Set<string> {
  const file = join(SQL, `${module}.sql`);
  if (!existsSync(file)) return new Set();
  const names = [...readFileSync(file, 'utf8').matchAll(/^-- ([A-Za-z]\w*)(?: \(.*\))?$/gm)];
  return new Set(names.map((m) => m[1] ?? ''));
}

const isDatabaseFunction = (value: unknown): value is (...args: never[]) => unknown =>
  typeof value === 'function' &&
  ['AsyncFunction', 'AsyncGeneratorFunction'].includes(value.constructor.name);

describe('the SQL snapshots', () => {
  it('cover every database function of every repository module', async () => {
    const modules = repositoryModules(SRC).sort();
    expect(modules.length).toBeGreaterThan(10);
    const exports = new Map<string, Record<string, unknown>>();
    for (const module of modules) {
      exports.set(module, (await import(join(SRC, `${module}.ts`))) as Record<string, unknown>);
    }
    const missing: string[] = [];
    for (const [module, members] of exports) {
      for (const [name, value] of Object.entries(members)) {
        if (!isDatabaseFunction(value)) continue;
        const covered = [...exports].some(
          ([other, its]) => its[name] === value && snapshotCalls(other).has(name),
        );
        if (!covered) missing.push(`${module}.${name}`);
      }
    }
    expect(missing, 'repository functions without a SQL snapshot').toEqual([]);
  });

  it('belong to a repository module that still exists (a renamed one leaves none behind)', () => {
    const modules = new Set(repositoryModules(SRC));
    const orphans = repositorySnapshots(SQL).filter((module) => !modules.has(module));
    expect(orphans, 'snapshots of no repository module: delete them').toEqual([]);
  });
});
