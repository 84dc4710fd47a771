import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatsFor, initialLocale, storeLocale, type Formats, type Locale } from './locale';
import { en, type Messages } from './messages.en';
import { ptBR } from './messages.pt-BR';

const MESSAGES: Record<Locale, Messages> = { en, 'pt-BR': ptBR };

export interface I18n {
  locale: Locale;
  t: Messages;
  format: Formats;
  setLocale: (locale: Locale) => void;
  /** The name of a category in this language (the data keeps the Portuguese names). */
  categoryLabel: (name: string) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({
  children,
  locale: forced,
}: {
  children: ReactNode;
  /** For tests: start in this language instead of the browser's. */
  locale?: Locale;
}) {
  const [locale, setLocaleState] = useState<Locale>(
    () => forced ?? initialLocale(navigator.languages),
  );
  const value = useMemo<I18n>(() => {
    const t = MESSAGES[locale];
    return {
      locale,
      t,
      format: formatsFor(locale),
      setLocale: (next) => {
        storeLocale(next);
        setLocaleState(next);
      },
      categoryLabel: (name) => t.categories[name] ?? name,
    };
  }, [locale]);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
