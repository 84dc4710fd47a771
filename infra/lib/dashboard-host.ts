import type { Stack } from 'aws-cdk-lib';
import { CfnOutput, Validations } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import type * as logs from 'aws-cdk-lib/aws-logs';
import type { DataStack } from './data-stack.js';
import type { AppImage } from './image.js';
import { hostInstance, instanceRole, outToHttpsAndDatabase } from './instance-host.js';
import type { NetworkStack } from './network-stack.js';
import type { Options } from './options.js';
import { roleHostUserData, type RoleUnit } from './user-data.js';

const WEB_PORT = 8501;

export interface DashboardHostProps {
  options: Options;
  network: NetworkStack;
  data: DataStack;
  image: AppImage;
  logGroup: logs.ILogGroup;
}

/**
 * The dashboard host: an instance running `cais web` with only 8501 open, to the range the
 * deployer names. It reads prices as the read-only login and holds no other credential: no
 * owner DATABASE_URL, so no api (the catalog lives in the catalog stack).
 * A part of its stack, built in the stack's scope so that no id changes (see pipeline-stack.ts).
 */
export class DashboardHost {
  readonly instance: ec2.Instance;

  constructor(
    private readonly stack: Stack,
    props: DashboardHostProps,
  ) {
    const { options, network, data, image, logGroup } = props;
    const securityGroup = outToHttpsAndDatabase(this.stack, 'Dashboard', network.vpc, data, {
      description: 'cais dashboard: 8501 from the allowed range only; out to HTTPS and PostgreSQL',
      https: 'HTTPS: AWS APIs, the image registry, packages',
      database: 'dashboard to PostgreSQL',
    });
    if (options.allowedCidr) {
      securityGroup.addIngressRule(
        ec2.Peer.ipv4(options.allowedCidr),
        ec2.Port.tcp(WEB_PORT),
        'dashboard from the allowed range',
      );
    } else {
      Validations.of(this.stack).addError(
        'cais:allowedCidr',
        'The dashboard needs the range allowed to reach port 8501, and it has no default: ' +
          'pass -c allowedCidr=<your IP>/32 (curl -s https://checkip.amazonaws.com shows your IP).',
      );
    }

    const role = instanceRole(this.stack, 'DashboardRole', image, logGroup);
    data.databaseReadonlyUrl.grantRead(role);
    const units: RoleUnit[] = [
      {
        name: 'cais-web',
        description: 'cais price dashboard on 8501 (read-only database login)',
        command: ['web'],
        environment: {
          HOST: '0.0.0.0',
          WEB_PORT: String(WEB_PORT),
          DATABASE_POOL_SIZE: '3',
          LOG_LEVEL: 'info',
        },
        secrets: { DATABASE_READONLY_URL: { secret: data.databaseReadonlyUrl } },
      },
    ];
    const instance = (this.instance = hostInstance(this.stack, 'Dashboard', {
      vpc: network.vpc,
      instanceType: options.instances.dashboard,
      subnets: { subnetType: ec2.SubnetType.PUBLIC },
      publicIp: true,
      securityGroup,
      role,
      userData: roleHostUserData({ image, region: this.stack.region, logGroup, units }),
    }));
    new CfnOutput(this.stack, 'DashboardUrl', {
      description: 'The dashboard, reachable from allowedCidr only',
      value: `http://${instance.instancePublicDnsName}:${WEB_PORT}`,
    });
  }
}
