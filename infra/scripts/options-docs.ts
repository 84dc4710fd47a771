/**
 * Writes the options table of docs/deployment.md from CONTEXT (infra/lib/options.ts), run by
 * `npm run docs:config`; infra/test/docs.test.ts fails when the page is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inputsTable, replaceSection } from '@cais/input-kit';
import { format, resolveConfig } from 'prettier';
import { repositoryRoot } from '../lib/image.js';
import { CONTEXT } from '../lib/options.js';

/** docs/deployment.md as it is and as it should be. */
export async function optionsDoc(): Promise<{ path: string; current: string; expected: string }> {
  const path = join(repositoryRoot(), 'docs/deployment.md');
  const current = readFileSync(path, 'utf8');
  const options = { ...(await resolveConfig(path)), parser: 'markdown' };
  const table = await format(inputsTable(CONTEXT, { key: 'key', unset: '(none)' }), options);
  return { path, current, expected: replaceSection(current, 'options', table.trimEnd(), path) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { path, current, expected } = await optionsDoc();
  if (current !== expected) writeFileSync(path, expected);
  process.stdout.write(`deployment options: ${current === expected ? 'current' : 'rewritten'}\n`);
}
