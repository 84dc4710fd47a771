import { Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { Construct } from 'constructs';
import type { DataStack } from './data-stack.js';
import { acknowledgeImagePull, type AppImage } from './image.js';

/** A security group that admits nothing and lets out HTTPS and PostgreSQL only. */
export function outToHttpsAndDatabase(
  scope: Construct,
  name: string,
  vpc: ec2.IVpc,
  data: DataStack,
  reasons: { description: string; https: string; database: string },
): ec2.SecurityGroup {
  const group = new ec2.SecurityGroup(scope, `${name}SecurityGroup`, {
    vpc,
    description: reasons.description,
    allowAllOutbound: false,
  });
  group.addEgressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), reasons.https);
  group.connections.allowTo(data.databaseSecurityGroup, ec2.Port.tcp(5432), reasons.database);
  return group;
}

/** The role of an instance: Session Manager, pulling the image, writing its logs. */
export function instanceRole(
  scope: Construct,
  id: string,
  image: AppImage,
  logGroup: logs.ILogGroup,
): iam.Role {
  const role = new iam.Role(scope, id, {
    assumedBy: new iam.ServicePrincipal('ec2.amazonaws.com'),
    managedPolicies: [iam.ManagedPolicy.fromAwsManagedPolicyName('AmazonSSMManagedInstanceCore')],
  });
  image.grantPull(role);
  acknowledgeImagePull(image, role);
  logGroup.grantWrite(role);
  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore]',
    reason:
      'The AWS-maintained minimum for Session Manager, which replaces SSH: the instances admit no inbound connection.',
  });
  return role;
}

export interface HostInstanceProps {
  vpc: ec2.IVpc;
  instanceType: string;
  subnets: ec2.SubnetSelection;
  publicIp: boolean;
  securityGroup: ec2.SecurityGroup;
  role: iam.Role;
  userData: ec2.UserData;
}

/** An Amazon Linux instance running the cais image as systemd services (see user-data.ts). */
export function hostInstance(scope: Construct, id: string, props: HostInstanceProps): ec2.Instance {
  const instance = new ec2.Instance(scope, id, {
    vpc: props.vpc,
    vpcSubnets: props.subnets,
    associatePublicIpAddress: props.publicIp,
    instanceType: new ec2.InstanceType(props.instanceType),
    machineImage: ec2.MachineImage.latestAmazonLinux2023({
      cpuType: ec2.AmazonLinuxCpuType.X86_64,
    }),
    securityGroup: props.securityGroup,
    role: props.role,
    userData: props.userData,
    // A new configuration means a new instance: they hold no state (it is in RDS and S3).
    userDataCausesReplacement: true,
    requireImdsv2: true,
    blockDevices: [
      {
        deviceName: '/dev/xvda',
        volume: ec2.BlockDeviceVolume.ebs(8, {
          encrypted: true,
          volumeType: ec2.EbsDeviceVolumeType.GP3,
        }),
      },
    ],
  });
  Validations.of(instance).acknowledge(
    {
      id: 'AwsSolutions-EC28',
      reason:
        'Basic (5-minute) monitoring is enough here; detailed monitoring is billed per metric.',
    },
    {
      id: 'AwsSolutions-EC29',
      reason:
        'The instance is disposable (state lives in RDS and S3) and is replaced when its configuration changes; termination protection would block that.',
    },
  );
  return instance;
}
