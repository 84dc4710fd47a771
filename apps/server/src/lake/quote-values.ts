/**
 * What a quote's values may be before they go near SQL, shared by the extraction (a
 * CoinMarketCap body) and the loader (a lake CSV): one bad value rejects its object, never a
 * batch. The bounds are the columns' own: quotes are numeric, but the rollups read prices as
 * float8, which refuses anything a double cannot hold (1e400 overflows, 1e-400 underflows), and a
 * timestamptz refuses years like 0000.
 */

/** No crypto quote predates Bitcoin's first block (2009-01-03); this leaves a little margin. */
export const EARLIEST_QUOTE_MS = Date.UTC(2009, 0, 1);
/** Clocks disagree a little; a quote from days ahead is a broken source, not a fast one. */
export const FUTURE_MARGIN_MS = 2 * 86_400_000;
/** Magnitudes a double holds with room to spare; 0 is allowed where a column allows it. */
const LARGEST = 1e300;
const SMALLEST = 1e-300;
/** A decimal of more characters is a broken file, not a quote; numeric would refuse some. */
export const MAX_DECIMAL_CHARS = 64;

/** Why a value cannot be stored, or undefined when it can. */
export function decimalProblem(
  text: string,
  options: { positive?: boolean } = {},
): string | undefined {
  if (text.length > MAX_DECIMAL_CHARS) return `has more than ${MAX_DECIMAL_CHARS} characters`;
  const value = Number(text);
  if (!Number.isFinite(value) || Math.abs(value) > LARGEST) return 'is out of range';
  // 1e-400 reads as 0: a mantissa with a non-zero digit says it was not.
  const nonZero = /[1-9]/.test(text.split(/e/i)[0] ?? '');
  if (nonZero && (value === 0 || Math.abs(value) < SMALLEST)) return 'is out of range (too small)';
  if (options.positive && !(value > 0)) return 'must be greater than 0';
  return undefined;
}

/** Why a quote time cannot be stored, or undefined when it can. */
export function timeProblem(ms: number, now: number = Date.now()): string | undefined {
  if (Number.isNaN(ms)) return 'is not a valid time';
  if (ms < EARLIEST_QUOTE_MS) return 'is before 2009, earlier than any crypto quote';
  if (ms > now + FUTURE_MARGIN_MS) return 'is more than two days in the future';
  return undefined;
}

/** At most `max` characters of a value, for a message: a bad file's content never floods a log. */
export function excerpt(value: string, max = 40): string {
  const text = JSON.stringify(value.length > max ? value.slice(0, max) : value);
  return value.length > max ? `${text}… (${value.length} characters)` : text;
}
