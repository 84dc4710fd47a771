/**
 * `npm run docs:config`: writes the configuration table of README.md and the cais settings of
 * .env.example from apps/server/src/config/env.ts. The config docs test compares the same
 * texts, so a variable added without running this fails the suite.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { replaceSection } from '@cais/input-kit';
import { configTable, envExample } from '../src/config/docs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** What compose.yaml gives each container (its own knowledge, shown in .env.example). */
const SET_BY_COMPOSE = {
  DATABASE_URL: 'postgres://cais:<POSTGRES_PASSWORD>@postgres:5432/cais',
  DATABASE_READONLY_URL: 'postgres://cais_dashboard:<DASHBOARD_DB_PASSWORD>@postgres:5432/cais',
  READONLY_PASSWORD: '<DASHBOARD_DB_PASSWORD>',
  PGLITE_DIR: '/app/data/pglite',
  LAKE_URL: 's3://<LAKE_BUCKET>/lake',
  S3_ENDPOINT: 'http://lake:8333',
  S3_FORCE_PATH_STYLE: 'true',
  HOST: '0.0.0.0',
  API_PORT: '8000',
  WEB_PORT: '8501',
  API_URL: 'http://api:8000',
};

const ENV_START = '# --- cais settings';

export interface ConfigDoc {
  path: string;
  current: string;
  expected: string;
}

/** Each generated file as it is and as it should be. */
export async function configDocs(): Promise<ConfigDoc[]> {
  const readmePath = `${root}README.md`;
  const readme = readFileSync(readmePath, 'utf8');
  const options = { ...(await resolveConfig(readmePath)), parser: 'markdown' };
  const table = (await format(configTable(), options)).trimEnd();
  const expectedReadme = replaceSection(readme, 'config', table, 'README.md');

  const examplePath = `${root}.env.example`;
  const example = readFileSync(examplePath, 'utf8');
  const cut = example.indexOf(ENV_START);
  if (cut < 0) throw new Error(`.env.example has lost its "${ENV_START}" line`);
  const expectedExample = `${example.slice(0, cut)}${envExample(SET_BY_COMPOSE)}\n`;

  return [
    { path: readmePath, current: readme, expected: expectedReadme },
    { path: examplePath, current: example, expected: expectedExample },
  ];
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  let written = 0;
  for (const { path, current, expected } of await configDocs()) {
    if (current === expected) continue;
    writeFileSync(path, expected);
    written += 1;
  }
  process.stdout.write(`configuration docs: ${written} of 2 files rewritten\n`);
}
