import { alertKindRules, alertRuleRules } from '../api/rules.generated';
import type { AlertKind, AlertRule, AlertRuleInput } from './alerts.api';

/**
 * The alert rule form's checks: the api's own rules, read from its OpenAPI document
 * (rules.generated.ts: the field bounds and, per kind, which fields it uses and its threshold's
 * bounds), so the browser refuses what the api would and nothing more.
 */

export const KINDS: readonly AlertKind[] = alertRuleRules.kind.enum;

/** The optional fields a kind may use, in the form's order. */
export const KIND_FIELDS = [
  'symbol',
  'convert',
  'window_minutes',
  'plan_credits',
  'min_requests',
] as const;
export type KindField = (typeof KIND_FIELDS)[number];
type NumberField =
  'threshold' | 'window_minutes' | 'plan_credits' | 'min_requests' | 'fire_after' | 'recover_after';
export type FormField = 'name' | KindField | NumberField;

/** What the person typed, as text; `enabled` is a checkbox. */
export type RuleFormValues = Record<Exclude<FormField, 'kind'>, string> & {
  kind: AlertKind;
  enabled: boolean;
};

export type Issue =
  | { code: 'required' }
  | { code: 'tooLong'; max: number }
  | { code: 'pattern' }
  | { code: 'number' }
  | { code: 'integer' }
  | { code: 'above'; min: number }
  | { code: 'min'; min: number }
  | { code: 'max'; max: number };

export type Issues = Partial<Record<FormField, Issue>>;

export const EMPTY_RULE: RuleFormValues = {
  name: '',
  kind: 'stale',
  symbol: '',
  convert: '',
  threshold: '',
  window_minutes: '',
  plan_credits: '',
  min_requests: '',
  fire_after: '1',
  recover_after: '2',
  enabled: true,
};

const text = (value: number | string | null) => (value === null ? '' : String(value));

export const valuesOf = (rule: AlertRule): RuleFormValues => ({
  name: rule.name,
  kind: rule.kind,
  symbol: text(rule.symbol),
  convert: text(rule.convert),
  threshold: text(rule.threshold),
  window_minutes: text(rule.window_minutes),
  plan_credits: text(rule.plan_credits),
  min_requests: text(rule.min_requests),
  fire_after: text(rule.fire_after),
  recover_after: text(rule.recover_after),
  enabled: rule.enabled,
});

/** Whether a kind shows (and sends) an optional field. */
export const usesField = (kind: AlertKind, field: KindField): boolean =>
  (alertKindRules[kind].fields as readonly string[]).includes(field);

const length = (value: string) =>
  value.length - (value.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

/** A decimal number as typed, with a point or a comma; NaN when it is not one. */
const parseNumber = (raw: string) =>
  /^-?\d+([.,]\d+)?$/.test(raw.trim()) ? Number(raw.trim().replace(',', '.')) : Number.NaN;

function checkNumber(field: NumberField, raw: string, kind: AlertKind): Issue | number {
  const value = parseNumber(raw);
  if (Number.isNaN(value)) return { code: 'number' };
  const rule: { type: string; minimum?: number; maximum?: number } = alertRuleRules[field];
  if (rule.type === 'integer' && !Number.isInteger(value)) return { code: 'integer' };
  if (field === 'threshold') {
    const bounds: { maximum?: number; integer?: boolean; unit: string } =
      alertKindRules[kind].threshold;
    if (value <= 0) return { code: 'above', min: 0 };
    if (bounds.integer && !Number.isInteger(value)) return { code: 'integer' };
    if (bounds.maximum !== undefined && value > bounds.maximum) {
      return { code: 'max', max: bounds.maximum };
    }
  }
  if (rule.minimum !== undefined && value < rule.minimum) return { code: 'min', min: rule.minimum };
  if (rule.maximum !== undefined && value > rule.maximum) return { code: 'max', max: rule.maximum };
  return value;
}

/** The body the api would accept, or what is wrong, field by field. */
export function validateRule(values: RuleFormValues): { issues: Issues; input?: AlertRuleInput } {
  const issues: Issues = {};
  const kind = values.kind;
  const input: AlertRuleInput = { name: values.name, kind, threshold: 0, enabled: values.enabled };
  const name = alertRuleRules.name;
  if (values.name === '') issues.name = { code: 'required' };
  else if (length(values.name) > name.maxLength)
    issues.name = { code: 'tooLong', max: name.maxLength };
  else if (!new RegExp(name.pattern, 'u').test(values.name)) issues.name = { code: 'pattern' };

  const required = alertKindRules[kind].required as readonly string[];
  for (const field of ['threshold', ...KIND_FIELDS, 'fire_after', 'recover_after'] as const) {
    if (field !== 'threshold' && field !== 'fire_after' && field !== 'recover_after') {
      if (!usesField(kind, field)) continue;
    }
    const raw = values[field].trim();
    if (raw === '') {
      if (field === 'threshold' || required.includes(field)) issues[field] = { code: 'required' };
      continue;
    }
    if (field === 'symbol' || field === 'convert') {
      if (new RegExp(alertRuleRules[field].pattern).test(raw)) input[field] = raw.toUpperCase();
      else issues[field] = { code: 'pattern' };
      continue;
    }
    const checked = checkNumber(field, raw, kind);
    if (typeof checked === 'number') input[field] = checked;
    else issues[field] = checked;
  }
  return Object.keys(issues).length > 0 ? { issues } : { issues, input };
}
