import Type, { type Static } from 'typebox';
import { Defaulted, type Validated } from '../http/validated.js';
import { ETL_RUN_STATUSES } from '../db/schema.js';
import { SeriesQueryFields } from '../dashboard/series-query.schema.js';

/** The shapes of the pipeline routes (docs/dashboard.md). */

const Time = (description: string) => Type.String({ format: 'date-time', description });
const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const RunSchema = Type.Object(
  {
    id: Type.Integer(),
    started_at: Time('When the run started'),
    finished_at: nullable(Time('When it ended; null while running')),
    status: Type.Enum(ETL_RUN_STATUSES, {
      type: 'string',
      description: '`pending`: written to the lake, not loaded yet (the database was unavailable)',
    }),
    symbols: Type.Array(Type.String(), { examples: [['BTC']] }),
    credits_used: Type.Integer({ description: 'CoinMarketCap credits spent' }),
    rows_inserted: Type.Integer({ description: 'New quotes loaded' }),
    error: nullable(Type.String({ description: 'Why it failed' })),
  },
  { description: 'One extraction of the ETL' },
);
export type Run = Static<typeof RunSchema>;

export const RunsQuerySchema = Type.Object({
  limit: Defaulted(
    Type.Integer({
      minimum: 1,
      maximum: 200,
      default: 20,
      description: 'Runs to return (1 to 200)',
    }),
  ),
});
export type RunsQuery = Validated<typeof RunsQuerySchema>;

export const HealthQuerySchema = Type.Object({
  ...SeriesQueryFields,
  from: Type.Optional(Time('Start of the range searched for gaps; default: 24 h before `to`')),
  to: Type.Optional(Time('End of the range searched for gaps; default: now')),
});
export type HealthQuery = Static<typeof HealthQuerySchema>;

export const HEALTH_STATUSES = ['empty', 'stale', 'failing', 'ok'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

export const GapSchema = Type.Object({
  from: Time('The quote before the gap'),
  to: Time('The quote after the gap'),
  missing: Type.Integer({ minimum: 1, description: 'Schedule slots without a quote' }),
});

export const HealthSchema = Type.Object(
  {
    status: Type.Enum(HEALTH_STATUSES, {
      type: 'string',
      description:
        '`empty`: no quote; `stale`: the newest quote is older than 2 intervals; `failing`: the ' +
        'last finished run failed; else `ok`',
    }),
    schedule: Type.String({ description: 'ETL_SCHEDULE', examples: ['*/5 * * * *'] }),
    interval_seconds: Type.Integer({ description: 'Seconds between two runs of the schedule' }),
    etl_enabled: Type.Boolean({
      description: 'Whether this process has CMC_API_KEY (false in the web role)',
    }),
    newest_quote_at: nullable(Time('The newest quote of the series')),
    age_seconds: nullable(Type.Integer({ description: 'Seconds since newest_quote_at' })),
    stale: Type.Boolean({ description: 'age_seconds > 2 × interval_seconds (true when empty)' }),
    last_run: nullable(RunSchema),
    last_success_at: nullable(Time('When the last successful run finished')),
    last_failure: nullable(
      Type.Object({ at: Time('When the last failed run ended'), error: Type.String() }),
    ),
    failures_24h: Type.Integer({ description: 'Failed runs started in the last 24 h' }),
    rejected_objects: Type.Object(
      {
        count: Type.Integer({ description: 'Lake objects a load rejected (not loaded)' }),
        recent: Type.Array(
          Type.Object({
            key: Type.String({ description: 'The lake key' }),
            reason: Type.String({ description: 'Why, in short' }),
            rejected_at: Time('When it was rejected'),
          }),
          { description: 'The newest 20; `cais etl replay --retry-rejected` reads them again' },
        ),
      },
      { description: 'Bad lake objects, skipped by later loads until retried' },
    ),
    credits: Type.Object({
      today: Type.Integer({ description: 'Credits spent this UTC day' }),
      month: Type.Integer({ description: 'Credits spent this UTC month' }),
    }),
    gaps: Type.Object({
      from: Time('Start of the range searched'),
      to: Time('End of the range searched'),
      expected_slots: Type.Integer({ description: 'Schedule slots in the range' }),
      missing_slots: Type.Integer({ description: 'Slots without a quote, over every gap' }),
      ranges: Type.Array(GapSchema, { description: 'At most 100 gaps, largest first' }),
    }),
  },
  { description: 'Whether the pipeline is healthy, and why not' },
);
export type Health = Static<typeof HealthSchema>;
