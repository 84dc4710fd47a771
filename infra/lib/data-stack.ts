import {
  CfnOutput,
  Duration,
  Fn,
  RemovalPolicy,
  SecretValue,
  Stack,
  Validations,
  type StackProps,
} from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as s3 from 'aws-cdk-lib/aws-s3';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import type { Construct } from 'constructs';
import { archiveRule } from './lake-archive.js';
import { LakeAnalytics } from './lake-analytics.js';
import type { Options } from './options.js';

export interface DataStackProps extends StackProps {
  options: Options;
  vpc: ec2.IVpc;
}

/** Where the container image keeps Amazon's RDS certificate bundle (see the Dockerfile). */
export const RDS_CA_BUNDLE = '/etc/ssl/certs/rds-global-bundle.pem';

/** The lake's objects live under this prefix of the bucket: LAKE_URL is s3://<bucket>/lake. */
export const LAKE_PREFIX = 'lake';
export { ARCHIVE_RULE_ID } from './lake-archive.js';

const DATABASE_NAME = 'cais';
const DATABASE_USER = 'cais';
/** The dashboard's login: a member of cais_readonly (SELECT only), made by `cais db readonly-login`. */
export const DASHBOARD_DATABASE_USER = 'cais_dashboard';

/**
 * Letters and digits only: the password goes into a URL (DATABASE_URL) assembled by
 * CloudFormation, which cannot percent-encode; 30 of them still carry about 178 bits.
 */
const PUNCTUATION = ' !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';

/**
 * The state: RDS PostgreSQL in the isolated subnets and the S3 lake, the source of truth. The
 * database security group admits nobody here; each stack that runs a role opens 5432 to that
 * role's security group only.
 */
export class DataStack extends Stack {
  readonly database: rds.DatabaseInstance;
  readonly databaseSecurityGroup: ec2.SecurityGroup;
  /** The whole DATABASE_URL, as the app reads it: one secret, injected as-is. */
  readonly databaseUrl: secretsmanager.Secret;
  /** The password of the dashboard's read-only login (READONLY_PASSWORD of the job making it). */
  readonly dashboardPassword: secretsmanager.Secret;
  /** DATABASE_READONLY_URL of the dashboard: the same database as that read-only login. */
  readonly databaseReadonlyUrl: secretsmanager.Secret;
  readonly lake: s3.Bucket;
  /** Read and write under the lake prefix only: no other key, no delete, no bucket settings. */
  readonly lakeAccess: iam.ManagedPolicy;
  readonly accessLogs: s3.Bucket;
  /** Glue table, `quotes` view and Athena workgroup over the compacted lake. */
  readonly analytics: LakeAnalytics;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const { options, vpc } = props;

    this.databaseSecurityGroup = new ec2.SecurityGroup(this, 'DatabaseSecurityGroup', {
      vpc,
      description: 'cais PostgreSQL: 5432 from the roles that use the database, nothing else',
      allowAllOutbound: false,
    });

