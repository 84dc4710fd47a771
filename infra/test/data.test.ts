import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { LAKE_PREFIX, RDS_CA_BUNDLE } from '../lib/data-stack.js';
import { repositoryRoot } from '../lib/image.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { logicalId, resources, synth } from './support/synth.js';

describe('data stack', () => {
  const app = synth();
  const data = app.template('cais-data');

  describe('database', () => {
    it('is PostgreSQL on db.t4g.micro in the isolated subnets, never public', () => {
      data.hasResourceProperties('AWS::RDS::DBInstance', {
        Engine: 'postgres',
        EngineVersion: Match.stringLikeRegexp('^17'),
        DBInstanceClass: 'db.t4g.micro',
        PubliclyAccessible: false,
        MultiAZ: false,
      });
      const group = resources(data, 'AWS::RDS::DBSubnetGroup')[0]?.[1].Properties;
      expect(JSON.stringify(group?.SubnetIds)).toMatch(/isolated/i);
    });

    it('is encrypted, backed up daily for a week, and snapshotted if deleted', () => {
      data.hasResource('AWS::RDS::DBInstance', {
        Properties: Match.objectLike({
          StorageEncrypted: true,
          StorageType: 'gp3',
          AllocatedStorage: '20',
          BackupRetentionPeriod: 7,
          DeletionProtection: true,
        }),
        DeletionPolicy: 'Snapshot',
        UpdateReplacePolicy: 'Snapshot',
      });
    });

    it('takes its credentials from a generated Secrets Manager secret', () => {
      data.hasResourceProperties('AWS::SecretsManager::Secret', {
        GenerateSecretString: Match.objectLike({
          GenerateStringKey: 'password',
          SecretStringTemplate: '{"username":"cais"}',
        }),
      });
      const instance = resources(data, 'AWS::RDS::DBInstance')[0]?.[1].Properties ?? {};
      expect(JSON.stringify(instance.MasterUserPassword)).toMatch(/resolve:secretsmanager/);
    });

    it('builds DATABASE_URL as a secret from a reference, never from a plain password', () => {
      const url = resources(data, 'AWS::SecretsManager::Secret').find(([id]) =>
        id.startsWith('DatabaseUrl'),
      )?.[1].Properties;
      const text = JSON.stringify(url?.SecretString);
      expect(text).toMatch(/postgres:\/\/cais:/);
      expect(text).toMatch(/\{\{resolve:secretsmanager:/);
      expect(text).toContain(`sslmode=verify-full&sslrootcert=${RDS_CA_BUNDLE}`);
    });

    it('admits nobody by itself: its security group has no inbound rule of its own', () => {
      const sg = logicalId(data, 'AWS::EC2::SecurityGroup', 'DatabaseSecurityGroup');
      const props = resources(data, 'AWS::EC2::SecurityGroup').find(([id]) => id === sg)?.[1]
        .Properties;
      expect(props?.SecurityGroupIngress).toBeUndefined();
      data.resourceCountIs('AWS::EC2::SecurityGroupIngress', 0);
    });
  });

  describe('lake bucket', () => {
    const lake = () =>
      resources(data, 'AWS::S3::Bucket').find(([id]) => id.startsWith('Lake'))?.[1].Properties ??
      {};

    it('blocks every kind of public access', () => {
      for (const [, bucket] of resources(data, 'AWS::S3::Bucket')) {
        expect(bucket.Properties?.PublicAccessBlockConfiguration).toEqual({
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        });
      }
    });

    it('is encrypted at rest, versioned and kept when the stack is deleted', () => {
      expect(lake().BucketEncryption).toEqual({
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } },
        ],
      });
      expect(lake().VersioningConfiguration).toEqual({ Status: 'Enabled' });
      data.hasResource('AWS::S3::Bucket', {
        DeletionPolicy: 'Retain',
        Properties: Match.objectLike({ VersioningConfiguration: { Status: 'Enabled' } }),
      });
    });

    it('refuses any request not made over TLS', () => {
      const lakeId = logicalId(data, 'AWS::S3::Bucket', 'Lake');
      data.hasResourceProperties('AWS::S3::BucketPolicy', {
        Bucket: { Ref: lakeId },
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({
              Effect: 'Deny',
              Action: 's3:*',
              Principal: { AWS: '*' },
              Condition: { Bool: { 'aws:SecureTransport': 'false' } },
            }),
          ]),
        },
      });
    });

    it('moves old raw files to cheaper storage classes', () => {
      const rules = (lake().LifecycleConfiguration as { Rules: Record<string, unknown>[] }).Rules;
      expect(rules).toContainEqual(
        expect.objectContaining({
          Prefix: `${LAKE_PREFIX}/raw/`,
          Status: 'Enabled',
          Transitions: [
            { StorageClass: 'STANDARD_IA', TransitionInDays: 30 },
            { StorageClass: 'GLACIER_IR', TransitionInDays: 90 },
          ],
        }),
      );
    });

    it('logs access to a separate bucket', () => {
      expect(lake().LoggingConfiguration).toMatchObject({ LogFilePrefix: 'lake/' });
    });

    it('is reachable through a policy limited to the lake prefix, without delete', () => {
      const lakeId = logicalId(data, 'AWS::S3::Bucket', 'Lake');
      data.hasResourceProperties('AWS::IAM::ManagedPolicy', {
        PolicyDocument: {
          Statement: [
            {
              Effect: 'Allow',
              Action: ['s3:AbortMultipartUpload', 's3:GetObject', 's3:PutObject'],
              Resource: {
                'Fn::Join': ['', [{ 'Fn::GetAtt': [lakeId, 'Arn'] }, `/${LAKE_PREFIX}/*`]],
              },
            },
            {
              Effect: 'Allow',
              Action: 's3:ListBucket',
              Resource: { 'Fn::GetAtt': [lakeId, 'Arn'] },
              Condition: { StringLike: { 's3:prefix': [LAKE_PREFIX, `${LAKE_PREFIX}/*`] } },
            },
          ],
        },
      });
    });
  });

  it('the image carries the RDS certificate bundle that DATABASE_URL names', () => {
    const dockerfile = readFileSync(join(repositoryRoot(), 'Dockerfile'), 'utf8');
    // Committed in the repository (docker/rds-global-bundle.pem): the build downloads nothing.
    expect(dockerfile).toMatch(
      new RegExp(
        `^\\s*&& install -m 644 docker/rds-global-bundle\\.pem /out${RDS_CA_BUNDLE} `,
        'm',
      ),
    );
  });

  it('follows the deployer on size, standby and backups', () => {
    const custom = synth({
      dbInstanceClass: 'db.t4g.small',
      dbStorageGb: '50',
      dbMultiAz: 'true',
      dbBackupDays: '14',
      deletionProtection: 'false',
    }).template('cais-data');
    custom.hasResourceProperties('AWS::RDS::DBInstance', {
      DBInstanceClass: 'db.t4g.small',
      AllocatedStorage: '50',
      MultiAZ: true,
      BackupRetentionPeriod: 14,
      DeletionProtection: false,
    });
  });
});
