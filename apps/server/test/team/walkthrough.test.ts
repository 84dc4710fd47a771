import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { freePort } from '../helpers/cli.js';
import { eachServerDatabaseUrl, serverSkipReason } from '../helpers/database.js';

const README = fileURLToPath(new URL('../../../../README.md', import.meta.url));
const ENTRY = fileURLToPath(new URL('../helpers/cais-entry.ts', import.meta.url));

/** The shell blocks of the README's walkthrough, in order. */
async function walkthroughBlocks(): Promise<string[]> {
  const readme = await readFile(README, 'utf8');
  const start = readme.indexOf('#### Walkthrough: from one command to a team');
  const end = readme.indexOf('\n### ', start);
  expect(start).toBeGreaterThan(0);
  const section = readme.slice(start, end);
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1] ?? '');
}

/**
 * The README's walkthrough as one script: `npx cais` becomes the command from source, the api
 * line starts the api in the background (and waits until it is ready), port 8000 becomes a free
 * port, and the whole runs under `set -euo pipefail`, so any failing command fails the test.
 */
function asScript(blocks: string[], port: number): string {
  const body = blocks
    .join('\n')
    .replace(
      /^(.*)npx cais api$/m,
      // node itself in the background (not the shell function), so $! is the api to stop.
      `$1node --import "$TSX" "$ENTRY" api >api.log 2>&1 &\nAPI_PID=$!\n` +
        `timeout 60 bash -c 'until curl -sf http://127.0.0.1:${port}/ready >/dev/null; do sleep 0.2; done'`,
    )
    .replaceAll('npx cais', 'cais')
    .replaceAll('http://127.0.0.1:8000', `http://127.0.0.1:${port}`);
  return [
    'set -euo pipefail',
    `cais() { node --import "$TSX" "$ENTRY" "$@"; }`,
    `trap 'kill $API_PID 2>/dev/null || true' EXIT`,
    // Stopped from outside (the timeout below), it still stops the api on its way out.
    `trap 'exit 1' TERM INT`,
    body,
  ].join('\n');
}

function bash(
  script: string,
  cwd: string,
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    // Bounded under the test's own timeout, so a hung step cannot leave the api running.
    const child = spawn('timeout', ['180', 'bash', '-c', script], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      resolve({ code, output });
    });
  });
}

describe.skipIf(serverSkipReason() !== undefined)('the README walkthrough (issue 15)', () => {
  const databaseUrl = eachServerDatabaseUrl();

  it(
    'creates an admin with one command, an editor who changes products, the history with ' +
      'authors, a restore from the trash, and the original client with a token',
    { timeout: 240_000 },
    async () => {
      const blocks = await walkthroughBlocks();
      expect(blocks).toHaveLength(3);
      const port = await freePort();
      const dir = await mkdtemp(join(tmpdir(), 'cais-walkthrough-'));
      try {
        const { code, output } = await bash(asScript(blocks, port), dir, {
          PATH: process.env.PATH ?? '',
          HOME: process.env.HOME ?? '',
          DATABASE_URL: databaseUrl(),
          API_PORT: String(port),
          LOG_LEVEL: 'warn',
          TSX: import.meta.resolve('tsx'),
          ENTRY,
        });
        const api = await readFile(join(dir, 'api.log'), 'utf8').catch(() => '');
        expect(code, `${output}\napi log:\n${api}`).toBe(0);
        // What each command printed, in order (the history newest first, each change with
        // bia's token as its author; the original client's create and update with API_TOKEN).
        expect(
          output
            .trim()
            .split('\n')
            .filter((line) => !line.startsWith('token ')),
        ).toEqual([
          'added ana\tadmin',
          'bia editor',
          '99.9',
          'update by bia (token "laptop"): 120 -> 99.9',
          'create by bia (token "laptop"): null -> 120',
          'deleted Luminária',
          '1 Luminária',
          'restored Luminária',
          '149.9',
          '2',
        ]);
        // Passwords and tokens are never echoed by the api or the commands.
        expect(output).not.toContain('passphrase');
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    },
  );
});
