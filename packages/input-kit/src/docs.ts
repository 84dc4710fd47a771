import type { Input } from './input.js';

/**
 * A Markdown table of a table of inputs (before prettier aligns it), so every generated
 * configuration page shows keys, defaults and meanings the same way.
 */
export function inputsTable(
  table: Record<string, Input>,
  words: { key: string; unset: string },
): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const rows = Object.entries(table).map(([key, input]) => {
    const shown =
      input.default === undefined || input.default === '' ? words.unset : `\`${input.default}\``;
    return `| \`${key}\` | ${shown} | ${cell(input.description)} |`;
  });
  return [`| ${words.key} | default | meaning |`, '| --- | --- | --- |', ...rows].join('\n');
}

/**
 * `text` with what lies between the `<!-- NAME:start … -->` and `<!-- NAME:end -->` lines replaced
 * by `body`; throws naming the file when the markers are lost, so a stale page never passes.
 */
export function replaceSection(text: string, name: string, body: string, file: string): string {
  const start = new RegExp(`<!-- ${name}:start[^>]*-->`).exec(text);
  const end = text.indexOf(`<!-- ${name}:end -->`);
  if (!start || end < start.index)
    throw new Error(`${file} has lost its ${name}:start/end markers`);
  const head = text.slice(0, start.index + start[0].length);
  return `${head}\n\n${body}\n\n${text.slice(end)}`;
}
