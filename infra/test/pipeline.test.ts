import { Match, type Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ALLOWED_CIDR, logicalId, resources, synth } from './support/synth.js';

/** The user data script, with each CloudFormation reference shown as <ref>. */
function userData(template: Template, prefix: string): string {
  const instance = resources(template, 'AWS::EC2::Instance').find(([id]) => id.startsWith(prefix));
  const join = (
    instance?.[1].Properties?.UserData as { 'Fn::Base64': { 'Fn::Join': [string, unknown[]] } }
  )['Fn::Base64']['Fn::Join'][1];
  return join.map((part) => (typeof part === 'string' ? part : '<ref>')).join('');
}

/** Ingress rules of a security group, inline or separate. */
function ingressOf(template: Template, group: string): Record<string, unknown>[] {
  const inline = resources(template, 'AWS::EC2::SecurityGroup').find(([id]) => id === group)?.[1]
    .Properties?.SecurityGroupIngress as Record<string, unknown>[] | undefined;
  const separate = resources(template, 'AWS::EC2::SecurityGroupIngress')
    .map(([, r]) => r.Properties ?? {})
    .filter((p) => JSON.stringify(p.GroupId).includes(`"${group}"`));
  return [...(inline ?? []), ...separate];
}

function policyStatements(template: Template, rolePrefix: string) {
  const role = logicalId(template, 'AWS::IAM::Role', rolePrefix);
  return resources(template, 'AWS::IAM::Policy')
    .filter(([, p]) => JSON.stringify(p.Properties?.Roles).includes(`"${role}"`))
    .flatMap(
      ([, p]) =>
        (p.Properties?.PolicyDocument as { Statement: Record<string, unknown>[] }).Statement,
    );
}

