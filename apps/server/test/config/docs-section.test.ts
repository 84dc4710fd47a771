import { inputsFor, inputsTable, replaceSection, text } from '@cais/input-kit';
import { describe, expect, it } from 'vitest';

describe('generated doc sections', () => {
  const page = 'intro\n<!-- t:start (generated) -->\n\nold\n\n<!-- t:end -->\nrest\n';

  it('replace only what lies between the markers, and again gives the same page', () => {
    const once = replaceSection(page, 't', 'new', 'page.md');
    expect(once).toBe('intro\n<!-- t:start (generated) -->\n\nnew\n\n<!-- t:end -->\nrest\n');
    expect(replaceSection(once, 't', 'new', 'page.md')).toBe(once);
  });

  it('name the file whose markers are lost', () => {
    expect(() => replaceSection('no markers', 't', 'x', 'docs/x.md')).toThrow(
      'docs/x.md has lost its t:start/end markers',
    );
  });

  it('show defaults, unset keys and escape pipes in meanings', () => {
    const input = inputsFor({ booleanWords: false, groupDigits: false });
    const table = inputsTable(
      { a: input('one | two', 'x', text()), b: input('none', undefined, text()) },
      { key: 'key', unset: '(none)' },
    );
    expect(table.split('\n').slice(2)).toEqual([
      '| `a` | `x` | one \\| two |',
      '| `b` | (none) | none |',
    ]);
  });
});
