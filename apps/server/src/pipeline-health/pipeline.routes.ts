import type { RoutePlugin } from '../http/validated.js';
import Type from 'typebox';
import { json, problems } from '../http/openapi.js';
import { dashboardOf, type DashboardRouteOptions } from '../dashboard/context.js';
import { HealthQuerySchema, HealthSchema, RunSchema, RunsQuerySchema } from './pipeline.schema.js';
import * as pipeline from './pipeline.service.js';

const tags = ['pipeline'];

export const pipelineRoutes: RoutePlugin<DashboardRouteOptions> = async (app, options) => {
  const context: pipeline.Pipeline = {
    ...dashboardOf(options),
    schedule: options.config.etl.schedule,
    etlEnabled: options.config.cmc.apiKey !== undefined,
  };

  app.get(
    '/pipeline/runs',
    {
      schema: {
        tags,
        operationId: 'listPipelineRuns',
        summary: 'The last extractions, newest first',
        querystring: RunsQuerySchema,
        response: {
          200: json('Recent runs', Type.Array(RunSchema)),
          ...problems({ 422: 'A query parameter is invalid' }),
        },
      },
    },
    (request) => pipeline.listRuns(options.db, request.query.limit),
  );

  app.get(
    '/pipeline/health',
    {
      schema: {
        tags,
        operationId: 'getPipelineHealth',
        summary: 'Whether the pipeline is healthy: freshness, runs, credits and gaps',
        description:
          'Gaps are consecutive quotes of the series more than 1.5 schedule intervals apart, in ' +
          '[from, to] (default: the last 24 h).',
        querystring: HealthQuerySchema,
        response: {
          200: json('The pipeline health', HealthSchema),
          ...problems({ 422: 'A query parameter is invalid, or `from` is after `to`' }),
        },
      },
    },
    (request) => pipeline.getHealth(context, request.query),
  );
};