describe('pipeline stack, ETL on EC2 (the original)', () => {
  const pipeline = synth().template('cais-pipeline');
  const etlGroup = logicalId(pipeline, 'AWS::EC2::SecurityGroup', 'EtlSecurityGroup');
  const dashboardGroup = logicalId(pipeline, 'AWS::EC2::SecurityGroup', 'DashboardSecurityGroup');

  it('admits no inbound connection at all to the ETL instance', () => {
    expect(ingressOf(pipeline, etlGroup)).toEqual([]);
    pipeline.hasResourceProperties('AWS::EC2::Instance', {
      SecurityGroupIds: Match.absent(),
      NetworkInterfaces: [
        Match.objectLike({ GroupSet: [{ 'Fn::GetAtt': [etlGroup, 'GroupId'] }] }),
      ],
      KeyName: Match.absent(),
    });
  });

  it('lets the ETL out to HTTPS (CoinMarketCap, AWS) and PostgreSQL only', () => {
    const group = resources(pipeline, 'AWS::EC2::SecurityGroup').find(
      ([id]) => id === etlGroup,
    )?.[1];
    expect(group?.Properties?.SecurityGroupEgress).toEqual([
      expect.objectContaining({ CidrIp: '0.0.0.0/0', FromPort: 443, ToPort: 443 }),
    ]);
    const egress = resources(pipeline, 'AWS::EC2::SecurityGroupEgress')
      .map(([, r]) => r.Properties ?? {})
      .filter((p) => JSON.stringify(p.GroupId).includes(`"${etlGroup}"`));
    expect(egress).toEqual([
      expect.objectContaining({
        FromPort: 5432,
        ToPort: 5432,
        DestinationSecurityGroupId: expect.anything() as unknown,
      }),
    ]);
    expect(JSON.stringify(egress[0]?.DestinationSecurityGroupId)).toMatch(/DatabaseSecurityGroup/);
  });

  it('puts the ETL in a public subnet with a public address when there is no NAT gateway', () => {
    const etl = resources(pipeline, 'AWS::EC2::Instance').find(([id]) => id.startsWith('Etl'))?.[1];
    const nic = (etl?.Properties?.NetworkInterfaces as Record<string, unknown>[])[0];
    expect(nic?.AssociatePublicIpAddress).toBe(true);
    expect(JSON.stringify(nic?.SubnetId)).toMatch(/publicSubnet/);
    const natEtl = resources(
      synth({ nat: 'true' }).template('cais-pipeline'),
      'AWS::EC2::Instance',
    ).find(([id]) => id.startsWith('Etl'))?.[1];
    const natNic = (natEtl?.Properties?.NetworkInterfaces as Record<string, unknown>[])[0];
    expect(natNic?.AssociatePublicIpAddress).toBe(false);
    expect(JSON.stringify(natNic?.SubnetId)).toMatch(/privateSubnet/);
  });

  it('opens the dashboard on 8501 to the allowed range, and nothing else', () => {
    expect(ingressOf(pipeline, dashboardGroup)).toEqual([
      expect.objectContaining({
        CidrIp: ALLOWED_CIDR,
        FromPort: 8501,
        ToPort: 8501,
        IpProtocol: 'tcp',
      }),
    ]);
  });

  it('refuses to define the dashboard without an allowed range, saying which option to pass', () => {
    expect(() => synth({ allowedCidr: '' })).toThrow(/-c allowedCidr=<your IP>\/32/);
    // The catalog alone needs no range.
    expect(() => synth({ allowedCidr: '', topology: 'catalog' })).not.toThrow();
  });

  it('opens the database to the ETL and the dashboard only, on 5432', () => {
    const rules = resources(pipeline, 'AWS::EC2::SecurityGroupIngress')
      .map(([, r]) => r.Properties ?? {})
      .filter((p) => JSON.stringify(p.GroupId).includes('DatabaseSecurityGroup'));
    expect(
      rules
        .map((r) => [
          (r.SourceSecurityGroupId as { 'Fn::GetAtt': string[] })['Fn::GetAtt'][0],
          r.FromPort,
          r.ToPort,
        ])
        .sort(),
    ).toEqual(
      [
        [dashboardGroup, 5432, 5432],
        [etlGroup, 5432, 5432],
      ].sort(),
    );
  });

  it('limits the ETL role to the lake prefix, its three secrets, the image and its logs', () => {
    pipeline.hasResourceProperties('AWS::IAM::Role', {
      ManagedPolicyArns: [
        {
          'Fn::Join': [
            '',
            ['arn:', { Ref: 'AWS::Partition' }, ':iam::aws:policy/AmazonSSMManagedInstanceCore'],
          ],
        },
        {
          'Fn::GetStackOutput': Match.objectLike({
            OutputName: Match.stringLikeRegexp('LakeAccess'),
          }),
        },
      ],
    });
    const statements = policyStatements(pipeline, 'EtlRole');
    const secrets = statements.find((s) => JSON.stringify(s.Action).includes('secretsmanager'));
    expect(secrets?.Action).toEqual([
      'secretsmanager:DescribeSecret',
      'secretsmanager:GetSecretValue',
    ]);
    const targets = JSON.stringify(secrets?.Resource);
    expect(targets).toMatch(/DatabaseUrl/);
    expect(targets).toMatch(/CmcApiKey/);
    expect(targets).toMatch(/DashboardDatabasePassword/);
    expect((secrets?.Resource as unknown[]).length).toBe(3);
    for (const statement of statements) {
      expect(
        [statement.Action]
          .flat()
          .some(
            (a) => /^(s3|secretsmanager|rds|\*)(:\*)?$/.test(String(a)) || String(a).endsWith(':*'),
          ),
      ).toBe(false);
    }
  });

  it('gives the dashboard the read-only database URL only: not the owner’s, the lake or the CoinMarketCap key', () => {
    const statements = JSON.stringify(policyStatements(pipeline, 'DashboardRole'));
    expect(statements).toMatch(/DatabaseReadonlyUrl/);
    expect(statements).not.toMatch(/DatabaseUrl|DashboardDatabasePassword|CmcApiKey|s3:/);
    pipeline.hasResourceProperties('AWS::IAM::Role', {
      ManagedPolicyArns: [Match.objectLike({ 'Fn::Join': Match.anyValue() })],
    });
  });

  it('requires IMDSv2 and encrypts the instances’ disks', () => {
    pipeline.resourcePropertiesCountIs(
      'AWS::EC2::LaunchTemplate',
      { LaunchTemplateData: { MetadataOptions: { HttpTokens: 'required' } } },
      2,
    );
    pipeline.allResourcesProperties('AWS::EC2::Instance', {
      BlockDeviceMappings: [
        { DeviceName: '/dev/xvda', Ebs: { Encrypted: true, VolumeSize: 8, VolumeType: 'gp3' } },
      ],
    });
  });

  it('runs the roles as systemd services of the cais image, secrets fetched at start', () => {
    const etl = userData(pipeline, 'Etl');
    expect(etl).toContain('/etc/systemd/system/cais-etl.service');
    expect(etl).toMatch(/ExecStart=\/usr\/bin\/docker run .* \$\{IMAGE\} etl schedule\n/);
    expect(etl).toContain('Restart=always');

    expect(etl).toMatch(/DATABASE_URL <ref>\nCMC_API_KEY <ref> CMC_API_KEY/);
    expect(etl).toMatch(/LAKE_URL=s3:\/\/<ref>\/lake\n/);
    expect(etl).toContain('ETL_SCHEDULE=*/5 * * * *');
    // Before the worker, once per boot: the dashboard's read-only login, made with the owner's URL.
    expect(etl).toMatch(
      /Type=oneshot\n[^]*\$\{IMAGE\} db readonly-login cais_dashboard\nTimeoutStartSec=300\nRestart=on-failure/,
    );
    expect(etl).toMatch(
      /cais-db-readonly-login.secrets[^]*\nDATABASE_URL <ref>\nREADONLY_PASSWORD <ref>\n/,
    );
    expect(etl).toContain('systemctl enable --now cais-db-readonly-login.service cais-etl.service');
    const dashboard = userData(pipeline, 'Dashboard');
    expect(dashboard).toMatch(/\$\{IMAGE\} web\n/);
    expect(dashboard).not.toMatch(/\$\{IMAGE\} api\n/);
    expect(dashboard).toMatch(/cais-web.secrets[^]*\nDATABASE_READONLY_URL <ref>\n/);
    expect(dashboard).not.toMatch(/DATABASE_URL/);
    expect(dashboard).toContain('systemctl enable --now cais-web.service');
    for (const script of [etl, dashboard]) {
      // Only secret ARNs travel in the user data; the values are read on the instance.
      expect(script).not.toMatch(/postgres:\/\/|"password"|resolve:secretsmanager/);
    }
  });

  it('creates the CoinMarketCap secret empty, for the deployer to fill', () => {
    pipeline.hasResourceProperties('AWS::SecretsManager::Secret', {
      SecretString: '{"CMC_API_KEY":""}',
    });
  });

  it('records the ETL schedule for the cost estimate', () => {
    expect(pipeline.toJSON()).toMatchObject({
      Metadata: { 'cais:etl': { mode: 'ec2', schedule: '*/5 * * * *', symbols: ['BTC'] } },
    });
  });
});

