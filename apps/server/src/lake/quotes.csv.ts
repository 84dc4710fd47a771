import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { decimalProblem, excerpt, timeProblem } from './quote-values.js';

/** One quote as the lake's CSV holds it and crypto_quotes stores it: decimals stay text. */
export interface QuoteRow {
  symbol: string;
  convert: string;
  cmc_id: number | null;
  /** ISO 8601, UTC. */
  last_updated: string;
  price: string;
  volume_24h: string | null;
  market_cap: string | null;
  percent_change_1h: string | null;
  percent_change_24h: string | null;
  percent_change_7d: string | null;
  circulating_supply: string | null;
}

/** The decimal columns of a quote: text in the lake, so no digit is lost on the way. */
export const DECIMAL_COLUMNS = [
  'price',
  'volume_24h',
  'market_cap',
  'percent_change_1h',
  'percent_change_24h',
  'percent_change_7d',
  'circulating_supply',
] as const satisfies readonly (keyof QuoteRow)[];

/**
 * The original pipeline's four columns first, so its readers keep working, then ours.
 * ARCHITECTURE.md section 6.
 */
export const CSV_COLUMNS = [
  'price',
  'volume_24h',
  'market_cap',
  'last_updated',
  'symbol',
  'convert',
  'cmc_id',
  'percent_change_1h',
  'percent_change_24h',
  'percent_change_7d',
  'circulating_supply',
] as const satisfies readonly (keyof QuoteRow)[];

export function quotesToCsv(rows: readonly QuoteRow[]): string {
  return stringify(
    rows.map((row) => CSV_COLUMNS.map((column) => row[column] ?? '')),
    { delimiter: ';', header: true, columns: [...CSV_COLUMNS], record_delimiter: 'unix' },
  );
}

/** Why a lake file cannot be loaded; replay reports it with the key and goes on. */
export class BadFileError extends Error {}

/**
 * The original pipeline collected BTC in BRL only and wrote neither column: its files are known
 * by their folder. ARCHITECTURE.md section 7.
 */
const ORIGINAL_SYMBOLS: Record<string, string> = { bitcoin: 'BTC' };
const ORIGINAL_CONVERT = 'BRL';

const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
/** What pandas and friends write for a missing number. */
const MISSING = new Set(['', 'nan', 'none', 'null', 'na']);
/** ISO 8601 with a T or a space (pandas), any fraction, and a zone; none means UTC. */
const TIMESTAMP =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function decimal(value: string | undefined, column: string, line: number): string | null {
  if (value === undefined || MISSING.has(value.toLowerCase())) return null;
  if (!DECIMAL.test(value)) {
    throw new BadFileError(`line ${line}: ${column} ${excerpt(value)} is not a number`);
  }
  const problem = decimalProblem(value, { positive: column === 'price' });
  if (problem) throw new BadFileError(`line ${line}: ${column} ${excerpt(value)} ${problem}`);
  return value;
}

/** `+03`, `+0300` and `+03:00` as `+03:00`; no zone, or Z, as UTC. */
function zoneSuffix(zone: string | undefined): string {
  const match = /^([+-]\d{2}):?(\d{2})?$/.exec(zone ?? '');
  return match ? `${match[1]}:${match[2] ?? '00'}` : 'Z';
}

/** Date accepts 2026-02-30 as 2 March; a calendar does not. */
function isCalendarDay(day: string): boolean {
  const [year = 0, month = 0, date = 0] = day.split('-').map(Number);
  const check = new Date(Date.UTC(year, month - 1, date));
  return check.getUTCMonth() === month - 1 && check.getUTCDate() === date;
}

function timestamp(value: string | undefined, line: number): string {
  const parsed = TIMESTAMP.exec(value ?? '');
  const match = parsed?.[1] && isCalendarDay(parsed[1]) ? parsed : undefined;
  // Milliseconds are all a Date keeps; CoinMarketCap sends no more.
  const time = match
    ? new Date(`${match[1]}T${match[2]}${zoneSuffix(match[3])}`.replace(/(\.\d{3})\d+/, '$1'))
    : undefined;
  if (!time || Number.isNaN(time.getTime())) {
    throw new BadFileError(
      `line ${line}: last_updated ${excerpt(value ?? '')} is not an ISO 8601 time`,
    );
  }
  const problem = timeProblem(time.getTime());
  if (problem)
    throw new BadFileError(`line ${line}: last_updated ${excerpt(value ?? '')} ${problem}`);
  return time.toISOString();
}

