import { ASSUMPTIONS, HOURS_PER_MONTH } from '../assumptions.js';
import { addPublicIpv4, count, line, money, name, type Pricer } from '../pricing.js';

/** Application load balancers: hours, capacity units, and the public address of each node. */
export const priceLoadBalancers: Pricer = ({ resources, prices, publicIpv4 }) =>
  resources.ofType('AWS::ElasticLoadBalancingV2::LoadBalancer').flatMap((alb) => {
    if (alb.props.Scheme === 'internet-facing') {
      const zones = ((alb.props.Subnets ?? []) as unknown[]).length || 2;
      addPublicIpv4(publicIpv4, zones * HOURS_PER_MONTH, 'load balancer node', zones);
    }
    return [
      line(
        {
          service: 'Load balancer',
          item: 'Application Load Balancer',
          quantity: `${HOURS_PER_MONTH} h × ${money(prices.albHour)}`,
          inOriginal: false,
        },
        HOURS_PER_MONTH * prices.albHour,
      ),
      line(
        {
          service: 'Load balancer',
          item: `capacity units (${ASSUMPTIONS.albLcu} LCU on average)`,
          quantity: `${count(HOURS_PER_MONTH * ASSUMPTIONS.albLcu)} LCU-h × ${money(prices.albLcuHour)}`,
          inOriginal: false,
        },
        HOURS_PER_MONTH * ASSUMPTIONS.albLcu * prices.albLcuHour,
      ),
    ];
  });

/** NAT gateways: hours and the data they process; their elastic IPs are public addresses. */
export const priceNatGateways: Pricer = ({ resources, prices, publicIpv4 }) => {
  const lines = resources.ofType('AWS::EC2::NatGateway').flatMap((nat) => [
    line(
      {
        service: 'NAT gateway',
        item: `${name(nat.id)}, always on`,
        quantity: `${HOURS_PER_MONTH} h × ${money(prices.natHour)}`,
        inOriginal: false,
      },
      HOURS_PER_MONTH * prices.natHour,
    ),
    line(
      {
        service: 'NAT gateway',
        item: `data processed (${ASSUMPTIONS.natGbPerMonth} GB)`,
        quantity: `${ASSUMPTIONS.natGbPerMonth} GB × ${money(prices.natGb)}`,
        inOriginal: false,
      },
      ASSUMPTIONS.natGbPerMonth * prices.natGb,
    ),
  ]);
  const eips = resources.ofType('AWS::EC2::EIP').length;
  if (eips > 0) addPublicIpv4(publicIpv4, eips * HOURS_PER_MONTH, 'NAT gateway', eips);
  return lines;
};

/** Every public IPv4 address the pricers before it counted, on one line (billed since 2024). */
export const pricePublicIpv4: Pricer = ({ prices, publicIpv4: { hours, holders } }) =>
  hours > 0
    ? [
        line(
          {
            service: 'VPC',
            item: `public IPv4: ${[...holders]
              .map(([what, n]) => `${n} ${what}${n > 1 && !what.endsWith('runs') ? 's' : ''}`)
              .join(', ')}`,
            quantity: `${count(hours)} h × ${money(prices.publicIpv4Hour)}`,
            inOriginal: false,
          },
          hours * prices.publicIpv4Hour,
        ),
      ]
    : [];

/** The private DNS zone behind a service discovery namespace. */
export const priceServiceDiscovery: Pricer = ({ resources, prices }) =>
  resources.ofType('AWS::ServiceDiscovery::PrivateDnsNamespace').map((zone) =>
    line(
      {
        service: 'Route 53',
        item: `private zone of the service discovery namespace (${name(zone.id)})`,
        quantity: `1 × ${money(prices.hostedZoneMonth)}`,
        inOriginal: false,
      },
      prices.hostedZoneMonth,
    ),
  );
