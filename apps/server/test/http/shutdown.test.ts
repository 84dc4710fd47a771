import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { pino } from 'pino';
import { expect, it } from 'vitest';
import { loadConfig } from '../../src/config/config.js';
import { buildApp } from '../../src/http/app.js';
import { openTestDatabase } from '../helpers/database.js';

it('closing finishes the requests in flight and refuses new connections', async () => {
  const database = await openTestDatabase('pglite');
  const app = await buildApp({ config: loadConfig({}), database, log: pino({ level: 'silent' }) });
  let entered!: () => void;
  const inside = new Promise<void>((resolve) => (entered = resolve));
  app.get('/slow', async () => {
    entered();
    await sleep(500);
    return { done: true };
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const base = `http://127.0.0.1:${String((app.server.address() as AddressInfo).port)}`;

  const inFlight = fetch(`${base}/slow`);
  await inside;
  const closing = app.close();
  const response = await inFlight;
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ done: true });
  await closing;
  await expect(fetch(`${base}/health`)).rejects.toThrow();
  await database.close();
});
