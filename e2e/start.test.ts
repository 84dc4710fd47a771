import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  return typeof address === 'object' && address ? address.port : 0;
}

async function waitFor(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`cais start exited early:\n${output()}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`${url} did not answer within 60 s:\n${output()}`);
}

describe('cais start', () => {
  let child: ChildProcess;
  let output = '';
  let webUrl: string;

  beforeAll(async () => {
    const [apiPort, webPort] = [await freePort(), await freePort()];
    webUrl = `http://127.0.0.1:${webPort}`;
    child = spawn(process.execPath, ['--import', 'tsx', 'e2e/support/cais.ts', 'start'], {
      cwd: ROOT,
      env: {
        ...process.env,
        API_PORT: String(apiPort),
        WEB_PORT: String(webPort),
        PGLITE_DIR: 'memory://',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await waitFor(`${webUrl}/health`, child, () => output);
  });

  afterAll(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });

  it('runs the api and the web UI in one process, the UI reaching the api through /api', async () => {
    expect(output).toMatch(/catalog API on http:\/\/127\.0\.0\.1:\d+/);
    expect(output).toContain(`web UI on ${webUrl}`);
    const ready = await fetch(`${webUrl}/api/ready`);
    expect(ready.status).toBe(200);

    const browser = await launchBrowser();
    try {
      const { page, errors } = await openPage(browser);
      await page.goto(`${webUrl}/products`);
      await page.getByText('No products yet.').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = (await exited) as [number | null];
    expect(code).toBe(0);
    expect(output).toContain('stopped');
  });
});
