import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { ENV } from '../../src/config/env.js';
import { SECRET_VARIABLES } from '../../src/config/secrets.js';

const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
};

describe('configuration', () => {
  it('has working defaults for a laptop', () => {
    const config = loadConfig({});
    expect(config.database).toEqual({
      url: undefined,
      pgliteDir: './data/pglite',
      poolSize: 10,
      waitSeconds: 30,
    });
    expect(config.http).toMatchObject({
      host: '127.0.0.1',
      apiPort: 8000,
      webPort: 8501,
      apiUrl: 'http://127.0.0.1:8000',
      corsOrigins: [],
    });
    expect(config.lake.url).toBe('./data/lake');
    expect(config.etl).toEqual({ symbols: ['BTC'], convert: 'BRL', schedule: '*/5 * * * *' });
  });

  it('parses the documented forms', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgresql://u:p@db:5432/cais',
      API_PORT: '9000',
      CORS_ORIGINS: 'https://a.example, http://localhost:5173',
      ETL_SYMBOLS: 'BTC,ETH, SOL',
      S3_FORCE_PATH_STYLE: 'true',
      LAKE_URL: 's3://my-lake/raw-data',
    });
    expect(config.database.url).toBe('postgresql://u:p@db:5432/cais');
    expect(config.http.apiPort).toBe(9000);
    expect(config.http.corsOrigins).toEqual(['https://a.example', 'http://localhost:5173']);
    expect(config.etl.symbols).toEqual(['BTC', 'ETH', 'SOL']);
    expect(config.lake.s3ForcePathStyle).toBe(true);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ API_PORT: '', DATABASE_URL: '' }).http.apiPort).toBe(8000);
  });

  it.each([
    ['API_PORT', 'abc'],
    ['API_PORT', '70000'],
    ['WEB_PORT', '-1'],
    ['DATABASE_URL', 'mysql://db/x'],
    ['DATABASE_URL', 'not a url'],
    ['LAKE_URL', 'ftp://host/lake'],
    ['LAKE_URL', 's3://UPPER/bad'],
    ['S3_FORCE_PATH_STYLE', 'maybe'],
    ['ETL_SYMBOLS', 'btc'],
    ['ETL_CONVERT', 'reais'],
    ['ETL_SCHEDULE', 'every five minutes'],
    ['CORS_ORIGINS', 'https://a.example/path'],
    ['LOG_LEVEL', 'verbose'],
    ['DATABASE_POOL_SIZE', '0'],
    ['API_URL', 'localhost:8000'],
  ])('rejects %s=%s with a message naming it', (name, value) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${name}=`);
    expect(problems[0]).toContain(JSON.stringify(value));
  });

  it('lists every bad variable at once and never echoes secrets', () => {
    const problems = problemsOf({ API_PORT: 'x', API_TOKEN: 'short', LOG_LEVEL: 'loud' });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).not.toContain('short');
    expect(problems.join('\n')).toContain('API_TOKEN="<hidden>"');
  });

  it.each([
    [
      'DATABASE_URL',
      'postgres://cais:s3cret-Pass@db:99999/cais',
      'postgres://cais:***@db:99999/cais',
    ],
    ['DATABASE_URL', 'mysql://root:s3cret-Pass@db/cais', 'mysql://root:***@db/cais'],
    [
      'DATABASE_URL',
      'postgres://cais:s3cret Pass@db:99999/cais',
      'postgres://cais:***@db:99999/cais',
    ],
    ['DATABASE_URL', 'postgres://cais:s3cret@Pass@db:99999/x', 'postgres://cais:***@db:99999/x'],
    ['DATABASE_URL', 'postgres//cais:s3cret-Pass@db/x', 'postgres//cais:***@db/x'],
    [
      'DATABASE_READONLY_URL',
      'postgres://dash:s3cret-Pass@db:99999/cais',
      'postgres://dash:***@db:99999/cais',
    ],
    ['LAKE_URL', 'https://key:s3cret-Pass@minio/lake', 'https://key:***@minio/lake'],
    ['S3_ENDPOINT', 'ftp://key:s3cret-Pass@minio', 'ftp://key:***@minio'],
    ['API_URL', 'user:s3cret-Pass@localhost:8000', 'user:***@localhost:8000'],
    ['CMC_BASE_URL', 'https://pro-api.example:99999?api_key=s3cret-Pass&x=1', undefined],
  ])('masks the credentials of a bad %s: %s', (name, value, shown) => {
    const [problem] = problemsOf({ [name]: value });
    expect(problem).toContain(`${name}=`);
    expect(problem).not.toContain('s3cret');
    if (shown !== undefined) expect(problem).toContain(JSON.stringify(shown));
  });

  it('shows no credential of any variable, and nothing of a secret one', () => {
    const secret = 'T0P-s3cret-value';
    const credentials = [
      `xx://user:${secret}@host:99999/x`,
      `user:${secret}@host`,
      `postgres://h:99999/x?password=${secret}`,
      `https://a.example:99999/?token=${secret}`,
      `https://a.example/x, https://u:${secret}@b.example/`,
    ];
    const secretValues = [...credentials, secret.slice(0, 8), `${secret} with spaces`, 'Qz9'];
    for (const name of Object.keys(ENV) as (keyof typeof ENV)[]) {
      const secretOne = SECRET_VARIABLES.has(name);
      for (const value of secretOne ? secretValues : credentials) {
        const shown = problemsOf({ [name]: value }).join('\n');
        expect(shown, `${name}=${value}`).not.toContain(secretOne ? value : secret);
      }
    }
  });

  it('is documented in the README, variable for variable', () => {
    const readme = readFileSync(new URL('../../../../README.md', import.meta.url), 'utf8');
    for (const name of Object.keys(ENV)) expect(readme).toContain(`\`${name}\``);
  });
});
