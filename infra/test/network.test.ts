import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { resources, synth } from './support/synth.js';

describe('network stack', () => {
  const plain = synth().template('cais-network');
  const withNat = synth({ nat: 'true' }).template('cais-network');

  it('spreads public and isolated subnets over two availability zones', () => {
    plain.resourceCountIs('AWS::EC2::Subnet', 4);
    const subnets = resources(plain, 'AWS::EC2::Subnet').map(([, r]) => r.Properties ?? {});
    const zones = new Set(subnets.map((s) => JSON.stringify(s.AvailabilityZone)));
    expect(zones.size).toBe(2);
    const kinds = subnets.map(
      (s) =>
        (s.Tags as { Key: string; Value: string }[]).find((t) => t.Key === 'aws-cdk:subnet-type')
          ?.Value,
    );
    expect(kinds.sort()).toEqual(['Isolated', 'Isolated', 'Public', 'Public']);
  });

  it('has no NAT gateway by default, and no public address handed out by the subnets', () => {
    plain.resourceCountIs('AWS::EC2::NatGateway', 0);
    plain.resourceCountIs('AWS::EC2::EIP', 0);
    for (const [, subnet] of resources(plain, 'AWS::EC2::Subnet')) {
      expect(subnet.Properties?.MapPublicIpOnLaunch ?? false).toBe(false);
    }
  });

  it('gives the isolated subnets no route out at all', () => {
    const routes = resources(plain, 'AWS::EC2::Route');
    expect(routes.length).toBe(2); // the public subnets' default route to the internet gateway
    for (const [id] of routes) expect(id).toMatch(/public/);
  });

  it('adds one NAT gateway and private subnets routed through it when asked', () => {
    withNat.resourceCountIs('AWS::EC2::NatGateway', 1);
    withNat.resourceCountIs('AWS::EC2::Subnet', 6);
    withNat.hasResourceProperties('AWS::EC2::Route', {
      DestinationCidrBlock: '0.0.0.0/0',
      NatGatewayId: Match.anyValue(),
    });
  });

  it('reaches S3 through a free gateway endpoint', () => {
    for (const template of [plain, withNat]) {
      template.hasResourceProperties('AWS::EC2::VPCEndpoint', {
        VpcEndpointType: 'Gateway',
        ServiceName: Match.objectLike({ 'Fn::Join': Match.arrayWith([Match.arrayWith(['.s3'])]) }),
      });
    }
  });

  it('logs rejected traffic, with a retention', () => {
    plain.hasResourceProperties('AWS::EC2::FlowLog', { TrafficType: 'REJECT' });
    plain.hasResourceProperties('AWS::Logs::LogGroup', { RetentionInDays: 30 });
  });
});
