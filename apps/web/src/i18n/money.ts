import type { Locale } from './locale';

export type MoneyParse =
  { ok: true; value: number; decimals: number } | { ok: false; reason: 'empty' | 'format' };

const SEPARATORS: Record<Locale, { decimal: string; group: string }> = {
  en: { decimal: '.', group: ',' },
  'pt-BR': { decimal: ',', group: '.' },
};

/**
 * Reads an amount as a person types it in `locale` ("1.899,90" in Portuguese, "1,899.90" in
 * English), also accepting the other convention when it is unambiguous ("1899.90" in Portuguese).
 * The value is built from the digits as a decimal string, so it is the exact amount typed.
 */
export function parseMoney(text: string, locale: Locale): MoneyParse {
  const cleaned = text.replace(/R\$|\s|\u00a0/g, '');
  if (cleaned === '') return { ok: false, reason: 'empty' };
  if (!/^[\d.,]+$/.test(cleaned)) return { ok: false, reason: 'format' };
  const { decimal, group } = SEPARATORS[locale];
  let integer: string;
  let fraction = '';
  const at = cleaned.lastIndexOf(decimal);
  if (at >= 0) {
    integer = cleaned.slice(0, at);
    fraction = cleaned.slice(at + 1);
    if (!groupedCorrectly(integer, group)) return { ok: false, reason: 'format' };
  } else {
    const parts = cleaned.split(group);
    const last = parts[parts.length - 1] ?? '';
    // One "group" separator followed by one or two digits can only be a decimal point typed in
    // the other convention ("12.5" is not twelve thousand five hundred).
    if (parts.length === 2 && last.length > 0 && last.length <= 2) {
      integer = parts[0] ?? '';
      fraction = last;
    } else {
      integer = cleaned;
      if (!groupedCorrectly(integer, group)) return { ok: false, reason: 'format' };
    }
  }
  integer = integer.split(group).join('');
  if (!/^\d*$/.test(integer) || !/^\d*$/.test(fraction) || integer + fraction === '') {
    return { ok: false, reason: 'format' };
  }
  const digits = fraction.replace(/0+$/, '');
  return {
    ok: true,
    value: Number(`${integer || '0'}.${fraction || '0'}`),
    decimals: digits.length,
  };
}

/** Group separators, when present, must split the integer part into threes. */
function groupedCorrectly(integer: string, group: string): boolean {
  if (!integer.includes(group)) return true;
  const parts = integer.split(group);
  return (
    (parts[0]?.length ?? 0) >= 1 &&
    (parts[0]?.length ?? 0) <= 3 &&
    parts.slice(1).every((p) => p.length === 3)
  );
}

export interface MoneyFormatOptions {
  /** Large amounts shortened for a card: "R$ 1.2B", "US$ 3,4 mi". */
  compact?: boolean;
}

const moneyFormats = new Map<string, (value: number) => string>();

/**
 * Formats an amount in any quote currency for `locale`. A code Intl does not take as a currency
 * (crypto codes longer than three letters) is written after the number instead; prices under one
 * unit keep more decimals, so a small coin does not read as 0.00.
 */
export function formatMoney(
  value: number,
  locale: Locale,
  currency: string,
  { compact = false }: MoneyFormatOptions = {},
): string {
  const magnitude = compact
    ? 'compact'
    : Math.abs(value) > 0 && Math.abs(value) < 1
      ? 'small'
      : 'plain';
  const key = `${locale}|${currency}|${magnitude}`;
  let format = moneyFormats.get(key);
  if (!format) {
    const digits: Intl.NumberFormatOptions =
      magnitude === 'compact'
        ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 2 }
        : magnitude === 'small'
          ? { maximumSignificantDigits: 6 }
          : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
    try {
      const intl = new Intl.NumberFormat(locale, { style: 'currency', currency, ...digits });
      format = (n) => intl.format(n);
    } catch {
      const intl = new Intl.NumberFormat(locale, digits);
      format = (n) => `${intl.format(n)} ${currency}`;
    }
    moneyFormats.set(key, format);
  }
  return format(value);
}
