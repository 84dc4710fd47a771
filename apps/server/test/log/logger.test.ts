import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { loadConfig } from '../../src/config/config.js';
import { secretValues } from '../../src/config/secrets.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import { createLogger } from '../../src/log/logger.js';
import { buildTestApp } from '../helpers/app.js';
import { openTestDatabase } from '../helpers/database.js';

/** The production logger writing into an array: what would reach standard output. */
function capturingLogger(secrets: readonly string[] = []) {
  const written: string[] = [];
  const log = createLogger('debug', 'cais', {
    secrets,
    destination: { write: (line: string) => void written.push(line) },
  });
  return { log, text: () => written.join('') };
}

describe('the log', () => {
  it('masks passwords in URLs, secret parameters and bearer tokens wherever they sit', () => {
    const { log, text } = capturingLogger();
    log.info(
      {
        target: 'postgres://cais:pw-in-url@db:5432/cais',
        nested: { at: ['https://x/?api_key=k-in-query'] },
      },
      'connecting to postgres://cais:pw-in-url@db:5432/cais',
    );
    log.warn('sent Authorization: Bearer tok-in-header');
    log.error({ err: new Error('cannot reach mysql://root:pw-in-error@db') }, 'failed');
    const output = text();
    for (const secret of ['pw-in-url', 'k-in-query', 'tok-in-header', 'pw-in-error']) {
      expect(output).not.toContain(secret);
    }
    expect(output).toContain('postgres://cais:***@db:5432/cais');
    // Still one JSON object per line.
    for (const line of output.trimEnd().split('\n')) {
      expect(() => JSON.parse(line) as unknown).not.toThrow();
    }
  });

  it('never writes a configured secret, whatever the line', () => {
    const config = loadConfig({
      API_TOKEN: 'api-token-0123456789',
      CMC_API_KEY: 'cmc-key-abcdef',
      DATABASE_URL: 'postgres://cais:db%20pass-xyz@db/cais',
      READONLY_PASSWORD: 'readonly-pass-123',
    });
    const { log, text } = capturingLogger(secretValues(config));
    log.info({ any: { depth: ['cmc-key-abcdef'] } }, 'token api-token-0123456789');
    log.info('password db pass-xyz and db%20pass-xyz, readonly-pass-123');
    for (const secret of [
      'api-token-0123456789',
      'cmc-key-abcdef',
      'pass-xyz',
      'readonly-pass-123',
    ]) {
      expect(text()).not.toContain(secret);
    }
  });
});

describe('the request log', () => {
  let database: DatabaseHandle;
  let app: FastifyInstance;
  const capture = capturingLogger();

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    app = await buildTestApp(database, {}, capture.log);
  });
  afterAll(async () => {
    await app.close();
    await database.close();
  });

  it('redacts a token sent in the query string', async () => {
    await app.inject({ url: '/products?token=tok-in-query-1&q=geladeira' });
    await app.inject({ url: '/prices/latest?access_token=tok-in-query-2' });
    await app.inject({ url: '/products?limit=1&api_key=tok-in-query-3&password=tok-in-query-4' });
    await app.inject({
      url: '/products',
      headers: { authorization: 'Bearer tok-in-header-5' },
    });
    const output = capture.text();
    expect(output).toContain('incoming request');
    expect(output).toContain('/products?token=***&q=geladeira');
    for (const n of [1, 2, 3, 4]) expect(output).not.toContain(`tok-in-query-${n}`);
    expect(output).not.toContain('tok-in-header-5');
  });
});
