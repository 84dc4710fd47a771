import type { Database } from '../db/client.js';
import { driverError } from '../db/errors.js';
import { AppError, type FieldError } from '../http/app-error.js';
import * as alerts from './alerts.repository.js';
import type {
  AlertEvent,
  AlertKind,
  EventsQuery,
  Rule,
  RuleInput,
  TestResult,
} from './alerts.schema.js';
import { deliver, type AlertLog, type Channel, type RetryPolicy } from './channels.js';
import { dashboardLink } from './message.js';
import { observe, type ObserveContext } from './observe.js';

/** The use cases of the alert routes and `cais alerts`. */

const QUOTE_KINDS: readonly AlertKind[] = ['stale', 'price_above', 'price_below', 'price_move'];

const toRule = (r: alerts.RuleRecord): Rule => ({
  id: r.id,
  name: r.name,
  kind: r.kind,
  symbol: r.symbol,
  convert: r.convert,
  threshold: r.threshold,
  window_minutes: r.window_minutes,
  plan_credits: r.plan_credits,
  min_requests: r.min_requests,
  fire_after: r.fire_after,
  recover_after: r.recover_after,
  enabled: r.enabled,
  state: r.state,
  state_since: r.state_since?.toISOString() ?? null,
  evaluated_at: r.evaluated_at?.toISOString() ?? null,
  created_at: r.created_at.toISOString(),
});

/** What each kind needs beyond the schema's own checks, as field errors. */
export function ruleProblems(input: RuleInput): FieldError[] {
  const problems: FieldError[] = [];
  const need = (ok: boolean, field: string, message: string) => {
    if (!ok) problems.push({ field, message });
  };
  const t = input.threshold;
  need(Number.isFinite(t) && t > 0, 'threshold', 'must be a number above 0');
  if (input.kind === 'failed_runs') {
    need(Number.isInteger(t) && t <= 100, 'threshold', 'must be a whole number of runs, 1 to 100');
  }
  if (input.kind === 'stale') need(t <= 10_000, 'threshold', 'must be at most 10000 intervals');
  if (input.kind === 'credits_low' || input.kind === 'error_rate') {
    need(t <= 100, 'threshold', 'must be a percent, up to 100');
  }
  const isCredits = input.kind === 'credits_low';
  const isWindowed = input.kind === 'price_move' || input.kind === 'error_rate';
  const isErrors = input.kind === 'error_rate';
  need(
    !isCredits || input.plan_credits !== undefined,
    'plan_credits',
    'is required by credits_low',
  );
  need(isCredits || input.plan_credits === undefined, 'plan_credits', 'is only for credits_low');
  need(
    !isWindowed || input.window_minutes !== undefined,
    'window_minutes',
    `is required by ${input.kind}`,
  );
  need(
    isWindowed || input.window_minutes === undefined,
    'window_minutes',
    'is only for price_move and error_rate',
  );
  need(isErrors || input.min_requests === undefined, 'min_requests', 'is only for error_rate');
  const quotes = QUOTE_KINDS.includes(input.kind);
  need(quotes || input.symbol === undefined, 'symbol', `is only for ${QUOTE_KINDS.join(', ')}`);
  need(quotes || input.convert === undefined, 'convert', `is only for ${QUOTE_KINDS.join(', ')}`);
  return problems;
}

export async function listRules(db: Database): Promise<Rule[]> {
  return (await alerts.listRules(db)).map(toRule);
}

const definition = (input: RuleInput): alerts.RuleDefinition => {
  const problems = ruleProblems(input);
  if (problems.length > 0) throw AppError.validation(problems);
  return {
    name: input.name,
    kind: input.kind,
    symbol: input.symbol?.toUpperCase() ?? null,
    convert: input.convert?.toUpperCase() ?? null,
    threshold: input.threshold,
    window_minutes: input.window_minutes ?? null,
    plan_credits: input.plan_credits ?? null,
    min_requests: input.min_requests ?? null,
    fire_after: input.fire_after ?? 1,
    recover_after: input.recover_after ?? 2,
    enabled: input.enabled ?? true,
  };
};

