import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * No unit too big to read (issue 13): every tracked source, style, SQL and shell file stays at
 * 300 lines or fewer. Split a file that grows past it by what it holds, not at line 300.
 */

const MAX_LINES = 300;
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const CHECKED = ['*.ts', '*.tsx', '*.css', '*.sql', '*.sh'];

/** Files that may be longer, each with the reason. */
const EXEMPT: { pattern: RegExp; reason: string; temporary?: true }[] = [
  { pattern: /\.generated\.ts$/, reason: 'generated (npm run generate -w apps/web)' },
  { pattern: /^apps\/web\/src\/i18n\/messages\.[\w-]+\.ts$/, reason: 'message catalogue' },
];

const lineCount = (text: string) =>
  text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);

describe('file sizes', () => {
  const tracked = execFileSync('git', ['ls-files', '-z', '--', ...CHECKED], {
    cwd: ROOT,
    encoding: 'utf8',
  })
    .split('\0')
    .filter(Boolean);

  it('finds the tracked files to check', () => {
    expect(tracked.length).toBeGreaterThan(100);
  });

  it(`keeps every source file at ${MAX_LINES} lines or fewer, outside generated code and message catalogues`, () => {
    const tooLong = tracked
      .filter((path) => !EXEMPT.some(({ pattern }) => pattern.test(path)))
      .map((path) => ({ path, lines: lineCount(readFileSync(join(ROOT, path), 'utf8')) }))
      .filter(({ lines }) => lines > MAX_LINES)
      .map(({ path, lines }) => `${path} (${lines} lines)`);
    expect(tooLong, `split these by what they hold`).toEqual([]);
  });

  it('exempts only files that exist, and temporarily only files still too long', () => {
    const unused = EXEMPT.filter(({ pattern }) => !tracked.some((path) => pattern.test(path)));
    expect(unused.map(({ reason }) => reason)).toEqual([]);
    const done = EXEMPT.filter(
      ({ pattern, temporary }) =>
        temporary &&
        !tracked.some(
          (path) =>
            pattern.test(path) && lineCount(readFileSync(join(ROOT, path), 'utf8')) > MAX_LINES,
        ),
    );
    expect(
      done.map(({ pattern }) => pattern.source),
      'these are short now: remove their exemption',
    ).toEqual([]);
  });
});
