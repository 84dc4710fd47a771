import type { operations } from '../api/openapi.generated';

/** Types of the price and pipeline routes, derived from the generated OpenAPI types. */
type Ok<Op extends keyof operations> = operations[Op] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;
/** A route's query, each parameter optional and possibly undefined (unset: the api's default). */
type QueryOf<Op extends keyof operations> = {
  [K in keyof NonNullable<operations[Op]['parameters']['query']>]?:
    NonNullable<operations[Op]['parameters']['query']>[K] | undefined;
};

export type Market = Ok<'listMarkets'>[number];
export type Latest = Ok<'getLatestPrice'>;
export type Series = Ok<'getPriceSeries'>;
export type Bucket = Series['buckets'][number];
export type QuoteRow = Ok<'listPriceRows'>[number];
export type PipelineRun = Ok<'listPipelineRuns'>[number];
export type PipelineHealth = Ok<'getPipelineHealth'>;

export type SeriesQuery = QueryOf<'getPriceSeries'>;
export type RowsQuery = QueryOf<'listPriceRows'>;
export type HealthQuery = QueryOf<'getPipelineHealth'>;
export type MarketQuery = QueryOf<'getLatestPrice'>;
export type RowSortParam = NonNullable<RowsQuery['sort']>;

export type AlertEvent = Ok<'listAlertEvents'>[number];
export type AlertEventsQuery = QueryOf<'listAlertEvents'>;
