import Type, { type Static, type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { SLUG } from '../lake/keys.js';
import { decimalProblem, excerpt, timeProblem } from '../lake/quote-values.js';
import { CmcResponseError } from './cmc.errors.js';

/** The documented shapes of the CoinMarketCap responses the pipeline reads (reference/coinmarketcap.md). */

const NumberOrNull = Type.Union([Type.Number(), Type.Null()]);
const Time = Type.String({ format: 'date-time' });

const Status = Type.Object({
  timestamp: Type.String(),
  error_code: Type.Integer(),
  error_message: Type.Union([Type.String(), Type.Null()]),
  credit_count: Type.Optional(Type.Integer({ minimum: 0 })),
});

/** Enough of each coin to choose among the coins sharing a symbol; the chosen one is checked in full. */
const QuotesEnvelope = Type.Object({
  status: Status,
  data: Type.Record(
    Type.String(),
    Type.Array(
      Type.Object({
        id: Type.Integer(),
        cmc_rank: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
      }),
    ),
  ),
});

const Quote = Type.Object({
  // Zero or negative is a broken source, not a price.
  price: Type.Number({ exclusiveMinimum: 0 }),
  volume_24h: NumberOrNull,
  market_cap: NumberOrNull,
  percent_change_1h: Type.Optional(NumberOrNull),
  percent_change_24h: Type.Optional(NumberOrNull),
  percent_change_7d: Type.Optional(NumberOrNull),
  last_updated: Time,
});

const coinSchema = (convert: string) =>
  Type.Object({
    id: Type.Integer({ minimum: 1 }),
    name: Type.String(),
    symbol: Type.String(),
    // It names a lake folder.
    slug: Type.String({ pattern: SLUG.source }),
    cmc_rank: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
    circulating_supply: Type.Optional(NumberOrNull),
    last_updated: Time,
    quote: Type.Object({ [convert]: Quote }),
  });

export type Coin = Static<ReturnType<typeof coinSchema>>;
export type CoinQuote = Static<typeof Quote>;

const KeyInfo = Type.Object({
  data: Type.Object({
    plan: Type.Object({
      credit_limit_monthly: Type.Number(),
      rate_limit_minute: Type.Optional(Type.Number()),
    }),
    usage: Type.Object({
      current_day: Type.Object({ credits_used: Type.Number() }),
      current_month: Type.Object({
        credits_used: Type.Number(),
        credits_left: Type.Optional(NumberOrNull),
      }),
    }),
  }),
});

export type KeyInfo = Static<typeof KeyInfo>['data'];

const preview = (value: unknown) => {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
};

function valueAt(root: unknown, path: string): unknown {
  let value = root;
  for (const part of path.split('/').slice(1)) {
    value = value instanceof Object ? (value as Record<string, unknown>)[part] : undefined;
  }
  return value;
}

/** A compiled schema whose failure names the JSON path of the first bad field. */
export function checker<T extends TSchema>(schema: T, what: string) {
  const compiled = Compile(schema);
  return (value: unknown, pathPrefix = ''): Static<T> => {
    if (compiled.Check(value)) return value;
    const errors = [...compiled.Errors(value)];
    const first = errors[0];
    if (!first) throw new CmcResponseError(`${what}: does not match the documented shape`);
    let path = first.instancePath;
    let problem: string;
    if (first.keyword === 'required') {
      const missing = (first.params as { requiredProperties?: string[] }).requiredProperties ?? [];
      path = `${path}/${missing[0] ?? '?'}`;
      problem = 'is missing';
    } else {
      // A union fails once per member: "must be number", "must be null" read as one.
      const types = errors
        .filter((e) => e.instancePath === path && e.keyword === 'type')
        .map((e) => String((e.params as { type?: unknown }).type));
      problem = `${types.length > 0 ? `must be ${types.join(' or ')}` : first.message} (got ${preview(valueAt(value, path))})`;
    }
    throw new CmcResponseError(`${what}: ${pathPrefix}${path || '/'} ${problem}`);
  };
}

export const checkEnvelope = checker(QuotesEnvelope, 'unexpected quotes response');
export const checkKeyInfo = checker(KeyInfo, 'unexpected key info response');

const coinCheckers = new Map<string, ReturnType<typeof checker>>();

/** Checks one coin of a quotes response in full, for the requested quote currency. */
export function checkCoin(value: unknown, convert: string, path: string): Coin {
  let check = coinCheckers.get(convert);
  if (!check) {
    check = checker(coinSchema(convert), 'unexpected quotes response');
    coinCheckers.set(convert, check);
  }
  return check(value, path) as Coin;
}

/**
 * Checks that a coin that has the documented shape can also become a row: its times are real
 * instants in a plausible range (a leap second `23:59:60Z` passes the date-time format but is no
 * JavaScript time) and its numbers fit the columns. The error names the field's path.
 */
export function checkQuoteValues(coin: Coin, convert: string, path: string, now: number): void {
  const fail = (field: string, value: unknown, problem: string): never => {
    throw new CmcResponseError(
      `unexpected quotes response: ${path}/${field} ${excerpt(String(value))} ${problem}`,
    );
  };
  const quote = coin.quote[convert];
  if (!quote) return fail(`quote/${convert}`, 'nothing', 'is missing');
  const ms = Date.parse(quote.last_updated);
  const timeIssue = Number.isNaN(ms) ? 'is not a valid time' : timeProblem(ms, now);
  if (timeIssue) fail(`quote/${convert}/last_updated`, quote.last_updated, timeIssue);
  const numbers: [string, number | null | undefined][] = [
    [`quote/${convert}/price`, quote.price],
    [`quote/${convert}/volume_24h`, quote.volume_24h],
    [`quote/${convert}/market_cap`, quote.market_cap],
    [`quote/${convert}/percent_change_1h`, quote.percent_change_1h],
    [`quote/${convert}/percent_change_24h`, quote.percent_change_24h],
    [`quote/${convert}/percent_change_7d`, quote.percent_change_7d],
    ['circulating_supply', coin.circulating_supply],
  ];
  for (const [field, value] of numbers) {
    if (value === null || value === undefined) continue;
    const problem = decimalProblem(String(value), { positive: field.endsWith('/price') });
    if (problem) fail(field, value, problem);
  }
}
