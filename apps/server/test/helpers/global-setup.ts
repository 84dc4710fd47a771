import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import type {} from 'vitest';
import type { TestProject } from 'vitest/node';
import { PGLITE_EXTENSIONS, pgliteHandle } from '../../src/db/client.js';
import { migrate } from '../../src/db/migrate.js';
import { openServerHandle, serverUrl } from './postgres.js';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDump: string;
    postgres: { url: string; template: string } | { skipReason: string };
  }
}

const migrationsDir = new URL('../../drizzle/', import.meta.url);

/** Changes whenever a migration changes, so stale templates are never reused. */
function migrationsHash(): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsDir)
    .filter((f) => f.endsWith('.sql'))
    .sort()) {
    hash.update(file).update(readFileSync(new URL(file, migrationsDir)));
  }
  return hash.digest('hex').slice(0, 12);
}

/** A migrated PGlite, dumped once: loading it takes a fraction of a fresh initdb. */
async function pgliteTemplate(hash: string): Promise<string> {
  const dir = join(tmpdir(), 'cais-test');
  const file = join(dir, `pglite-${hash}.tar`);
  if (await stat(file).catch(() => undefined)) return file;
  await mkdir(dir, { recursive: true });
  const client = await PGlite.create('memory://', { extensions: PGLITE_EXTENSIONS });
  const handle = pgliteHandle(client, 'template');
  await migrate(handle);
  const dump = await client.dumpDataDir('none');
  await handle.close();
  await writeFile(`${file}.tmp`, Buffer.from(await dump.arrayBuffer()));
  await rename(`${file}.tmp`, file);
  return file;
}

async function postgresTemplate(
  hash: string,
): Promise<{ url: string; template: string } | { skipReason: string }> {
  const url = serverUrl();
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
  } catch (error) {
    const reason = `PostgreSQL server tests skipped: cannot connect to ${new URL(url).host} (${(error as Error).message}); set TEST_DATABASE_URL`;
    if (process.env.CAIS_REQUIRE_POSTGRES === '1')
      throw new Error(`${reason} (CAIS_REQUIRE_POSTGRES=1)`, { cause: error });
    console.warn(`\n${reason}\n`);
    return { skipReason: reason };
  }
  try {
    const template = `cais_template_${hash}`;
    const exists = await admin.query('select 1 from pg_database where datname = $1', [template]);
    if (exists.rowCount === 0) {
      // Built under a name of its own, then renamed: a concurrent run never clones a half-migrated
      // template, and the loser of a race just drops its copy.
      const building = `${template}_${process.pid}`;
      await admin.query(`create database ${building}`);
      const handle = await openServerHandle(url, building);
      try {
        await migrate(handle);
      } finally {
        await handle.close();
      }
      await admin.query(`alter database ${building} rename to ${template}`).catch(async () => {
        await admin.query(`drop database if exists ${building}`);
      });
    }
    return { url, template };
  } finally {
    await admin.end();
  }
}

export default async function setup(project: TestProject): Promise<void> {
  const hash = migrationsHash();
  const [dump, postgres] = await Promise.all([pgliteTemplate(hash), postgresTemplate(hash)]);
  project.provide('pgliteDump', dump);
  project.provide('postgres', postgres);
}
