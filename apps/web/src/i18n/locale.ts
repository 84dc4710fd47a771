/** The languages of the UI; the first is the fallback. */
export const LOCALES = ['en', 'pt-BR'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  'pt-BR': 'Português (Brasil)',
};

/** Product prices are in Brazilian reais, whatever the language shown. */
export const CURRENCY = 'BRL';

const STORAGE_KEY = 'cais.locale';

const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** The person's earlier choice, else the browser's first language we speak, else English. */
export function initialLocale(
  preferred: readonly string[],
  stored: string | null = readStoredLocale(),
): Locale {
  if (isLocale(stored)) return stored;
  for (const tag of preferred) {
    const language = tag.toLowerCase().split('-')[0];
    if (language === 'pt') return 'pt-BR';
    if (language === 'en') return 'en';
  }
  return 'en';
}

function readStoredLocale(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage disabled: the choice just isn't remembered
  }
}

export function storeLocale(locale: Locale): void {
  try {
    localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // storage disabled
  }
}

/** Formatters for one locale, built once: Intl constructors are costly in a table render. */
export interface Formats {
  number: (value: number) => string;
  money: (value: number) => string;
  /** A price as typed in a field: grouped, two decimals, no currency symbol. */
  moneyInput: (value: number) => string;
  dateTime: (iso: string) => string;
}

export function formatsFor(locale: Locale): Formats {
  const number = new Intl.NumberFormat(locale);
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency: CURRENCY });
  const moneyInput = new Intl.NumberFormat(locale, {
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  return {
    number: (value) => number.format(value),
    money: (value) => money.format(value),
    moneyInput: (value) => moneyInput.format(value),
    dateTime: (iso) => dateTime.format(new Date(iso)),
  };
}
