import Type, { type Static } from 'typebox';
import { Defaulted, type Validated } from '../http/validated.js';
import { SeriesQueryFields } from '../dashboard/series-query.schema.js';

/** The shapes of the price routes (docs/dashboard.md). Times are ISO 8601 UTC; money is a number. */

const Time = (description: string) => Type.String({ format: 'date-time', description });
const Money = (description: string) => Type.Number({ description });
const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const SeriesKeyQuerySchema = Type.Object(SeriesQueryFields);
export type SeriesKeyQuery = Static<typeof SeriesKeyQuerySchema>;

const RangeFields = {
  from: Type.Optional(
    Time(
      'Start of the range, inclusive; an offset is allowed (`+03:00`). Default: the first quote',
    ),
  ),
  to: Type.Optional(
    Time('End of the range, inclusive; an offset is allowed. Default: the newest quote'),
  ),
};

export const MarketSchema = Type.Object(
  {
    symbol: Type.String({ examples: ['BTC'] }),
    convert: Type.String({ examples: ['BRL'] }),
    rows: Type.Integer({ description: 'Quotes stored for this series' }),
    first: Time('Oldest quote'),
    last: Time('Newest quote'),
  },
  { description: 'A series of quotes: one coin in one currency' },
);
export type Market = Static<typeof MarketSchema>;

export const LatestSchema = Type.Object(
  {
    symbol: Type.String({ examples: ['BTC'] }),
    convert: Type.String({ examples: ['BRL'] }),
    price: Money('Newest price'),
    previous_price: nullable(Money('Price of the quote before the newest')),
    change: nullable(Money('price - previous_price')),
    change_percent: nullable(Type.Number({ description: 'change / previous_price, in %' })),
    percent_change_24h: nullable(Type.Number({ description: 'CoinMarketCap 24 h change, in %' })),
    volume_24h: nullable(Money('Traded in the last 24 h, in the quote currency')),
    market_cap: nullable(Money('Market capitalisation, in the quote currency')),
    last_updated: Time('When CoinMarketCap updated the newest quote'),
    previous_updated: nullable(Time('When the quote before it was updated')),
    age_seconds: Type.Integer({ description: 'Seconds since last_updated' }),
    interval_seconds: Type.Integer({ description: 'Seconds between two runs of ETL_SCHEDULE' }),
    stale: Type.Boolean({ description: 'age_seconds > 2 × interval_seconds' }),
  },
  { description: 'The newest quote of a series with its change and freshness' },
);
export type Latest = Static<typeof LatestSchema>;

export const MAX_POINTS = 5000;

export const SeriesQuerySchema = Type.Object({
  ...SeriesQueryFields,
  ...RangeFields,
  points: Defaulted(
    Type.Integer({
      minimum: 1,
      maximum: MAX_POINTS,
      default: 1000,
      description: `Most buckets to return (1 to ${MAX_POINTS})`,
    }),
  ),
});
export type SeriesQuery = Validated<typeof SeriesQuerySchema>;

export const SERIES_SOURCES = ['quotes', 'rollup_1h', 'rollup_3h', 'rollup_1d'] as const;
export type SeriesSource = (typeof SERIES_SOURCES)[number];

export const BucketSchema = Type.Object({
  time: Time('Start of the bucket'),
  open: Money('First price in the bucket'),
  high: Money('Highest price'),
  low: Money('Lowest price'),
  close: Money('Last price in the bucket'),
  count: Type.Integer({ minimum: 1, description: 'Quotes in the bucket' }),
});
export type Bucket = Static<typeof BucketSchema>;

export const SeriesSchema = Type.Object(
  {
    symbol: Type.String({ examples: ['BTC'] }),
    convert: Type.String({ examples: ['BRL'] }),
    from: Time('Start of the range (UTC)'),
    to: Time('End of the range (UTC)'),
    bucket_seconds: Type.Integer({
      minimum: 1,
      description: 'Bucket width: max(1, ceil((to - from) / points)) seconds',
    }),
    source: Type.Enum(SERIES_SOURCES, {
      type: 'string',
      description: 'The table that answered: the coarsest rollup no wider than a bucket',
    }),
    buckets: Type.Array(BucketSchema, { description: 'Non-empty buckets, oldest first' }),
  },
  { description: 'A price series downsampled to at most `points` buckets' },
);
export type Series = Static<typeof SeriesSchema>;

export const ROW_SORT_FIELDS = ['last_updated', 'price', 'volume_24h', 'market_cap'] as const;
export type RowSortField = (typeof ROW_SORT_FIELDS)[number];

export const RowsQuerySchema = Type.Object({
  ...SeriesQueryFields,
  limit: Defaulted(
    Type.Integer({ minimum: 1, maximum: 1000, default: 100, description: 'Page size (1 to 1000)' }),
  ),
  offset: Defaulted(
    Type.Integer({
      minimum: 0,
      maximum: 2_147_483_647,
      default: 0,
      description: 'Rows to skip',
    }),
  ),
  sort: Defaulted(
    Type.Enum(
      ROW_SORT_FIELDS.flatMap((field) => [field, `-${field}`]),
      {
        type: 'string',
        default: '-last_updated',
        description: `One of ${ROW_SORT_FIELDS.join(', ')}, \`-\` for descending`,
      },
    ),
  ),
});
export type RowsQuery = Validated<typeof RowsQuerySchema>;

export const QuoteRowSchema = Type.Object(
  {
    symbol: Type.String({ examples: ['BTC'] }),
    convert: Type.String({ examples: ['BRL'] }),
    last_updated: Time('When CoinMarketCap updated the quote'),
    price: Money('Price'),
    volume_24h: nullable(Money('Traded in the last 24 h')),
    market_cap: nullable(Money('Market capitalisation')),
    percent_change_1h: nullable(Type.Number({ description: 'Change in 1 h, in %' })),
    percent_change_24h: nullable(Type.Number({ description: 'Change in 24 h, in %' })),
    percent_change_7d: nullable(Type.Number({ description: 'Change in 7 days, in %' })),
    inserted_at: Time('When the row was loaded'),
  },
  { description: 'One stored quote' },
);
export type QuoteRowOut = Static<typeof QuoteRowSchema>;

export const CsvQuerySchema = Type.Object({ ...SeriesQueryFields, ...RangeFields });
export type CsvQuery = Static<typeof CsvQuerySchema>;
