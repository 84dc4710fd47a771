import type { Database } from '../db/client.js';
import { driverError } from '../db/errors.js';
import { AppError, type FieldError } from '../http/app-error.js';
import * as alerts from './alerts.repository.js';
import {
  ALERT_KINDS,
  type AlertEvent,
  type EventsQuery,
  type Rule,
  type RuleInput,
  type TestResult,
} from './alerts.schema.js';
import { KIND_FIELDS, KIND_RULES } from './kind-rules.js';
import { deliver, type AlertLog, type Channel, type RetryPolicy } from './channels.js';
import { dashboardLink } from './message.js';
import { observe, type ObserveContext } from './observe.js';

/** The use cases of the alert routes and `cais alerts`. */

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

/** What each kind needs beyond the schema's own checks (KIND_RULES), as field errors. */
export function ruleProblems(input: RuleInput): FieldError[] {
  const problems: FieldError[] = [];
  const rule = KIND_RULES[input.kind];
  const t = input.threshold;
  const { maximum, integer, unit } = rule.threshold;
  if (!(Number.isFinite(t) && t > 0)) {
    problems.push({ field: 'threshold', message: 'must be a number above 0' });
  } else if (integer && !Number.isInteger(t)) {
    problems.push({ field: 'threshold', message: `must be a whole number of ${unit}` });
  } else if (maximum !== undefined && t > maximum) {
    problems.push({ field: 'threshold', message: `must be at most ${maximum} (${unit})` });
  }
  for (const field of KIND_FIELDS) {
    const given = input[field] !== undefined;
    if (!given && rule.required.includes(field)) {
      problems.push({ field, message: `is required by ${input.kind}` });
    }
    if (given && !rule.fields.includes(field)) {
      const users = ALERT_KINDS.filter((k) => KIND_RULES[k].fields.includes(field));
      problems.push({ field, message: `is only for ${users.join(', ')}` });
    }
  }
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
      if (!(await alerts.findRule(tx, id))) throw new AppError('not_found', `No alert rule ${id}`);
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

/** The definition of a stored rule, as a rule's input (the fields its kind uses). */
const inputOf = (r: alerts.RuleRecord): RuleInput => ({
  name: r.name,
  kind: r.kind,
  threshold: r.threshold,
  ...(r.symbol === null ? {} : { symbol: r.symbol }),
  ...(r.convert === null ? {} : { convert: r.convert }),
  ...(r.window_minutes === null ? {} : { window_minutes: r.window_minutes }),
  ...(r.plan_credits === null ? {} : { plan_credits: r.plan_credits }),
  ...(r.min_requests === null ? {} : { min_requests: r.min_requests }),
  fire_after: r.fire_after,
  recover_after: r.recover_after,
  enabled: r.enabled,
});

/** `cais alerts enable|disable <rule>`. */
export async function setEnabled(db: Database, ref: string, enabled: boolean): Promise<Rule> {
  const rule = await findRule(db, ref);
  return updateRule(db, rule.id, { ...inputOf(rule), enabled });
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
