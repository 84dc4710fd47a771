import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import type { Config } from '../config/config.js';
import { secretValues } from '../config/secrets.js';
import type { Database } from '../db/client.js';
import { json, problems } from '../http/openapi.js';
import {
  EventSchema,
  EventsQuerySchema,
  RuleInputSchema,
  RuleParamsSchema,
  RuleSchema,
  TestResultSchema,
} from './alerts.schema.js';
import * as alerts from './alerts.service.js';
import { channelsFrom } from './channels.js';
import { evaluatorSettings } from './evaluate.js';

const tags = ['alerts'];
const SECURITY = [{ bearerAuth: [] }, { cookieAuth: [] }, {}];
const denied = {
  401: 'Not signed in',
  403: 'Not an editor, or a cookie write without X-CSRF-Token',
};

export interface AlertRouteOptions {
  db: Database;
  config: Config;
}

/** Alert rules (editors change them, anyone signed in reads them) and the events they fired. */
export const alertRoutes: FastifyPluginAsyncTypebox<AlertRouteOptions> = async (
  app,
  { db, config },
) => {
  const channels = channelsFrom(config);
  const settings = evaluatorSettings(config);
  const secrets = secretValues(config);

  app.get(
    '/alerts/rules',
    {
      config: { access: 'viewer' },
      schema: {
        tags,
        operationId: 'listAlertRules',
        summary: 'List the alert rules with their state',
        security: SECURITY,
        response: { 200: json('Every rule', Type.Array(RuleSchema)), ...problems(denied) },
      },
    },
    () => alerts.listRules(db),
  );

  app.post(
    '/alerts/rules',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        operationId: 'createAlertRule',
        summary: 'Add an alert rule',
        description:
          'The etl worker evaluates every enabled rule after each run (docs/alerts.md). ' +
          'Fields a kind does not use are refused, naming them.',
        security: SECURITY,
        body: RuleInputSchema,
        response: {
          201: json('The new rule', RuleSchema),
          ...problems({
            ...denied,
            400: 'The body is not valid JSON',
            409: 'A rule has this name already',
            415: 'The body is not JSON',
            422: 'A field is invalid, or not one this kind uses',
          }),
        },
      },
    },
    async (request, reply) => reply.code(201).send(await alerts.addRule(db, request.body)),
  );

  app.put(
    '/alerts/rules/:id',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        operationId: 'updateAlertRule',
        summary: 'Replace an alert rule’s definition (edit, enable, disable)',
        description:
          'The body is a whole rule, as for a new one. Its state stays, so a firing rule keeps ' +
          'firing until the new condition clears; disabling a firing rule closes its open event ' +
          'without a message, since no evaluation will recover it.',
        security: SECURITY,
        params: RuleParamsSchema,
        body: RuleInputSchema,
        response: {
          200: json('The rule as stored', RuleSchema),
          ...problems({
            ...denied,
            400: 'The body is not valid JSON',
            404: 'No rule has this id',
            409: 'Another rule has this name',
            415: 'The body is not JSON',
            422: 'A field is invalid, or not one this kind uses',
          }),
        },
      },
    },
    (request) => alerts.updateRule(db, request.params.id, request.body),
  );

  app.delete(
    '/alerts/rules/:id',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        operationId: 'deleteAlertRule',
        summary: 'Remove an alert rule and its events',
        security: SECURITY,
        params: RuleParamsSchema,
        response: {
          204: { description: 'Removed' },
          ...problems({ ...denied, 404: 'No rule has this id', 422: 'The id is not a number' }),
        },
      },
    },
    async (request, reply) => {
      await alerts.removeRule(db, request.params.id);
      return reply.code(204).send();
    },
  );

  app.post(
    '/alerts/rules/:id/test',
    {
      config: { access: 'editor' },
      schema: {
        tags,
        operationId: 'testAlertRule',
        summary: 'Send a sample message of a rule to every configured channel',
        description:
          'The sample carries what the rule sees now; the rule’s state does not change. ' +
          'An empty list: no channel is configured (ALERT_* variables).',
        security: SECURITY,
        params: RuleParamsSchema,
        response: {
          200: json('What each channel did', TestResultSchema),
          ...problems({ ...denied, 404: 'No rule has this id', 422: 'The id is not a number' }),
        },
      },
    },
    (request) =>
      alerts.testRule(
        { db, channels, ...settings, log: request.log, now: new Date(), secrets },
        request.params.id,
      ),
  );

  app.get(
    '/alerts/events',
    {
      schema: {
        tags,
        operationId: 'listAlertEvents',
        summary: 'Alerts fired, newest trigger first',
        description:
          'Each event is placed at the point that triggered it (`trigger_at`, `trigger_value`): ' +
          'the dashboard draws them on the chart and lists the open ones.',
        querystring: EventsQuerySchema,
        response: {
          200: json('The events', Type.Array(EventSchema)),
          ...problems({ 422: 'A query parameter is invalid, or `from` is after `to`' }),
        },
      },
    },
    (request) => alerts.listEvents(db, request.query),
  );
};
