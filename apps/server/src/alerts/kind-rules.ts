import type { ALERT_KINDS } from '../db/alerts.schema.js';

/**
 * What each kind of rule uses beyond `name`, `kind` and `threshold`: the one table the api's
 * checks (alerts.service.ts) and the web form (through the OpenAPI document's `x-kinds`, generated
 * into apps/web/src/api/rules.generated.ts) both read.
 */

export const KIND_FIELDS = [
  'symbol',
  'convert',
  'window_minutes',
  'plan_credits',
  'min_requests',
] as const;
export type KindField = (typeof KIND_FIELDS)[number];

export interface KindRule {
  /** The optional fields it uses; any other is refused. */
  fields: readonly KindField[];
  /** Those of them it cannot do without. */
  required: readonly KindField[];
  /** The threshold's bounds beyond "above 0", and what it counts. */
  threshold: { maximum?: number; integer?: boolean; unit: string };
}

const QUOTES: readonly KindField[] = ['symbol', 'convert'];

export const KIND_RULES: Record<(typeof ALERT_KINDS)[number], KindRule> = {
  stale: { fields: QUOTES, required: [], threshold: { maximum: 10_000, unit: 'intervals' } },
  failed_runs: {
    fields: [],
    required: [],
    threshold: { maximum: 100, integer: true, unit: 'runs' },
  },
  credits_low: {
    fields: ['plan_credits'],
    required: ['plan_credits'],
    threshold: { maximum: 100, unit: 'percent' },
  },
  price_above: { fields: QUOTES, required: [], threshold: { unit: 'price' } },
  price_below: { fields: QUOTES, required: [], threshold: { unit: 'price' } },
  price_move: {
    fields: [...QUOTES, 'window_minutes'],
    required: ['window_minutes'],
    threshold: { unit: 'percent' },
  },
  error_rate: {
    fields: ['window_minutes', 'min_requests'],
    required: ['window_minutes'],
    threshold: { maximum: 100, unit: 'percent' },
  },
};
