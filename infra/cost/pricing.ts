import type { EtlMetadata } from '../lib/pipeline-stack.js';
import type { PriceList } from './prices.js';

/** A CloudFormation template as `cdk synth` writes it. */
export interface CfnTemplate {
  Resources?: Record<string, { Type: string; Properties?: Record<string, unknown> }>;
  Metadata?: Record<string, unknown>;
}

export interface LineItem {
  service: string;
  item: string;
  /** How the amount is computed, e.g. "730 h × $0.0118". */
  quantity: string;
  monthly: number;
  /** A kind of cost the original's table had (RDS, EC2, S3, CloudWatch Logs). */
  inOriginal: boolean;
}

/** A template asks for something the price table lacks. */
export class MissingPriceError extends Error {}

export type Resource = { id: string; stack: string; type: string; props: Record<string, unknown> };

/** The resources of every template, as the pricers look them up. */
export interface Resources {
  ofType(type: string): Resource[];
  find(stack: string, id: string | undefined): Resource | undefined;
}

/** Public IPv4 addresses counted by every pricer whose resources hold one, billed on one line. */
export interface PublicIpv4Tally {
  hours: number;
  /** Addresses by what holds them ("instance", "task", ...), in the order first counted. */
  holders: Map<string, number>;
}

/** The services of each cluster (`stack/clusterId`), for Container Insights' per-service metrics. */
export type ClusterUsage = Map<string, { services: number; families: Set<string> }>;

/** What a pricer reads and the tallies it adds to; pricers run in the order of the report. */
export interface PricingContext {
  resources: Resources;
  prices: PriceList;
  /** How often the ETL writes to the lake, from the pipeline template's metadata. */
  etl: EtlMetadata | undefined;
  runsPerMonth: number;
  publicIpv4: PublicIpv4Tally;
  clusters: ClusterUsage;
}

/** Prices the resources of one type, one line per item. */
export type Pricer = (context: PricingContext) => LineItem[];

export const line = (item: Omit<LineItem, 'monthly'>, monthly: number): LineItem => ({
  ...item,
  monthly,
});

/** $0.40, $0.0118, $0.005: cents always shown, smaller units as the price table has them. */
export const money = (value: number) =>
  `$${Number.isInteger(value * 100) ? value.toFixed(2) : String(Number(value.toPrecision(4)))}`;
export const count = (value: number) => value.toLocaleString('en', { maximumFractionDigits: 2 });

/** Logical ids without their hash (and without the stack name CDK puts before some). */
export const name = (id: string) =>
  id.replace(/[0-9A-F]{8,}.*$/, '').replace(/^cais[a-z]+(?=[A-Z])/, '');

/** The logical id a `{Ref}` or `{Fn::GetAtt}` points at. */
export function target(reference: unknown): string | undefined {
  if (typeof reference !== 'object' || reference === null) return undefined;
  const ref = (reference as { Ref?: unknown }).Ref;
  if (typeof ref === 'string') return ref;
  const getAtt = (reference as { 'Fn::GetAtt'?: unknown[] })['Fn::GetAtt'];
  return typeof getAtt?.[0] === 'string' ? getAtt[0] : undefined;
}

export const priceOf = (table: Record<string, number>, key: string, what: string): number => {
  const price = table[key];
  if (price === undefined) {
    throw new MissingPriceError(
      `${what} ${key} has no price in infra/cost/prices.ts; priced: ${Object.keys(table).join(', ')}`,
    );
  }
  return price;
};

export function addPublicIpv4(tally: PublicIpv4Tally, hours: number, what: string, addresses = 1) {
  tally.hours += hours;
  tally.holders.set(what, (tally.holders.get(what) ?? 0) + addresses);
}

/** vCPUs, GB and family of the task definition a service or a schedule target points at. */
export function taskSize(resources: Resources, stack: string, reference: unknown) {
  const task = resources.find(stack, target(reference));
  return {
    vcpu: Number(task?.props.Cpu) / 1024,
    gb: Number(task?.props.Memory) / 1024,
    family: task?.id ?? '',
  };
}
