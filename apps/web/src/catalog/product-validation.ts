import { EMAIL_PATTERN, productRules } from '../api/rules.generated';
import type { Categoria, Product, ProductCreate, ProductPatch } from '../api/types';
import type { Locale } from '../i18n/locale';
import { parseMoney } from '../i18n/money';

/**
 * The product form's checks: the api's own rules, read from its OpenAPI schema
 * (rules.generated.ts), so the browser rejects what the api would and nothing more.
 */

export const FIELDS = ['name', 'description', 'price', 'categoria', 'email_fornecedor'] as const;
export type FieldName = (typeof FIELDS)[number];

/** What the person typed: text, the price included, as typed in their language. */
export type ProductFormValues = Record<FieldName, string>;

export type Issue =
  | { code: 'required' }
  | { code: 'blank' }
  | { code: 'tooLong'; max: number }
  | { code: 'priceFormat' }
  | { code: 'priceMin'; min: number }
  | { code: 'priceMax'; max: number }
  | { code: 'decimals'; places: number }
  | { code: 'category' }
  | { code: 'email' };

export type Issues = Partial<Record<FieldName, Issue>>;

export const EMPTY_VALUES: ProductFormValues = {
  name: '',
  description: '',
  price: '',
  categoria: '',
  email_fornecedor: '',
};

/** Characters as JSON Schema counts them: code points, so a character outside the BMP is one. */
const length = (text: string) =>
  text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

function checkText(
  value: string,
  field: 'name' | 'description' | 'email_fornecedor',
): Issue | undefined {
  const rule = productRules[field];
  if (value === '') return rule.required ? { code: 'required' } : undefined;
  if ('pattern' in rule && !new RegExp(rule.pattern, 'u').test(value)) return { code: 'blank' };
  if (length(value) > rule.maxLength) return { code: 'tooLong', max: rule.maxLength };
  if ('format' in rule && !EMAIL_PATTERN.test(value)) return { code: 'email' };
  return undefined;
}

function checkPrice(text: string, locale: Locale): Issue | undefined {
  const parsed = parseMoney(text, locale);
  if (!parsed.ok) return parsed.reason === 'empty' ? { code: 'required' } : { code: 'priceFormat' };
  const rule = productRules.price;
  if (parsed.value <= rule.exclusiveMinimum)
    return { code: 'priceMin', min: rule.exclusiveMinimum };
  if (parsed.value > rule.maximum) return { code: 'priceMax', max: rule.maximum };
  if (parsed.decimals > rule['x-decimal-places']) {
    return { code: 'decimals', places: rule['x-decimal-places'] };
  }
  return undefined;
}

export function validateField(
  field: FieldName,
  values: ProductFormValues,
  locale: Locale,
): Issue | undefined {
  const value = values[field];
  switch (field) {
    case 'price':
      return checkPrice(value, locale);
    case 'categoria':
      if (value === '') return { code: 'required' };
      return (productRules.categoria.enum as readonly string[]).includes(value)
        ? undefined
        : { code: 'category' };
    case 'description':
      return checkText(value, field);
    default:
      // Surrounding spaces are dropped on the way to the api, so they do not count here.
      return checkText(value.trim(), field);
  }
}

export function validateProduct(values: ProductFormValues, locale: Locale): Issues {
  const issues: Issues = {};
  for (const field of FIELDS) {
    const issue = validateField(field, values, locale);
    if (issue) issues[field] = issue;
  }
  return issues;
}

/** The create body of valid values (validateProduct found no issue). */
export function toCreateBody(values: ProductFormValues, locale: Locale): ProductCreate {
  const price = parseMoney(values.price, locale);
  if (!price.ok) throw new Error('toCreateBody needs valid values');
  return {
    name: values.name.trim(),
    description: values.description === '' ? null : values.description,
    price: price.value,
    categoria: values.categoria as Categoria,
    email_fornecedor: values.email_fornecedor.trim(),
  };
}

/** Only the fields that differ from the product as read: a merge patch touches nothing else. */
export function toPatchBody(
  values: ProductFormValues,
  product: Product,
  locale: Locale,
): ProductPatch {
  const next = toCreateBody(values, locale);
  const patch: ProductPatch = {};
  if (next.name !== product.name) patch.name = next.name;
  if ((next.description ?? null) !== product.description)
    patch.description = next.description ?? null;
  if (next.price !== product.price) patch.price = next.price;
  if (next.categoria !== product.categoria) patch.categoria = next.categoria;
  if (next.email_fornecedor !== product.email_fornecedor) {
    patch.email_fornecedor = next.email_fornecedor;
  }
  return patch;
}

/** The form's starting values for a product, the price written in the person's language. */
export function valuesOf(
  product: Product,
  formatPrice: (value: number) => string,
): ProductFormValues {
  return {
    name: product.name,
    description: product.description ?? '',
    price: formatPrice(product.price),
    categoria: product.categoria,
    email_fornecedor: product.email_fornecedor,
  };
}
