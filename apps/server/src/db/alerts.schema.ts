import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  varchar,
} from 'drizzle-orm/pg-core';

/**
 * Alert rules and what they fired (docs/alerts.md); made by migration 0015. Migration 0016 adds
 * error_rate and the api's request counts it reads.
 */

export const ALERT_KINDS = [
  'stale',
  'failed_runs',
  'credits_low',
  'price_above',
  'price_below',
  'price_move',
  'error_rate',
] as const;

export const ALERT_STATES = ['ok', 'firing'] as const;

const quoted = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(', '));

/**
 * One rule and its evaluation state. The state lives here, not in a worker, so that two workers
 * evaluating at once (each under the row's lock) agree on what was already sent.
 */
export const alertRules = pgTable(
  'alert_rules',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: varchar({ length: 100 }).notNull().unique('alert_rules_name_unique'),
    kind: text({ enum: ALERT_KINDS }).notNull(),
    /** The series a quote rule watches; null: the first configured one. */
    symbol: text(),
    convert: text(),
    /** Intervals (stale), runs (failed_runs), percent (credits_low, price_move) or a price. */
    threshold: doublePrecision().notNull(),
    window_minutes: integer(),
    plan_credits: integer(),
    /** error_rate: fewer requests than this in the window never fire (one 500 of two pages no one). */
    min_requests: integer(),
    /** Consecutive evaluations the condition must hold before firing, and be clear before recovering. */
    fire_after: integer().notNull().default(1),
    recover_after: integer().notNull().default(2),
    enabled: boolean().notNull().default(true),
    created_at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    state: text({ enum: ALERT_STATES }).notNull().default('ok'),
    /** Consecutive evaluations whose condition disagreed with the state. */
    streak: integer().notNull().default(0),
    state_since: timestamp({ withTimezone: true }),
    evaluated_at: timestamp({ withTimezone: true }),
    /** The last message sent for the open firing; null: none delivered yet. */
    notified_at: timestamp({ withTimezone: true }),
  },
  (t) => [
    check('alert_rules_kind_known', sql`${t.kind} in (${quoted(ALERT_KINDS)})`),
    check('alert_rules_state_known', sql`${t.state} in (${quoted(ALERT_STATES)})`),
    check('alert_rules_holds_positive', sql`${t.fire_after} >= 1 and ${t.recover_after} >= 1`),
  ],
);

/** One firing of a rule, from the point that triggered it to its recovery. */
export const alertEvents = pgTable(
  'alert_events',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    rule_id: integer()
      .notNull()
      .references(() => alertRules.id, { onDelete: 'cascade' }),
    symbol: text(),
    convert: text(),
    fired_at: timestamp({ withTimezone: true }).notNull(),
    /** The observation that tripped it (a quote's time, a run's end): where the chart marks it. */
    trigger_at: timestamp({ withTimezone: true }).notNull(),
    trigger_value: doublePrecision(),
    message: text().notNull(),
    resolved_at: timestamp({ withTimezone: true }),
  },
  (t) => [
    index('alert_events_trigger_at_idx').on(t.trigger_at),
    uniqueIndex('alert_events_one_open_idx')
      .on(t.rule_id)
      .where(sql`${t.resolved_at} is null`),
  ],
);

/**
 * Requests and 5xx answers of each api task per minute, flushed from memory every few seconds
 * (src/alerts/request-counts.ts): the api may run as several tasks and the error_rate rule is
 * evaluated by the etl worker, so neither process's own counters would do.
 */
export const apiRequestCounts = pgTable(
  'api_request_counts',
  {
    minute: timestamp({ withTimezone: true }).notNull(),
    /** The api process that counted them (host and pid): tasks add to their own rows. */
    task: text().notNull(),
    requests: bigint({ mode: 'number' }).notNull().default(0),
    errors: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ name: 'api_request_counts_pk', columns: [t.minute, t.task] }),
    check(
      'api_request_counts_errors_within',
      sql`${t.errors} >= 0 and ${t.errors} <= ${t.requests}`,
    ),
  ],
);
