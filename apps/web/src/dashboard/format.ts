import type { Locale } from '../i18n/locale';

/** Formatters the dashboard needs beyond money (i18n/money.ts): changes, ages, times. */

const percents = new Map<Locale, Intl.NumberFormat>();

/** A change in percent points, always signed: "+1.25%", "−0,40%". */
export function formatPercent(value: number, locale: Locale): string {
  let format = percents.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'percent',
      signDisplay: 'exceptZero',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    percents.set(locale, format);
  }
  // A change below a hundredth of a percent keeps two significant digits instead of "0.00%".
  if (value !== 0 && Math.abs(value) < 0.01) {
    return new Intl.NumberFormat(locale, {
      style: 'percent',
      signDisplay: 'exceptZero',
      maximumSignificantDigits: 2,
    }).format(value / 100);
  }
  return format.format(value / 100);
}

/** How long ago, in words: "3 minutes ago", "há 2 dias". */
export function ageInWords(seconds: number, locale: Locale): string {
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  const s = Math.max(0, Math.round(seconds));
  if (s < 60) return format.format(-s, 'second');
  if (s < 3_600) return format.format(-Math.floor(s / 60), 'minute');
  if (s < 86_400) return format.format(-Math.floor(s / 3_600), 'hour');
  return format.format(-Math.floor(s / 86_400), 'day');
}

/** A span of time in words: "5 minutes", "2.5 hours", "3 days". */
export function durationInWords(seconds: number, locale: Locale): string {
  const unit = (value: number, name: 'second' | 'minute' | 'hour' | 'day') =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'long' }).format(value);
  if (seconds < 60) return unit(Math.round(seconds), 'second');
  if (seconds < 3_600) return unit(Math.round(seconds / 60), 'minute');
  if (seconds < 86_400) return unit(Math.round((seconds / 3_600) * 10) / 10, 'hour');
  return unit(Math.round((seconds / 86_400) * 10) / 10, 'day');
}

const dateTimes = new Map<string, Intl.DateTimeFormat>();

/** A time with seconds when `precise` (the rows of the table), else to the minute. */
export function formatTime(iso: string | number, locale: Locale, precise = false): string {
  const key = `${locale}|${precise ? 1 : 0}`;
  let format = dateTimes.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'medium',
      timeStyle: precise ? 'medium' : 'short',
    });
    dateTimes.set(key, format);
  }
  return format.format(typeof iso === 'number' ? iso : new Date(iso));
}
