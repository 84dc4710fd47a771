import { Validations } from 'aws-cdk-lib';
import type { Template } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { stacksOf } from '../lib/app.js';
import {
  ALLOWED_CIDR,
  CERTIFICATE_ARN,
  resources,
  synth,
  type Synthesized,
} from './support/synth.js';

/** Every combination of the options that change what is deployed. */
const COMBINATIONS: Record<string, string>[] = [];
for (const topology of ['all', 'catalog', 'pipeline']) {
  for (const nat of ['false', 'true']) {
    for (const etl of topology === 'catalog' ? ['ec2'] : ['ec2', 'fargate']) {
      for (const certificate of topology === 'pipeline' ? [false] : [false, true]) {
        COMBINATIONS.push({
          topology,
          nat,
          etl,
          ...(certificate ? { certificateArn: CERTIFICATE_ARN } : {}),
        });
      }
    }
  }
}

const label = (context: Record<string, string>) =>
  Object.entries(context)
    .map(([key, value]) => (key === 'certificateArn' ? 'https' : `${key}=${value}`))
    .join(' ');

type Statement = { Effect: string; Action: string | string[]; Resource?: unknown };

function allowStatements(template: Template): { where: string; statement: Statement }[] {
  const found: { where: string; statement: Statement }[] = [];
  const add = (where: string, document: unknown) => {
    for (const statement of (document as { Statement?: Statement[] } | undefined)?.Statement ??
      []) {
      if (statement.Effect === 'Allow') found.push({ where, statement });
    }
  };
  for (const [id, r] of resources(template)) {
    if (r.Type === 'AWS::IAM::Policy' || r.Type === 'AWS::IAM::ManagedPolicy')
      add(id, r.Properties?.PolicyDocument);
    if (r.Type === 'AWS::IAM::Role') {
      for (const policy of (r.Properties?.Policies ?? []) as { PolicyDocument: unknown }[])
        add(id, policy.PolicyDocument);
    }
  }
  return found;
}

