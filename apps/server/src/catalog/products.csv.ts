import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { ErrorObject } from 'ajv';
import { AppError } from '../http/app-error.js';
import { fieldErrors, validatorCompiler } from '../http/validation.js';
import { ProductCreateSchema, type Product, type ProductCreate } from './product.schema.js';

/**
 * Products as spreadsheet rows: the columns of an export, and the reading of an import (CSV with
 * `,` or `;`, with or without a BOM, or JSON lines), each row checked by the API's own schema.
 */

export const CSV_COLUMNS = [
  'id',
  'sku',
  'name',
  'description',
  'price',
  'categoria',
  'email_fornecedor',
  'created_at',
  'updated_at',
] as const;

/** Rows of products as CSV text, header first when `header`. */
export function productsCsv(products: Product[], header: boolean): string {
  return stringify(
    products.map((p) => CSV_COLUMNS.map((column) => p[column] ?? '')),
    header ? { header: true, columns: [...CSV_COLUMNS] } : {},
  );
}

/** Products as JSON lines. */
export const productsNdjson = (products: Product[]): string =>
  products.map((p) => `${JSON.stringify(p)}\n`).join('');

type Field = keyof ProductCreate;

// Header names a spreadsheet may use, folded (lower case, no accents, `_` for spaces).
const ALIASES: Record<string, Field | null> = {
  name: 'name',
  nome: 'name',
  produto: 'name',
  product: 'name',
  description: 'description',
  descricao: 'description',
  price: 'price',
  preco: 'price',
  valor: 'price',
  categoria: 'categoria',
  category: 'categoria',
  email_fornecedor: 'email_fornecedor',
  email: 'email_fornecedor',
  e_mail: 'email_fornecedor',
  supplier_email: 'email_fornecedor',
  fornecedor: 'email_fornecedor',
  sku: 'sku',
  codigo: 'sku',
  code: 'sku',
  // Written by the server: an export's own columns, ignored on the way back in.
  id: null,
  created_at: null,
  updated_at: null,
  criado_em: null,
  atualizado_em: null,
};
const REQUIRED: Field[] = ['name', 'price', 'categoria', 'email_fornecedor'];

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

export interface ImportRow {
  /** Line of the file the row starts on (1 is the header of a CSV). */
  line: number;
  product: ProductCreate;
}

export interface RowError {
  line: number;
  field: string;
  message: string;
}

export interface ParsedImport {
  rows: ImportRow[];
  errors: RowError[];
  /** Rows read, valid or not. */
  total: number;
}

const validate = validatorCompiler({
  schema: ProductCreateSchema,
  method: 'POST',
  url: '/products/import',
  httpPart: 'body',
}) as ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/** Price text with a decimal comma or point, thousands separated by the other one. */
export function parsePrice(text: string): number | string {
  const trimmed = text.trim().replace(/^R\$\s*/, '');
  const decimal = Math.max(trimmed.lastIndexOf(','), trimmed.lastIndexOf('.'));
  const normal =
    decimal < 0
      ? trimmed
      : `${trimmed.slice(0, decimal).replace(/[.,\s]/g, '')}.${trimmed.slice(decimal + 1)}`;
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : text;
}

/** Reads a CSV or JSON-lines file of products and checks every row; nothing is written here. */
export function readImport(text: string, format: 'csv' | 'ndjson'): ParsedImport {
  const body = text.replace(/^\uFEFF/, '');
  const records = format === 'csv' ? csvRecords(body) : ndjsonRecords(body);
  const rows: ImportRow[] = [];
  const errors: RowError[] = [];
  const skus = new Map<string, number>();
  for (const { line, record, problem } of records) {
    if (problem !== undefined) {
      errors.push({ line, field: 'row', message: problem });
      continue;
    }
    if (!validate(record)) {
      for (const error of fieldErrors(validate.errors ?? [], 'row'))
        errors.push({ line, ...error });
      continue;
    }
    const product = record as ProductCreate;
    const earlier = product.sku === undefined ? undefined : skus.get(product.sku);
    if (earlier !== undefined) {
      errors.push({ line, field: 'sku', message: `repeats the sku of line ${earlier}` });
      continue;
    }
    if (product.sku !== undefined) skus.set(product.sku, line);
    rows.push({ line, product });
  }
  return { rows, errors, total: records.length };
}

interface RawRecord {
  line: number;
  record: Record<string, unknown>;
  problem?: string;
}

function csvRecords(body: string): RawRecord[] {
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  // Brazilian spreadsheets write `;` (their decimal separator is the comma).
  const delimiter =
    (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    parsed = parse(body, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      relax_column_count: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    throw AppError.validation([
      { field: 'body', message: `is not valid CSV: ${(error as Error).message}` },
    ]);
  }
  const [header, ...data] = parsed;
  if (!header)
    throw AppError.validation([
      { field: 'body', message: 'is empty: send a header line and rows' },
    ]);
  const fields = header.record.map((name) => {
    const field = ALIASES[fold(name)];
    if (field === undefined) {
      throw AppError.validation([
        { field: 'body', message: `has a column ${JSON.stringify(name)} cais does not know` },
      ]);
    }
    return field;
  });
  const missing = REQUIRED.filter((f) => !fields.includes(f));
  if (missing.length > 0) {
    throw AppError.validation([
      { field: 'body', message: `lacks the column(s) ${missing.join(', ')}` },
    ]);
  }
  return data.map(({ record, info }) => {
    // info.lines is the line the record ends on; a quoted field may span several.
    const line = info.lines - (record.join('').match(/\n/g)?.length ?? 0);
    if (record.length !== fields.length) {
      return {
        line,
        record: {},
        problem: `has ${record.length} fields, the header ${fields.length}`,
      };
    }
    const product: Record<string, unknown> = {};
    fields.forEach((field, i) => {
      const value = record[i] ?? '';
      if (field === null) return;
      if (field === 'price') product.price = parsePrice(value);
      else if (field === 'description') product.description = value === '' ? null : value;
      else if (field === 'sku') {
        if (value.trim() !== '') product.sku = value.trim();
      } else product[field] = value.trim();
    });
    return { line, record: product };
  });
}

function ndjsonRecords(body: string): RawRecord[] {
  const records: RawRecord[] = [];
  body.split('\n').forEach((text, index) => {
    if (text.trim() === '') return;
    const line = index + 1;
    try {
      const value: unknown = JSON.parse(text);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        records.push({ line, record: {}, problem: 'is not a JSON object' });
        return;
      }
      // Written by the server: an export's own fields, ignored on the way back in.
      const record = Object.fromEntries(
        Object.entries(value).filter(([field]) => ALIASES[field] !== null),
      );
      records.push({ line, record });
    } catch {
      records.push({ line, record: {}, problem: 'is not valid JSON' });
    }
  });
  return records;
}
