import { describe, expect, it } from 'vitest';
import { formatsFor, initialLocale } from '../src/i18n/locale';
import { parseMoney } from '../src/i18n/money';

const value = (text: string, locale: 'en' | 'pt-BR') => {
  const parsed = parseMoney(text, locale);
  return parsed.ok ? parsed.value : parsed.reason;
};

describe('money as people type it', () => {
  it('reads Brazilian amounts', () => {
    expect(value('1.899,90', 'pt-BR')).toBe(1899.9);
    expect(value('R$ 1.234.567,89', 'pt-BR')).toBe(1234567.89);
    expect(value('12,5', 'pt-BR')).toBe(12.5);
    expect(value('1.899', 'pt-BR')).toBe(1899);
    expect(value('0,99', 'pt-BR')).toBe(0.99);
  });

  it('reads English amounts', () => {
    expect(value('1,899.90', 'en')).toBe(1899.9);
    expect(value('R$1,234,567.89', 'en')).toBe(1234567.89);
    expect(value('1,899', 'en')).toBe(1899);
    expect(value('.5', 'en')).toBe(0.5);
  });

  it('accepts a plain decimal point or comma from the other convention', () => {
    expect(value('1899.90', 'pt-BR')).toBe(1899.9);
    expect(value('12,5', 'en')).toBe(12.5);
  });

  it('keeps the exact amount typed, however many digits', () => {
    expect(value('9.999.999.999,99', 'pt-BR')).toBe(9999999999.99);
    expect(value('0.1', 'en')).toBe(0.1);
  });

  it('counts decimal places, so the form can refuse a third one', () => {
    expect(parseMoney('10,999', 'pt-BR')).toMatchObject({ ok: true, decimals: 3 });
    expect(parseMoney('10,995', 'en')).toMatchObject({ ok: true, value: 10995 });
    expect(parseMoney('10.995', 'en')).toMatchObject({ ok: true, decimals: 3 });
    expect(parseMoney('10,50', 'pt-BR')).toMatchObject({ ok: true, decimals: 1 });
  });

  it('rejects what is not an amount', () => {
    expect(value('', 'en')).toBe('empty');
    expect(value('  ', 'pt-BR')).toBe('empty');
    expect(value('abc', 'en')).toBe('format');
    expect(value('-5', 'en')).toBe('format');
    expect(value('1e3', 'en')).toBe('format');
    expect(value('1.2.3,4', 'pt-BR')).toBe('format');
    expect(value('1.899,90', 'en')).toBe('format');
    expect(value('12,34,56', 'en')).toBe('format');
  });

  it('formats money in reais for each language', () => {
    const nbsp = /\u00a0/g;
    expect(formatsFor('pt-BR').money(1899.9).replace(nbsp, ' ')).toBe('R$ 1.899,90');
    expect(formatsFor('en').money(1899.9)).toBe('R$1,899.90');
    expect(formatsFor('pt-BR').moneyInput(1899.9)).toBe('1.899,90');
    expect(formatsFor('en').number(100000)).toBe('100,000');
    expect(formatsFor('pt-BR').number(100000)).toBe('100.000');
  });
});

describe('the language at start', () => {
  it('follows the browser, then the saved choice', () => {
    expect(initialLocale(['pt-BR', 'en'], null)).toBe('pt-BR');
    expect(initialLocale(['pt-PT'], null)).toBe('pt-BR');
    expect(initialLocale(['de-DE', 'en-GB'], null)).toBe('en');
    expect(initialLocale(['fr'], null)).toBe('en');
    expect(initialLocale(['pt-BR'], 'en')).toBe('en');
    expect(initialLocale(['en'], 'xx')).toBe('en');
  });
});
