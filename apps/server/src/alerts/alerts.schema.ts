import Type, { type Static } from 'typebox';
import { ALERT_KINDS, ALERT_STATES } from '../db/alerts.schema.js';
import { KIND_RULES } from './kind-rules.js';

/** The shapes of the alert routes and `cais alerts` (docs/alerts.md). */

export { ALERT_KINDS, ALERT_STATES };
export type AlertKind = (typeof ALERT_KINDS)[number];

const Time = (description: string) => Type.String({ format: 'date-time', description });
const nullable = <T extends Type.TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Code = (description: string) =>
  Type.String({ pattern: '^[A-Za-z0-9]{1,20}$', description, examples: ['BTC'] });

export const KIND_DESCRIPTION =
  '`stale`: no new quote for `threshold` schedule intervals; `failed_runs`: the last ' +
  '`threshold` finished runs all failed; `credits_low`: credits left this month below ' +
  '`threshold` % of `plan_credits`; `price_above` / `price_below`: the newest price beyond ' +
  '`threshold`; `price_move`: the price moved more than `threshold` % within `window_minutes`; ' +
  '`error_rate`: more than `threshold` % of the api’s answers were 5xx within `window_minutes`, ' +
  'counted once at least `min_requests` requests were answered';

const RuleFields = {
  name: Type.String({
    minLength: 1,
    maxLength: 100,
    pattern: '^[^\\u0000-\\u001f]+$',
    description: 'A unique name, shown in every message',
    examples: ['btc-stale'],
  }),
  kind: Type.Enum(ALERT_KINDS, { type: 'string', description: KIND_DESCRIPTION }),
  symbol: Type.Optional(Code('The coin a quote rule watches; default: the first of ETL_SYMBOLS')),
  convert: Type.Optional(Code('Its quote currency; default: ETL_CONVERT')),
  threshold: Type.Number({
    description: 'Intervals, runs, percent or a price, by kind (see `kind`)',
    examples: [3],
  }),
  window_minutes: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 10080,
      description: 'price_move and error_rate only: the window',
    }),
  ),
  min_requests: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 1000000,
      description:
        'error_rate only: fewer requests in the window never fire (default 20), so one failed request of two pages no one',
    }),
  ),
  plan_credits: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 2147483647,
      description: "credits_low only: the key's monthly credits (the plan's limit)",
    }),
  ),
  fire_after: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 100,
      default: 1,
      description: 'Evaluations in a row the condition must hold before it fires',
    }),
  ),
  recover_after: Type.Optional(
    Type.Integer({
      minimum: 1,
      maximum: 100,
      default: 2,
      description:
        'Evaluations in a row the condition must be clear before it recovers (damps flapping)',
    }),
  ),
  enabled: Type.Optional(Type.Boolean({ default: true })),
};

export const RuleInputSchema = Type.Object(RuleFields, {
  additionalProperties: false,
  // Which fields each kind uses and its threshold's bounds, for clients that check before sending.
  'x-kinds': KIND_RULES,
  'x-messages': {
    additionalProperties: `has a field rules do not have; they have: ${Object.keys(RuleFields).join(', ')}`,
  },
});
export type RuleInput = Static<typeof RuleInputSchema>;

export const RuleSchema = Type.Object(
  {
    id: Type.Integer(),
    ...RuleFields,
    symbol: nullable(Type.String()),
    convert: nullable(Type.String()),
    window_minutes: nullable(Type.Integer()),
    plan_credits: nullable(Type.Integer()),
    min_requests: nullable(Type.Integer()),
    fire_after: Type.Integer(),
    recover_after: Type.Integer(),
    enabled: Type.Boolean(),
    state: Type.Enum(ALERT_STATES, { type: 'string', description: 'As of the last evaluation' }),
    state_since: nullable(Time('When it entered that state')),
    evaluated_at: nullable(Time('The last evaluation')),
    created_at: Time('When it was added'),
  },
  { description: 'An alert rule and its state' },
);
export type Rule = Static<typeof RuleSchema>;

export const RuleParamsSchema = Type.Object({
  id: Type.Integer({ minimum: 1, maximum: 2147483647, description: 'The rule id' }),
});

export const EventSchema = Type.Object(
  {
    id: Type.Integer(),
    rule_id: Type.Integer(),
    rule_name: Type.String(),
    kind: Type.Enum(ALERT_KINDS, { type: 'string' }),
    symbol: nullable(Type.String()),
    convert: nullable(Type.String()),
    fired_at: Time('When the evaluation fired it'),
    trigger_at: Time('The point that triggered it: the quote or run it looked at'),
    trigger_value: nullable(Type.Number({ description: 'The price there, for quote rules' })),
    message: Type.String(),
    resolved_at: nullable(Time('When it recovered; null while open')),
  },
  { description: 'One firing of an alert rule' },
);
export type AlertEvent = Static<typeof EventSchema>;

export const EventsQuerySchema = Type.Object({
  from: Type.Optional(Time('Events triggered at or after this time')),
  to: Type.Optional(Time('Events triggered at or before this time')),
  symbol: Type.Optional(Code('Only this coin’s events and those of no coin')),
  convert: Type.Optional(Code('Only this currency’s events and those of no coin')),
  open: Type.Optional(Type.Boolean({ description: 'true: only those not recovered yet' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
});
export type EventsQuery = Static<typeof EventsQuerySchema>;

export const TestResultSchema = Type.Object({
  channels: Type.Array(
    Type.Object({
      channel: Type.String({ description: 'slack, telegram, webhook or sns' }),
      ok: Type.Boolean(),
      error: nullable(Type.String({ description: 'Why it failed (no secret in it)' })),
    }),
  ),
});
export type TestResult = Static<typeof TestResultSchema>;