describe('pipeline stack, ETL as a scheduled Fargate task', () => {
  const pipeline = synth({ etl: 'fargate' }).template('cais-pipeline');

  it('replaces the ETL instance with a task run on the schedule', () => {
    expect(resources(pipeline, 'AWS::EC2::Instance').map(([id]) => id)).toEqual([
      expect.stringMatching(/^Dashboard/),
    ]);
    pipeline.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'cron(0/5 * * * ? *)',
      State: 'ENABLED',
      Targets: [
        Match.objectLike({
          EcsParameters: Match.objectLike({
            LaunchType: 'FARGATE',
            NetworkConfiguration: {
              AwsVpcConfiguration: Match.objectLike({ AssignPublicIp: 'ENABLED' }),
            },
          }),
        }),
      ],
    });
  });

  it('runs `cais etl run` with its secrets from Secrets Manager, after making the dashboard login', () => {
    pipeline.hasResourceProperties('AWS::ECS::TaskDefinition', {
      Cpu: '256',
      Memory: '512',
      ContainerDefinitions: [
        Match.objectLike({
          Name: 'readonly-login',
          Essential: false,
          Command: ['db', 'readonly-login', 'cais_dashboard'],
          Secrets: [
            { Name: 'DATABASE_URL', ValueFrom: Match.anyValue() },
            { Name: 'READONLY_PASSWORD', ValueFrom: Match.anyValue() },
          ],
        }),
        Match.objectLike({
          DependsOn: [{ ContainerName: 'readonly-login', Condition: 'SUCCESS' }],
          Command: ['etl', 'run'],
          Secrets: [
            { Name: 'DATABASE_URL', ValueFrom: Match.anyValue() },
            { Name: 'CMC_API_KEY', ValueFrom: Match.objectLike({ 'Fn::Join': Match.anyValue() }) },
          ],
        }),
      ],
    });
  });

  it('keeps the same network rules: no inbound rule, and the lake policy on the task role', () => {
    const etlGroup = logicalId(pipeline, 'AWS::EC2::SecurityGroup', 'EtlSecurityGroup');
    expect(ingressOf(pipeline, etlGroup)).toEqual([]);
    pipeline.hasResourceProperties('AWS::IAM::Role', {
      AssumeRolePolicyDocument: Match.objectLike({
        Statement: [Match.objectLike({ Principal: { Service: 'ecs-tasks.amazonaws.com' } })],
      }),
      ManagedPolicyArns: [
        {
          'Fn::GetStackOutput': Match.objectLike({
            OutputName: Match.stringLikeRegexp('LakeAccess'),
          }),
        },
      ],
    });
  });
});
