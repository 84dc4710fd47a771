// @vitest-environment node
import fc from 'fast-check';
import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { RuleInputSchema } from '../../server/src/alerts/alerts.schema';
import { ruleProblems } from '../../server/src/alerts/alerts.service';
import {
  EMPTY_RULE,
  KINDS,
  usesField,
  validateRule,
  type RuleFormValues,
} from '../src/alerts/rule-validation';

const schema = Compile(RuleInputSchema);
/** Whether the api takes this body: its schema, then the per-kind checks. */
const apiAccepts = (body: Record<string, unknown>) =>
  schema.Check(body) && ruleProblems(schema.Parse(body)).length === 0;

const NUMBER = fc.oneof(
  fc.constant(''),
  fc.integer({ min: -5, max: 20_000 }).map(String),
  fc.integer({ min: 1, max: 3_000_000 }).map(String),
  fc.double({ min: -10, max: 200, noNaN: true }).map((n) => n.toFixed(2)),
);
const CODE = fc.oneof(
  fc.constant(''),
  fc.constantFrom('btc', 'ETH', 'BTC USD', 'R$', 'x'.repeat(21)),
);

const values: fc.Arbitrary<RuleFormValues> = fc.record({
  name: fc.oneof(
    fc.constant('rule'),
    fc.constant(''),
    fc.constant('a\u0007b'),
    fc.constant('n'.repeat(101)),
  ),
  kind: fc.constantFrom(...KINDS),
  symbol: CODE,
  convert: CODE,
  threshold: NUMBER,
  window_minutes: NUMBER,
  plan_credits: NUMBER,
  min_requests: NUMBER,
  fire_after: NUMBER,
  recover_after: NUMBER,
  enabled: fc.boolean(),
});

/** The body a form without checks would send: the fields the kind uses, as typed. */
function naiveBody(v: RuleFormValues): Record<string, unknown> {
  const body: Record<string, unknown> = { name: v.name, kind: v.kind, enabled: v.enabled };
  if (v.threshold !== '') body.threshold = Number(v.threshold);
  for (const field of ['window_minutes', 'plan_credits', 'min_requests'] as const) {
    if (usesField(v.kind, field) && v[field] !== '') body[field] = Number(v[field]);
  }
  for (const field of ['symbol', 'convert'] as const) {
    if (usesField(v.kind, field) && v[field] !== '') body[field] = v[field];
  }
  for (const field of ['fire_after', 'recover_after'] as const) {
    if (v[field] !== '') body[field] = Number(v[field]);
  }
  return body;
}

describe('alert rule validation (the api rules, from its OpenAPI document)', () => {
  it('accepts exactly what the api accepts, for every kind', () => {
    fc.assert(
      fc.property(values, (v) => {
        const { issues, input } = validateRule(v);
        expect(input !== undefined).toBe(apiAccepts(naiveBody(v)));
        if (input) expect(apiAccepts({ ...input })).toBe(true);
        else expect(Object.keys(issues).length).toBeGreaterThan(0);
      }),
      { numRuns: 2_000 },
    );
  });

  it('names the field a kind needs and sends none it does not use', () => {
    const { issues } = validateRule({
      ...EMPTY_RULE,
      name: 'x',
      kind: 'error_rate',
      threshold: '5',
    });
    expect(issues).toEqual({ window_minutes: { code: 'required' } });
    const { input } = validateRule({
      ...EMPTY_RULE,
      name: 'x',
      kind: 'failed_runs',
      threshold: '3',
      symbol: 'BTC',
      window_minutes: '10',
    });
    expect(input).toEqual({
      name: 'x',
      kind: 'failed_runs',
      threshold: 3,
      enabled: true,
      fire_after: 1,
      recover_after: 2,
    });
  });
});
