import { ETL_METADATA_KEY, type EtlMetadata } from '../lib/pipeline-stack.js';
import { runsPerMonth } from '../lib/schedule.js';
import { priceAlarms, priceBudgets, priceKmsKeys, priceTopics } from './pricers/alarms.js';
import { priceContainerInsights, priceLogs } from './pricers/cloudwatch.js';
import { priceEc2 } from './pricers/ec2.js';
import { priceFargateServices, priceScheduledTasks } from './pricers/fargate.js';
import {
  priceLoadBalancers,
  priceNatGateways,
  pricePublicIpv4,
  priceServiceDiscovery,
} from './pricers/network.js';
import { priceRds } from './pricers/rds.js';
import { priceLakeAnalytics, priceLakeArchive } from './pricers/lake-analytics.js';
import { priceLake, priceSecrets } from './pricers/storage.js';
import type { PriceList } from './prices.js';
import type { CfnTemplate, LineItem, Pricer, Resource, Resources } from './pricing.js';

export { MissingPriceError, type CfnTemplate, type LineItem } from './pricing.js';

/**
 * One pricer per resource type, in the order of the report. The order also carries two
 * hand-overs: public IPv4 is billed after every pricer that counts addresses, and Container
 * Insights after the services whose metrics it adds.
 */
const PRICERS: Pricer[] = [
  priceRds,
  priceEc2,
  priceFargateServices,
  priceScheduledTasks,
  priceLoadBalancers,
  priceNatGateways,
  pricePublicIpv4,
  priceLake,
  priceLakeArchive,
  priceLakeAnalytics,
  priceLogs,
  priceContainerInsights,
  priceAlarms,
  priceSecrets,
  priceServiceDiscovery,
  priceKmsKeys,
  priceTopics,
  priceBudgets,
];

function resourcesOf(templates: Record<string, CfnTemplate>): Resources {
  const all: Resource[] = Object.entries(templates).flatMap(([stack, template]) =>
    Object.entries(template.Resources ?? {}).map(([id, r]) => ({
      id,
      stack,
      type: r.Type,
      props: r.Properties ?? {},
    })),
  );
  return {
    ofType: (type) => all.filter((r) => r.type === type),
    find: (stack, id) => all.find((r) => r.stack === stack && r.id === id),
  };
}

/** The monthly cost of every billable resource in the templates, one line per item. */
export function estimate(templates: Record<string, CfnTemplate>, prices: PriceList): LineItem[] {
  const etl = Object.values(templates)
    .map((t) => t.Metadata?.[ETL_METADATA_KEY] as EtlMetadata | undefined)
    .find((m) => m !== undefined);
  const context = {
    resources: resourcesOf(templates),
    prices,
    etl,
    runsPerMonth: etl ? runsPerMonth(etl.schedule) : 0,
    publicIpv4: { hours: 0, holders: new Map<string, number>() },
    clusters: new Map<string, { services: number; families: Set<string> }>(),
  };
  return PRICERS.flatMap((price) => price(context));
}
