import { HOURS_PER_MONTH } from '../assumptions.js';
import { addPublicIpv4, line, money, name, priceOf, type Pricer } from '../pricing.js';

/** EC2 instances: always on, their EBS volumes, and a public address when they have one. */
export const priceEc2: Pricer = ({ resources, prices, publicIpv4 }) =>
  resources.ofType('AWS::EC2::Instance').flatMap((instance) => {
    const type = String(instance.props.InstanceType);
    const hour = priceOf(prices.ec2InstanceHour, type, 'EC2 instance type');
    const volumes = (instance.props.BlockDeviceMappings ?? []) as {
      Ebs?: { VolumeSize?: number };
    }[];
    const gb = volumes.reduce((sum, v) => sum + (v.Ebs?.VolumeSize ?? 0), 0);
    const nic = (
      (instance.props.NetworkInterfaces ?? []) as { AssociatePublicIpAddress?: boolean }[]
    )[0];
    if (nic?.AssociatePublicIpAddress === true) {
      addPublicIpv4(publicIpv4, HOURS_PER_MONTH, 'instance');
    }
    return [
      line(
        {
          service: 'EC2',
          item: `${type} (${name(instance.id)}), always on`,
          quantity: `${HOURS_PER_MONTH} h × ${money(hour)}`,
          inOriginal: true,
        },
        HOURS_PER_MONTH * hour,
      ),
      line(
        {
          service: 'EBS',
          item: `gp3 volume (${name(instance.id)})`,
          quantity: `${gb} GB × ${money(prices.ebsGp3GbMonth)}`,
          inOriginal: true,
        },
        gb * prices.ebsGp3GbMonth,
      ),
    ];
  });
