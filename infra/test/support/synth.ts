import { readFileSync } from 'node:fs';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp, stacksOf, type CaisStacks } from '../../lib/app.js';
import type { Options } from '../../lib/options.js';

/** The feature flags `cdk synth` uses (cdk.json): tests build the same app as the CLI. */
export const CDK_JSON_CONTEXT = (
  JSON.parse(readFileSync(new URL('../../../cdk.json', import.meta.url), 'utf8')) as {
    context: Record<string, unknown>;
  }
).context;

export const ALLOWED_CIDR = '198.51.100.7/32';
export const CERTIFICATE_ARN =
  'arn:aws:acm:eu-west-3:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b';

export const TEST_BUDGET_USD = '150';

export interface Synthesized {
  options: Options;
  stacks: CaisStacks;
  /** Templates by stack name (cais-network, cais-data, ...). */
  templates: Record<string, Template>;
  template(name: string): Template;
}

const cache = new Map<string, Synthesized>();

/**
 * Synthesizes the app with the AwsSolutions checks (a finding throws), once per context within a
 * test file: synthesis takes about a second, assertions a few milliseconds.
 */
export function synth(context: Record<string, string> = {}): Synthesized {
  // A fixed budget spares each synthesis the second one that estimates it (alarms.test.ts has that).
  const full: Record<string, string> = {
    allowedCidr: ALLOWED_CIDR,
    budgetUsd: TEST_BUDGET_USD,
    ...context,
  };
  const key = JSON.stringify(Object.entries(full).sort());
  const cached = cache.get(key);
  if (cached) return cached;
  const { options, stacks } = buildApp({
    context: { ...CDK_JSON_CONTEXT, 'aws:cdk:disable-asset-staging': true, ...full },
  });
  const templates = Object.fromEntries(
    stacksOf(stacks).map((stack) => [stack.stackName, Template.fromStack(stack)]),
  );
  const synthesized: Synthesized = {
    options,
    stacks,
    templates,
    template: (name) => {
      const template = templates[name];
      if (!template) throw new Error(`no stack ${name} in this synthesis`);
      return template;
    },
  };
  cache.set(key, synthesized);
  return synthesized;
}

type Resource = { Type: string; Properties?: Record<string, unknown>; Metadata?: unknown };

/** Every resource of a template, by logical id. */
export const resources = (template: Template, type?: string): [string, Resource][] =>
  Object.entries(
    (template.toJSON() as { Resources?: Record<string, Resource> }).Resources ?? {},
  ).filter(([, r]) => type === undefined || r.Type === type);

/** The logical id of the one resource of a type whose id starts with a prefix. */
export function logicalId(template: Template, type: string, prefix: string): string {
  const found = resources(template, type).filter(([id]) => id.startsWith(prefix));
  if (found.length !== 1) {
    throw new Error(`${found.length} ${type} resources named ${prefix}*`);
  }
  return found[0]?.[0] ?? '';
}