    this.database = new rds.DatabaseInstance(this, 'Database', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_17 }),
      instanceType: new ec2.InstanceType(options.database.instanceClass.replace(/^db\./, '')),
      vpc,
      vpcSubnets: { subnetType: ec2.SubnetType.PRIVATE_ISOLATED },
      securityGroups: [this.databaseSecurityGroup],
      publiclyAccessible: false,
      databaseName: DATABASE_NAME,
      credentials: rds.Credentials.fromGeneratedSecret(DATABASE_USER, {
        excludeCharacters: PUNCTUATION,
      }),
      storageType: rds.StorageType.GP3,
      allocatedStorage: options.database.storageGb,
      storageEncrypted: true,
      multiAz: options.database.multiAz,
      // Off: the property stays out of the template, as before the option existed.
      ...(options.database.performanceInsights
        ? {
            enablePerformanceInsights: true,
            performanceInsightRetention: rds.PerformanceInsightRetention.DEFAULT,
          }
        : {}),
      backupRetention: Duration.days(options.database.backupDays),
      deleteAutomatedBackups: false,
      deletionProtection: options.database.deletionProtection,
      removalPolicy: RemovalPolicy.SNAPSHOT,
      autoMinorVersionUpgrade: true,
      caCertificate: rds.CaCertificate.RDS_CA_RSA2048_G1,
    });
    const secret = this.database.secret;
    if (!secret) throw new Error('the database has no generated secret');

    // CloudFormation resolves the {{resolve:secretsmanager:...}} reference when it creates this
    // secret: the password never appears in the template. PostgreSQL on RDS refuses unencrypted
    // connections (rds.force_ssl), and verify-full checks the server against Amazon's CA bundle.
    this.databaseUrl = new secretsmanager.Secret(this, 'DatabaseUrl', {
      description: 'DATABASE_URL of the cais roles (built from the generated database credentials)',
      secretStringValue: SecretValue.unsafePlainText(
        Fn.join('', [
          `postgres://${DATABASE_USER}:`,
          secret.secretValueFromJson('password').unsafeUnwrap(),
          '@',
          this.database.dbInstanceEndpointAddress,
          ':',
          this.database.dbInstanceEndpointPort,
          `/${DATABASE_NAME}?sslmode=verify-full&sslrootcert=${RDS_CA_BUNDLE}`,
        ]),
      ),
    });

    this.dashboardPassword = new secretsmanager.Secret(this, 'DashboardDatabasePassword', {
      description: `Password of ${DASHBOARD_DATABASE_USER}, the dashboard's read-only database login`,
      generateSecretString: { passwordLength: 30, excludeCharacters: PUNCTUATION },
    });
    this.databaseReadonlyUrl = new secretsmanager.Secret(this, 'DatabaseReadonlyUrl', {
      description: `DATABASE_READONLY_URL of the dashboard (${DASHBOARD_DATABASE_USER}: SELECT only)`,
      secretStringValue: SecretValue.unsafePlainText(
        Fn.join('', [
          `postgres://${DASHBOARD_DATABASE_USER}:`,
          this.dashboardPassword.secretValue.unsafeUnwrap(),
          '@',
          this.database.dbInstanceEndpointAddress,
          ':',
          this.database.dbInstanceEndpointPort,
          `/${DATABASE_NAME}?sslmode=verify-full&sslrootcert=${RDS_CA_BUNDLE}`,
        ]),
      ),
    });

    const noRotation =
      'Not rotated automatically: DATABASE_URL is derived from the master password when the stack deploys, so a rotation would leave it stale. docs/deployment.md shows how to change the password.';
    // The generated secret itself (`secret` is its attachment to the instance).
    Validations.of(this.database.node.findChild('Secret')).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason: noRotation,
    });
    Validations.of(this.databaseUrl).acknowledge({ id: 'AwsSolutions-SMG4', reason: noRotation });
    const noDashboardRotation =
      'Not rotated automatically: the read-only login takes this password when the ETL side runs cais db readonly-login, and DATABASE_READONLY_URL is derived from it at deploy time; docs/deployment.md shows how to change it.';
    for (const readonlySecret of [this.dashboardPassword, this.databaseReadonlyUrl]) {
      Validations.of(readonlySecret).acknowledge({
        id: 'AwsSolutions-SMG4',
        reason: noDashboardRotation,
      });
    }
    Validations.of(this.database).acknowledge(
      {
        id: 'AwsSolutions-RDS3',
        reason:
          'Single-AZ by default to keep the study deployment near the original cost; dbMultiAz=true adds a standby (and doubles the database cost).',
      },
      {
        id: 'AwsSolutions-RDS11',
        reason:
          'The default port 5432 is kept (ARCHITECTURE.md); the security group, not the port number, keeps others out.',
      },
      {
        id: 'AwsSolutions-RDS6',
        reason:
          'The roles authenticate with the generated password from Secrets Manager; IAM database authentication would need short-lived tokens the app does not request.',
      },
    );
    if (!options.database.deletionProtection) {
      Validations.of(this.database).acknowledge({
        id: 'AwsSolutions-RDS10',
        reason:
          'Deletion protection turned off on purpose (deletionProtection=false), to tear down.',
      });
    }

    this.accessLogs = new s3.Bucket(this, 'AccessLogs', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.accessLogs).acknowledge({
      id: 'AwsSolutions-S1',
      reason:
        'This bucket receives the access logs of the others; logging it into itself would loop.',
    });

    this.lake = new s3.Bucket(this, 'Lake', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'lake/',
      lifecycleRules: [
        {
          // Raw files are written once and read again only by a replay. S3 leaves objects under
          // 128 KB in Standard (cheaper for them), so this pays off for the larger files.
          id: 'raw-to-cheaper-storage',
          prefix: `${LAKE_PREFIX}/raw/`,
          transitions: [
            { storageClass: s3.StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(30) },
            {
              storageClass: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
              transitionAfter: Duration.days(90),
            },
          ],
        },
        ...archiveRule(options, LAKE_PREFIX),
        {
          id: 'old-versions-and-uploads',
          noncurrentVersionExpiration: Duration.days(90),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      // The lake is the source of truth: deleting the stack keeps it.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.analytics = new LakeAnalytics(this, 'Analytics', {
      options,
      lake: this.lake,
      lakePrefix: LAKE_PREFIX,
      accessLogs: this.accessLogs,
    });

    const objects = this.lake.arnForObjects(`${LAKE_PREFIX}/*`);
    this.lakeAccess = new iam.ManagedPolicy(this, 'LakeAccess', {
      description: `cais lake: read and write objects under ${LAKE_PREFIX}/ only`,
      statements: [
        new iam.PolicyStatement({
          actions: ['s3:GetObject', 's3:PutObject', 's3:AbortMultipartUpload'],
          resources: [objects],
        }),
        new iam.PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [this.lake.bucketArn],
          conditions: { StringLike: { 's3:prefix': [LAKE_PREFIX, `${LAKE_PREFIX}/*`] } },
        }),
      ],
    });
    const lakeId = this.resolve((this.lake.node.defaultChild as s3.CfnBucket).logicalId) as string;
    new CfnOutput(this, 'LakeUrl', {
      description:
        'LAKE_URL of the roles: the lake bucket and its prefix (kept when the stack is deleted)',
      value: `s3://${this.lake.bucketName}/${LAKE_PREFIX}`,
    });
    new CfnOutput(this, 'DatabaseUrlSecret', {
      description: 'Secret holding DATABASE_URL (the roles read it; so can you, to run psql)',
      value: this.databaseUrl.secretArn,
    });
    new CfnOutput(this, 'DatabaseEndpoint', {
      description: 'PostgreSQL host, reachable only from the roles’ security groups',
      value: this.database.dbInstanceEndpointAddress,
    });

    Validations.of(this.lakeAccess).acknowledge({
      id: `AwsSolutions-IAM5[Resource::<${lakeId}.Arn>/${LAKE_PREFIX}/*]`,
      reason:
        'Object actions need an object ARN pattern; this one is the lake prefix, and the actions exclude delete.',
    });
  }
}
