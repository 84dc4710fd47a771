import { describe, expect, it } from 'vitest';
import { cais } from '../helpers/cli.js';

/** What a person sees on the terminal: configuration errors, failures and help, never a secret. */

const PASSWORD = 'Pa55-w0rd-on-screen';

describe('the cais command', () => {
  it('names mistyped URLs (port 99999, bad scheme) without their passwords', async () => {
    const result = await cais(['db', 'migrate'], {
      DATABASE_URL: `postgres://cais:${PASSWORD}@db:99999/cais`,
      DATABASE_READONLY_URL: `postgress://dash:${PASSWORD}@db:5432/cais`,
      S3_ENDPOINT: `http://key:${PASSWORD} x@minio:99999`,
    });
    expect(result.code).toBe(2);
    expect(result.output).toContain('DATABASE_URL="postgres://cais:***@db:99999/cais"');
    expect(result.output).toContain('DATABASE_READONLY_URL="postgress://dash:***@db:5432/cais"');
    expect(result.output).toContain('S3_ENDPOINT="http://key:***@minio:99999"');
    expect(result.output).not.toContain(PASSWORD);
  });

  it('fails on an unreachable server without showing the password', async () => {
    const result = await cais(['db', 'migrate'], {
      DATABASE_URL: `postgres://cais:${PASSWORD}@127.0.0.1:1/cais`,
      DATABASE_WAIT_SECONDS: '0',
    });
    expect(result.code).toBe(1);
    expect(result.output).toContain('(DATABASE_URL)');
    expect(result.output).not.toContain(PASSWORD);
  });

  it('shows no configured secret in --help', async () => {
    const result = await cais(['--help'], {
      DATABASE_URL: `postgres://cais:${PASSWORD}@db:5432/cais`,
      DATABASE_READONLY_URL: `postgres://dash:${PASSWORD}@db:5432/cais`,
      API_TOKEN: `${PASSWORD}-api-token`,
      CMC_API_KEY: `${PASSWORD}-cmc`,
      READONLY_PASSWORD: PASSWORD,
    });
    expect(result.code).toBe(0);
    expect(result.output).toContain('DATABASE_URL');
    expect(result.output).not.toContain(PASSWORD);
  });
});
