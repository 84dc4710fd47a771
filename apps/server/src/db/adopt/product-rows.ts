import { CATEGORIES, ProductCreateSchema } from '../../catalog/product.schema.js';
import { fieldErrors, validatorCompiler } from '../../http/validation.js';
import type { FixedProduct, OriginalProduct } from './originals.repository.js';

/**
 * What adopt makes of each row of the original `products`: the rules are the api's own (the
 * validator of POST /products/), so an adopted row is one cais would have accepted.
 */

export const ON_INVALID = ['abort', 'skip', 'fix'] as const;
export type OnInvalid = (typeof ON_INVALID)[number];

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/**
 * Rounds a decimal text to cents, half away from zero as PostgreSQL's round(numeric, 2) does, in
 * exact integer arithmetic. Undefined for text that is not a finite decimal (NaN, Infinity).
 */
export function roundToCents(text: string): { cents: string; exact: boolean } | undefined {
  const match = DECIMAL.exec(text.trim());
  if (!match || `${match[2] ?? ''}${match[3] ?? ''}` === '') return undefined;
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  const shift = Number(exponent) - fraction.length + 2;
  if (Math.abs(shift) > 400) return undefined;
  const digits = BigInt(`${whole}${fraction}` || '0');
  let hundredths: bigint;
  let exact = true;
  if (shift >= 0) hundredths = digits * 10n ** BigInt(shift);
  else {
    const divisor = 10n ** BigInt(-shift);
    hundredths = digits / divisor;
    const rest = digits % divisor;
    exact = rest === 0n;
    if (rest * 2n >= divisor) hundredths += 1n;
  }
  const padded = hundredths.toString().padStart(3, '0');
  const negative = sign === '-' && hundredths !== 0n;
  return {
    cents: `${negative ? '-' : ''}${padded.slice(0, -2)}.${padded.slice(-2)}`,
    exact,
  };
}

// Compiled on first use: the cais command loads this module for its --on-invalid choices too.
let compiled: ReturnType<typeof validatorCompiler> | undefined;
const validate = (body: unknown) => {
  compiled ??= validatorCompiler({
    schema: ProductCreateSchema,
    httpPart: 'body',
    method: 'POST',
    url: '/products/',
  });
  return { valid: compiled(body) === true, errors: (compiled as { errors?: unknown }).errors };
};

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .trim()
    .toLowerCase();
const CATEGORY_BY_FOLDED = new Map(CATEGORIES.map((c) => [fold(c), c]));

export interface Rounding {
  id: number;
  from: string;
  to: string;
}

export type ProductVerdict =
  | { id: number; valid: true; rounding?: Rounding }
  | {
      id: number;
      valid: false;
      rounding?: Rounding;
      /** What cais refuses, one entry per field. */
      problems: string[];
      /** The repaired row and what was changed, when a safe repair exists. */
      fix?: { row: FixedProduct; changes: string[] };
    };

function problemsOf(row: {
  name: string | null;
  description: string | null;
  price: string | undefined;
  categoria: string | null;
  email_fornecedor: string | null;
  created_at: string | null;
}): string[] {
  const body: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key === 'created_at') continue;
    // A NULL description is allowed; any other NULL is a missing field.
    if (value !== null || key === 'description') body[key] = value;
  }
  if (row.price !== undefined) body.price = Number(row.price);
  const result = validate(body);
  const problems = result.valid
    ? []
    : fieldErrors(result.errors as Parameters<typeof fieldErrors>[0], 'body').map(
        (e) => `${e.field} ${e.message}`,
      );
  if (row.created_at === null) problems.push('created_at is missing');
  return problems;
}

/** Repairs that keep the meaning: surrounding spaces, a category's case or accents, a lost date. */
function repair(
  original: OriginalProduct,
  cents: string | undefined,
  adoptedAt: string,
): { row: FixedProduct; changes: string[] } | undefined {
  const changes: string[] = [];
  const trimmed = (field: 'name' | 'email_fornecedor', value: string | null) => {
    const result = value?.trim() ?? null;
    if (result !== value) changes.push(`${field} trimmed`);
    return result;
  };
  const name = trimmed('name', original.name);
  const email = trimmed('email_fornecedor', original.email_fornecedor);
  const categoria =
    original.categoria === null ? null : (CATEGORY_BY_FOLDED.get(fold(original.categoria)) ?? null);
  if (categoria !== null && categoria !== original.categoria) {
    changes.push(`categoria ${JSON.stringify(original.categoria)} -> ${JSON.stringify(categoria)}`);
  }
  const createdAt = original.created_at ?? adoptedAt;
  if (original.created_at === null) changes.push('created_at set to the time of adoption');
  const candidate = {
    name,
    description: original.description,
    price: cents,
    categoria: categoria ?? original.categoria,
    email_fornecedor: email,
    created_at: createdAt,
  };
  if (problemsOf(candidate).length > 0 || changes.length === 0) return undefined;
  return {
    row: {
      id: original.id,
      name: name ?? '',
      description: original.description,
      price: cents ?? '',
      categoria: candidate.categoria ?? '',
      email_fornecedor: email ?? '',
      created_at: createdAt,
    },
    changes,
  };
}

/** Checks one original row as the api would, and says how adopt would repair it, if it can. */
export function checkProduct(original: OriginalProduct, adoptedAt: string): ProductVerdict {
  const rounded = original.price === null ? undefined : roundToCents(original.price);
  const rounding =
    rounded && !rounded.exact
      ? { id: original.id, from: original.price ?? '', to: rounded.cents }
      : undefined;
  const problems = problemsOf({ ...original, price: rounded?.cents });
  if (original.price !== null && rounded === undefined) {
    problems.splice(problems.indexOf('price is required'), 1);
    problems.unshift(`price ${original.price} is not a finite number`);
  }
  const withRounding = rounding ? { rounding } : {};
  if (problems.length === 0) return { id: original.id, valid: true, ...withRounding };
  const fix = repair(original, rounded?.cents, adoptedAt);
  return { id: original.id, valid: false, problems, ...withRounding, ...(fix ? { fix } : {}) };
}
