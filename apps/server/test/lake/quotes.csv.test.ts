import { describe, expect, it } from 'vitest';
import { BadFileError, parseQuotesCsv, quotesToCsv } from '../../src/lake/quotes.csv.js';
import { quote } from '../helpers/pipeline.js';

const row = quote({ percent_change_7d: null });

const reason = (text: string, slug = 'bitcoin'): string => {
  try {
    parseQuotesCsv(text, slug);
  } catch (error) {
    if (error instanceof BadFileError) return error.message;
    throw error;
  }
  throw new Error('expected a bad file');
};

describe('lake CSV', () => {
  it("writes ;-separated lines, header first, the original's four columns leading", () => {
    expect(quotesToCsv([row])).toBe(
      'price;volume_24h;market_cap;last_updated;symbol;convert;cmc_id;percent_change_1h;percent_change_24h;percent_change_7d;circulating_supply\n' +
        '512345.678901;201234567890.12;10221234567890.1;2026-11-22T14:04:00.000Z;BTC;BRL;1;0.12;-1.05;;19950012\n',
    );
  });

  it('reads back what it writes', () => {
    expect(parseQuotesCsv(quotesToCsv([row]), 'bitcoin')).toEqual([row]);
  });

  it('reads files of the original pipeline (four columns) as BTC in BRL', () => {
    const original =
      'price;volume_24h;market_cap;last_updated\n' +
      '350123.45;98765432100.5;6.9e12;2025-06-01 12:00:00+00:00\n';
    expect(parseQuotesCsv(original, 'bitcoin')).toEqual([
      {
        symbol: 'BTC',
        convert: 'BRL',
        cmc_id: null,
        last_updated: '2025-06-01T12:00:00.000Z',
        price: '350123.45',
        volume_24h: '98765432100.5',
        market_cap: '6.9e12',
        percent_change_1h: null,
        percent_change_24h: null,
        percent_change_7d: null,
        circulating_supply: null,
      },
    ]);
  });

  it('reads columns by header name, in any order, with quotes, a BOM and CRLF', () => {
    const text =
      '\uFEFFlast_updated;"price";symbol;convert;market_cap\r\n' +
      '2026-01-01T00:00:00.123456Z;"42.5";ETH;USD;\r\n';
    expect(parseQuotesCsv(text, 'ethereum')[0]).toMatchObject({
      symbol: 'ETH',
      convert: 'USD',
      price: '42.5',
      market_cap: null,
      last_updated: '2026-01-01T00:00:00.123Z',
    });
  });

  it('converts times with an offset to UTC, and takes times without one as UTC', () => {
    const at = (time: string) =>
      parseQuotesCsv(`price;last_updated\n1;${time}\n`, 'bitcoin')[0]?.last_updated;
    expect(at('2026-01-01T03:00:00-03:00')).toBe('2026-01-01T06:00:00.000Z');
    expect(at('2026-01-01 03:00:00')).toBe('2026-01-01T03:00:00.000Z');
    expect(at('2026-01-01T03:00:00+0530')).toBe('2025-12-31T21:30:00.000Z');
  });

  it.each([
    ['', 'empty file'],
    ['price;last_updated\n', 'no data rows under the header'],
    [
      'volume_24h;last_updated\n1;2026-01-01T00:00:00Z\n',
      'no price column (header: volume_24h;last_updated); expected price;volume_24h;market_cap;last_updated',
    ],
    ['price,volume_24h,market_cap,last_updated\n1,2,3,2026-01-01\n', /^no price column/],
    [
      'price;last_updated\n1;2026-01-01T00:00:00Z;extra\n',
      'not a ;-separated CSV: line 2 has 3 fields, the header 2',
    ],
    ['price;last_updated\n1,5;2026-01-01T00:00:00Z\n', 'line 2: price "1,5" is not a number'],
    ['price;last_updated\n;2026-01-01T00:00:00Z\n', 'line 2: price is empty'],
    [
      'price;last_updated\n1;yesterday\n',
      'line 2: last_updated "yesterday" is not an ISO 8601 time',
    ],
    [
      'price;last_updated\n1;2026-02-30T00:00:00Z\n',
      'line 2: last_updated "2026-02-30T00:00:00Z" is not an ISO 8601 time',
    ],
    [
      'price;last_updated;symbol\n1;2026-01-01T00:00:00Z;btc\n',
      'line 2: symbol "btc" is not a symbol',
    ],
    [
      'price;last_updated;cmc_id\n1;2026-01-01T00:00:00Z;one\n',
      'line 2: cmc_id "one" is not an id',
    ],
  ])('refuses a bad file, saying why: %j', (text, expected) => {
    expect(reason(text)).toMatch(expected);
  });

  it('refuses a file without symbols outside the original raw/bitcoin folder', () => {
    expect(reason('price;last_updated\n1;2026-01-01T00:00:00Z\n', 'ethereum')).toBe(
      "no symbol column, and only the original pipeline's raw/bitcoin files may omit it",
    );
  });
});
