import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';

export { freePort } from '../apps/server/test/helpers/free-port.js';

/** Helpers shared by the benchmarks. */

export const serverUrl = (): string =>
  process.env.BENCH_DATABASE_URL ??
  process.env.TEST_DATABASE_URL ??
  'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string): string {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Runs administrative statements, one after the other, on the benchmark's server. */
async function onServer(...statements: string[]): Promise<void> {
  const admin = new pg.Client({ connectionString: serverUrl() });
  await admin.connect();
  try {
    for (const statement of statements) await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** Drops and creates a database on the benchmark's server. */
export async function freshDatabase(name: string): Promise<string> {
  await onServer(`drop database if exists ${name} with (force)`, `create database ${name}`);
  return databaseUrl(name);
}

export const dropDatabase = (name: string): Promise<void> =>
  onServer(`drop database if exists ${name} with (force)`);

/** Starts a server process and waits until `readyUrl` answers. */
export async function startProcess(
  command: string[],
  env: Record<string, string>,
  readyUrl: string,
): Promise<ChildProcess> {
  const [bin = 'node', ...args] = command;
  const child = spawn(bin, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${command.join(' ')} exited with ${child.exitCode}`);
    try {
      if ((await fetch(readyUrl)).status < 500) return child;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  child.kill('SIGKILL');
  throw new Error(`${command.join(' ')} did not answer ${readyUrl} within 60 s`);
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise<boolean>((resolve) =>
    child.once('exit', () => {
      resolve(true);
    }),
  );
  child.kill('SIGTERM');
  if (!(await Promise.race([exited, sleep(15_000).then(() => false)]))) child.kill('SIGKILL');
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};

export async function writeResults(name: string, results: unknown): Promise<string> {
  const dir = new URL('./results/', import.meta.url);
  await mkdir(dir, { recursive: true });
  const file = new URL(`${name}.json`, dir);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  return file.pathname;
}

export function printTable(rows: Record<string, string | number>[]): void {
  const columns = Object.keys(rows[0] ?? {});
  const width = (c: string) => Math.max(c.length, ...rows.map((r) => String(r[c]).length));
  const line = (cells: (string | number)[]) =>
    cells.map((v, i) => String(v).padStart(width(columns[i] ?? ''))).join('  ');
  console.log(line(columns));
  for (const row of rows) console.log(line(columns.map((c) => row[c] ?? '')));
}
