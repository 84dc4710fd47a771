import Type, { type Static, type TSchema } from 'typebox';
import { Compile } from 'typebox/compile';
import { SLUG } from '../lake/keys.js';
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
  price: Type.Number(),
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