const nameTaken = (name: string) =>
  new AppError('conflict', `An alert rule is named "${name}" already`);

export async function addRule(db: Database, input: RuleInput): Promise<Rule> {
  const row = await alerts.insertRule(db, definition(input));
  if (!row) throw nameTaken(input.name);
  return toRule(row);
}

/**
 * Replaces a rule's definition (the state stays: a firing rule edited keeps firing until its
 * new condition clears). Disabling a firing rule closes its open event without a message.
 */
export async function updateRule(db: Database, id: number, input: RuleInput): Promise<Rule> {
  const rule = definition(input);
  try {
    return await db.transaction(async (tx) => {
      const other = await alerts.findRuleByName(tx, input.name);
      if (other && other.id !== id) throw nameTaken(input.name);
      const row = await alerts.updateRule(tx, id, rule);
      if (!row) throw new AppError('not_found', `No alert rule ${id}`);
      if (!row.enabled) await alerts.resolveEvent(tx, id, new Date());
      return toRule(row);
    });
  } catch (error) {
    // Renamed at the same time by another request: the unique index decided.
    if (driverError(error)?.code === '23505') throw nameTaken(input.name);
    throw error;
  }
}

/** A rule by id, or by name (`cais alerts remove btc-stale`). */
export async function findRule(db: Database, ref: string | number): Promise<alerts.RuleRecord> {
  const row =
    typeof ref === 'number' || /^\d+$/.test(ref)
      ? await alerts.findRule(db, Number(ref))
      : await alerts.findRuleByName(db, ref);
  if (!row)
    throw new AppError('not_found', `No alert rule ${typeof ref === 'number' ? ref : `"${ref}"`}`);
  return row;
}

export async function removeRule(db: Database, ref: string | number): Promise<void> {
  const rule = await findRule(db, ref);
  if (!(await alerts.deleteRule(db, rule.id))) {
    throw new AppError('not_found', `No alert rule ${rule.id}`);
  }
}

export interface TestDeps {
  db: Database;
  channels: readonly Channel[];
  context: ObserveContext;
  dashboardUrl: string;
  log: AlertLog;
  now: Date;
  retry?: RetryPolicy;
  secrets?: readonly string[];
}

/** Sends a sample message of the rule, with what it sees now, to every channel; changes no state. */
export async function testRule(deps: TestDeps, ref: string | number): Promise<TestResult> {
  const rule = await findRule(deps.db, ref);
  const seen = await observe(deps.db, rule, deps.context, deps.now);
  const deliveries = await deliver(
    deps.channels,
    {
      type: 'test',
      rule: { id: rule.id, name: rule.name, kind: rule.kind },
      summary: seen.summary,
      triggerAt: seen.at,
      triggerValue: seen.value,
      series: seen.series,
      firedAt: deps.now,
      link: dashboardLink(deps.dashboardUrl, seen.at, seen.series),
    },
    {
      log: deps.log,
      ...(deps.retry ? { retry: deps.retry } : {}),
      ...(deps.secrets ? { secrets: deps.secrets } : {}),
    },
  );
  return { channels: deliveries };
}

export async function listEvents(db: Database, query: EventsQuery): Promise<AlertEvent[]> {
  const from = query.from === undefined ? undefined : new Date(query.from);
  const to = query.to === undefined ? undefined : new Date(query.to);
  if (from && to && from > to) {
    throw AppError.validation([{ field: 'from', message: 'must not be after to' }]);
  }
  const rows = await alerts.listEvents(db, {
    from,
    to,
    symbol: query.symbol?.toUpperCase(),
    convert: query.convert?.toUpperCase(),
    open: query.open,
    limit: query.limit ?? 200,
  });
  return rows.map((e) => ({
    id: e.id,
    rule_id: e.rule_id,
    rule_name: e.rule_name,
    kind: e.kind,
    symbol: e.symbol,
    convert: e.convert,
    fired_at: e.fired_at.toISOString(),
    trigger_at: e.trigger_at.toISOString(),
    trigger_value: e.trigger_value,
    message: e.message,
    resolved_at: e.resolved_at?.toISOString() ?? null,
  }));
}
