import { inputsTable } from '@cais/input-kit';
import { ENV, type EnvName } from './env.js';

/**
 * The configuration docs, written from ENV: the README's table and the cais part of
 * .env.example. `npm run docs:config` writes them; a test fails when they are stale.
 */

/** The README table (Markdown, before prettier aligns it). */
export const configTable = (): string => inputsTable(ENV, { key: 'variable', unset: 'unset' });

/** Wraps a comment at 100 columns, each line starting with `# `. */
function comment(text: string): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(' ')) {
    if (line.length + 1 + word.length > 100 && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  return [...lines, line];
}

/**
 * The cais settings of .env.example: every variable, its meaning and default, left empty (empty
 * means the default); the ones compose.yaml sets for each container are shown commented out with
 * the value it gives them.
 */
export function envExample(setByCompose: Partial<Record<EnvName, string>>): string {
  const names = Object.keys(ENV) as EnvName[];
  const own = names.filter((name) => setByCompose[name] === undefined);
  const composed = names.filter((name) => setByCompose[name] !== undefined);
  const describe = (name: EnvName) => {
    const { description, default: value } = ENV[name];
    const secret = ENV[name].secret ? ' Secret: never shown in messages or logs.' : '';
    return `${description.replace(/\.$/, '')}${value ? ` (default: ${value})` : ''}.${secret}`;
  };
  return [
    '# --- cais settings (generated from apps/server/src/config/env.ts: npm run docs:config) ------',
    ...own.flatMap((name) => [...comment(describe(name)), `${name}=`]),
    '',
    '# --- Set by compose.yaml for each container (shown so every variable is documented) -----------',
    ...composed.flatMap((name) => [
      ...comment(describe(name)),
      `# ${name}=${setByCompose[name] ?? ''}`,
    ]),
  ].join('\n');
}