/**
 * The cells of a `;`-separated file. Without a double quote, CSV is lines split on the
 * delimiter: that path reads a year of lake files in a fraction of the time csv-parse takes
 * (about 60 µs a call, mostly per-call set-up), and csv-parse reads the rest.
 */
function records(text: string): string[][] {
  if (!text.includes('"')) {
    const lines = text
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '');
    const rows = lines.map((line) => line.split(';').map((cell) => cell.trim()));
    const width = rows[0]?.length;
    const ragged = rows.findIndex((row) => row.length !== width);
    if (ragged !== -1) {
      throw new BadFileError(
        `not a ;-separated CSV: line ${ragged + 1} has ${rows[ragged]?.length} fields, the header ${width}`,
      );
    }
    return rows;
  }
  try {
    return parse(text, { delimiter: ';', bom: true, trim: true, skip_empty_lines: true });
  } catch (error) {
    throw new BadFileError(`not a ;-separated CSV: ${excerpt((error as Error).message, 160)}`);
  }
}

/**
 * Reads a lake CSV by header name, so files of the original pipeline (four columns, BTC in BRL)
 * load as well as ours. `slug` is the coin folder the file sits in.
 */
export function parseQuotesCsv(text: string, slug: string): QuoteRow[] {
  const [header, ...lines] = records(text);
  if (!header) throw new BadFileError('empty file');
  // A CSV grown by appending may repeat its header where each append began.
  const heading = header.join(';').toLowerCase();
  const data = lines
    .map((record, i) => ({ record, line: i + 2 }))
    .filter(({ record }) => record.join(';').toLowerCase() !== heading);
  const index = new Map(header.map((name, i) => [name.toLowerCase(), i]));
  for (const required of ['price', 'last_updated']) {
    if (!index.has(required)) {
      throw new BadFileError(
        `no ${required} column (header: ${header.join(';').slice(0, 80)}); expected ${CSV_COLUMNS.slice(0, 4).join(';')}`,
      );
    }
  }
  const fixedSymbol = index.has('symbol') ? undefined : ORIGINAL_SYMBOLS[slug];
  if (!index.has('symbol') && fixedSymbol === undefined) {
    throw new BadFileError(
      `no symbol column, and only the original pipeline's raw/bitcoin files may omit it`,
    );
  }
  if (data.length === 0) throw new BadFileError('no data rows under the header');

  return data.map(({ record, line }) => {
    const cell = (column: string) => {
      const at = index.get(column);
      return at === undefined ? undefined : record[at];
    };
    const symbol = fixedSymbol ?? cell('symbol') ?? '';
    const convert = cell('convert') ?? ORIGINAL_CONVERT;
    if (!/^[A-Z0-9]{1,20}$/.test(symbol)) {
      throw new BadFileError(`line ${line}: symbol ${excerpt(symbol)} is not a symbol`);
    }
    if (!/^[A-Z0-9]{2,10}$/.test(convert)) {
      throw new BadFileError(`line ${line}: convert ${excerpt(convert)} is not a currency`);
    }
    const price = decimal(cell('price'), 'price', line);
    if (price === null) throw new BadFileError(`line ${line}: price is empty`);
    const cmcId = cell('cmc_id');
    if (cmcId !== undefined && cmcId !== '' && !/^\d{1,9}$/.test(cmcId)) {
      throw new BadFileError(`line ${line}: cmc_id ${excerpt(cmcId)} is not an id`);
    }
    return {
      symbol,
      convert,
      cmc_id: cmcId ? Number(cmcId) : null,
      last_updated: timestamp(cell('last_updated'), line),
      price,
      volume_24h: decimal(cell('volume_24h'), 'volume_24h', line),
      market_cap: decimal(cell('market_cap'), 'market_cap', line),
      percent_change_1h: decimal(cell('percent_change_1h'), 'percent_change_1h', line),
      percent_change_24h: decimal(cell('percent_change_24h'), 'percent_change_24h', line),
      percent_change_7d: decimal(cell('percent_change_7d'), 'percent_change_7d', line),
      circulating_supply: decimal(cell('circulating_supply'), 'circulating_supply', line),
    };
  });
}
