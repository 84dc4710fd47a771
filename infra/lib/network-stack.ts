import { RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import { retentionDays } from './log-retention.js';
import type { Options } from './options.js';

export interface NetworkStackProps extends StackProps {
  options: Options;
}

/**
 * The VPC: two availability zones, public subnets (load balancer, dashboard, and without NAT the
 * tasks and the ETL instance) and isolated subnets (the database, no route out at all). A NAT
 * gateway costs more than the rest of the pipeline, so it is an option; the S3 gateway endpoint is
 * free and keeps lake traffic off the internet.
 */
export class NetworkStack extends Stack {
  readonly vpc: ec2.Vpc;
  /** Where the application roles run: private subnets behind the NAT gateway, or public ones. */
  readonly appSubnets: ec2.SubnetSelection;

  constructor(scope: Construct, id: string, props: NetworkStackProps) {
    super(scope, id, props);
    const { options } = props;

    const subnets: ec2.SubnetConfiguration[] = [
      {
        name: 'public',
        subnetType: ec2.SubnetType.PUBLIC,
        cidrMask: 24,
        mapPublicIpOnLaunch: false,
      },
      { name: 'isolated', subnetType: ec2.SubnetType.PRIVATE_ISOLATED, cidrMask: 24 },
    ];
    if (options.nat) {
      subnets.push({
        name: 'private',
        subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS,
        cidrMask: 24,
      });
    }

    const flowLogs = new logs.LogGroup(this, 'FlowLogs', {
      retention: retentionDays(options.logRetentionDays),
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr('10.40.0.0/16'),
      maxAzs: 2,
      natGateways: options.nat ? 1 : 0,
      subnetConfiguration: subnets,
      gatewayEndpoints: { S3: { service: ec2.GatewayVpcEndpointAwsService.S3 } },
      // Rejected traffic only: it is what shows a probe or a misconfigured rule, at a fraction of
      // the volume (and the cost) of logging every accepted connection.
      flowLogs: {
        rejected: {
          trafficType: ec2.FlowLogTrafficType.REJECT,
          destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogs),
        },
      },
    });
    this.appSubnets = {
      subnetType: options.nat ? ec2.SubnetType.PRIVATE_WITH_EGRESS : ec2.SubnetType.PUBLIC,
    };
  }
}
