import { describe, expect, it } from 'vitest';
import type { QueryResult } from '../../src/lakehouse/query.js';
import { formatCsv, formatJson, formatTable } from '../../src/lakehouse/result-format.js';

const result: QueryResult = {
  columns: ['coin', 'year', 'open', 'note'],
  rows: [
    ['bitcoin', 2025, '512345.678901', null],
    ['ethereum', 2026, '0.5', 'a;b, "c"'],
  ],
  sources: { days: 0, parts: 0, rawObjects: 0, skipped: [] },
};

describe('query results', () => {
  it('align as a table on a terminal, numbers to the right', () => {
    expect(formatTable(result)).toBe(
      [
        'coin      year           open  note',
        '--------  ----  -------------  --------',
        'bitcoin   2025  512345.678901',
        'ethereum  2026            0.5  a;b, "c"',
        '(2 rows)',
        '',
      ].join('\n'),
    );
  });

  it('are CSV with a header, quoted where needed, null as empty', () => {
    expect(formatCsv(result)).toBe(
      'coin,year,open,note\nbitcoin,2025,512345.678901,\nethereum,2026,0.5,"a;b, ""c"""\n',
    );
  });

  it('are JSON objects with decimals as strings', () => {
    expect(JSON.parse(formatJson(result))).toEqual([
      { coin: 'bitcoin', year: 2025, open: '512345.678901', note: null },
      { coin: 'ethereum', year: 2026, open: '0.5', note: 'a;b, "c"' },
    ]);
  });
});