/** The security claims of the deployment guide, checked on every template of a synthesis. */
function checkSecurityClaims({ templates, options }: Synthesized): void {
  for (const [stack, template] of Object.entries(templates)) {
    // No wildcard action anywhere, so no `s3:*` or `secretsmanager:*` on data.
    for (const { where, statement } of allowStatements(template)) {
      for (const action of [statement.Action].flat()) {
        expect(action, `${stack}/${where}`).not.toContain('*');
      }
    }

    // The internet reaches the load balancer on 80/443 and the dashboard from the allowed range.
    const ingress = [
      ...resources(template, 'AWS::EC2::SecurityGroup').flatMap(([id, r]) =>
        ((r.Properties?.SecurityGroupIngress ?? []) as Record<string, unknown>[]).map((rule) => ({
          id,
          rule,
        })),
      ),
      ...resources(template, 'AWS::EC2::SecurityGroupIngress').map(([id, r]) => ({
        id,
        rule: r.Properties ?? {},
      })),
    ];
    for (const { id, rule } of ingress) {
      expect(rule.CidrIpv6, `${stack}/${id}`).toBeUndefined();
      if (rule.CidrIp === undefined) {
        expect(
          rule.SourceSecurityGroupId ?? rule.SourcePrefixListId,
          `${stack}/${id}`,
        ).toBeDefined();
      } else if (rule.CidrIp === '0.0.0.0/0') {
        expect(id, `${stack}: open to the internet`).toMatch(/^LoadBalancerSecurityGroup/);
        expect([80, 443]).toContain(rule.FromPort);
        expect(rule.ToPort).toBe(rule.FromPort);
      } else {
        expect([rule.CidrIp, rule.FromPort, rule.ToPort], `${stack}/${id}`).toEqual([
          options.allowedCidr ?? ALLOWED_CIDR,
          8501,
          8501,
        ]);
      }
    }

    for (const [id, bucket] of resources(template, 'AWS::S3::Bucket')) {
      expect(bucket.Properties?.PublicAccessBlockConfiguration, id).toEqual({
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      });
      expect(JSON.stringify(bucket.Properties?.BucketEncryption), id).toMatch(/AES256|aws:kms/);
      const policies = resources(template, 'AWS::S3::BucketPolicy').filter(
        ([, p]) => JSON.stringify(p.Properties?.Bucket) === JSON.stringify({ Ref: id }),
      );
      expect(JSON.stringify(policies), `${id} refuses plain HTTP`).toMatch(
        /"aws:SecureTransport":"false"/,
      );
    }

    for (const [id, db] of resources(template, 'AWS::RDS::DBInstance')) {
      expect(db.Properties, id).toMatchObject({
        StorageEncrypted: true,
        PubliclyAccessible: false,
      });
    }

    for (const [id, instance] of resources(template, 'AWS::EC2::Instance')) {
      expect(instance.Properties?.KeyName, `${id} takes no SSH key`).toBeUndefined();
      expect(JSON.stringify(instance.Properties?.BlockDeviceMappings), id).toMatch(
        /"Encrypted":true/,
      );
    }
    for (const [id, lt] of resources(template, 'AWS::EC2::LaunchTemplate')) {
      expect(lt.Properties?.LaunchTemplateData, id).toMatchObject({
        MetadataOptions: { HttpTokens: 'required' },
      });
    }

    for (const [id, group] of resources(template, 'AWS::Logs::LogGroup')) {
      expect(group.Properties?.RetentionInDays, `${id} keeps logs forever`).toBe(
        options.logRetentionDays,
      );
    }

    for (const [id, task] of resources(template, 'AWS::ECS::TaskDefinition')) {
      for (const container of (task.Properties?.ContainerDefinitions ?? []) as {
        Environment?: { Name: string }[];
      }[]) {
        for (const { Name } of container.Environment ?? []) {
          expect(Name, `${id}: a secret in the plain environment`).not.toMatch(
            /DATABASE_URL|TOKEN|PASSWORD|SECRET|API_KEY/,
          );
        }
      }
    }
  }
}

describe('every option combination', () => {
  for (const context of COMBINATIONS) {
    it(`${label(context)}: synthesizes, passes cdk-nag AwsSolutions, keeps the security claims`, () => {
      // synth() runs the AwsSolutions checks and throws on any finding left unacknowledged.
      const synthesized = synth(context);
      const names = Object.keys(synthesized.templates);
      expect(names).toEqual(
        ['cais-network', 'cais-data', 'cais-catalog', 'cais-pipeline', 'cais-alarms'].filter(
          (name) =>
            !(context.topology === 'catalog' && name === 'cais-pipeline') &&
            !(context.topology === 'pipeline' && name === 'cais-catalog'),
        ),
      );
      checkSecurityClaims(synthesized);
    });
  }

  it('acknowledges every cdk-nag rule it does not fix with a written reason', () => {
    const acknowledged = new Map<string, string>();
    for (const context of COMBINATIONS) {
      for (const stack of stacksOf(synth(context).stacks)) {
        for (const construct of stack.node.findAll()) {
          for (const entry of construct.node.metadata) {
            if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
            for (const [rule, reason] of Object.entries(entry.data as Record<string, string>)) {
              acknowledged.set(`${construct.node.path} ${rule}`, reason);
            }
          }
        }
      }
    }
    expect(acknowledged.size).toBeGreaterThan(10);
    for (const [where, reason] of acknowledged) {
      expect(reason.length, where).toBeGreaterThanOrEqual(40);
      expect(reason, where).toMatch(/[a-z]{3,}.*[.;:,)]|\w{4,} \w{4,} \w{4,}/);
    }
  });

  it('builds the stacks in another region and account without any lookup', () => {
    const { stacks } = synth({ region: 'us-east-1', account: '123456789012', etl: 'fargate' });
    for (const stack of stacksOf(stacks)) {
      expect(stack.region).toBe('us-east-1');
      expect(stack.account).toBe('123456789012');
    }
  });
});
