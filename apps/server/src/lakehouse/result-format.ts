import { stringify } from 'csv-stringify/sync';
import type { Cell, QueryResult } from './query.js';

export type ResultFormat = 'table' | 'csv' | 'json';

const text = (cell: Cell) => (cell === null ? '' : String(cell));
const numeric = (cell: Cell) => typeof cell === 'number' || /^-?\d+(\.\d+)?$/.test(text(cell));

/** Columns padded to their widest cell, numbers to the right, for a terminal. */
export function formatTable(result: QueryResult): string {
  const { columns, rows } = result;
  const cells = rows.map((row) => row.map(text));
  const widths = columns.map((name, i) =>
    Math.max(name.length, ...cells.map((row) => (row[i] ?? '').length)),
  );
  const right = columns.map(
    (_, i) => rows.length > 0 && rows.every((r) => r[i] === null || numeric(r[i] ?? null)),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => (right[i] ? v.padStart(widths[i] ?? 0) : v.padEnd(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const count = `(${rows.length.toLocaleString('en')} row${rows.length === 1 ? '' : 's'})`;
  return [line(columns), rule, ...cells.map(line), count].join('\n') + '\n';
}

export function formatCsv(result: QueryResult): string {
  return stringify(
    result.rows.map((row) => row.map(text)),
    {
      header: true,
      columns: result.columns,
      record_delimiter: 'unix',
    },
  );
}

/** One JSON object per row, in an array; decimals stay strings so no digit is lost. */
export function formatJson(result: QueryResult): string {
  const objects = result.rows.map((row) =>
    Object.fromEntries(result.columns.map((name, i) => [name, row[i] ?? null])),
  );
  return `${JSON.stringify(objects, null, 1)}\n`;
}

export function formatResult(result: QueryResult, format: ResultFormat): string {
  if (format === 'csv') return formatCsv(result);
  if (format === 'json') return formatJson(result);
  return formatTable(result);
}
