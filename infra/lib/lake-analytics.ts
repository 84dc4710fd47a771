import { CfnOutput, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as athena from 'aws-cdk-lib/aws-athena';
import * as glue from 'aws-cdk-lib/aws-glue';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import type { Options } from './options.js';

export const GLUE_DATABASE = 'cais_lake';
/** The compacted Parquet parts, partitioned by path; `quotes` is the deduplicated view over it. */
export const PARTS_TABLE = 'quotes_parts';
export const QUOTES_VIEW = 'quotes';
export const ATHENA_WORKGROUP = 'cais-lake';

/** The columns of a part (apps/server/src/lakehouse/parquet.ts): decimals are exact text. */
const PART_COLUMNS: glue.CfnTable.ColumnProperty[] = [
  { name: 'symbol', type: 'string' },
  { name: 'convert', type: 'string' },
  { name: 'cmc_id', type: 'int' },
  { name: 'last_updated', type: 'timestamp' },
  { name: 'price', type: 'string' },
  { name: 'volume_24h', type: 'string' },
  { name: 'market_cap', type: 'string' },
  { name: 'percent_change_1h', type: 'string' },
  { name: 'percent_change_24h', type: 'string' },
  { name: 'percent_change_7d', type: 'string' },
  { name: 'circulating_supply', type: 'string' },
  { name: 'source_key', type: 'string' },
  { name: 'extracted_at', type: 'timestamp' },
];

const DECIMALS = [
  'price',
  'volume_24h',
  'market_cap',
  'percent_change_1h',
  'percent_change_24h',
  'percent_change_7d',
  'circulating_supply',
];

/** The columns of `cais lake query`'s quotes view (apps/server/src/lakehouse/quotes-view.ts). */
export const QUOTES_COLUMNS: { name: string; type: string }[] = [
  { name: 'coin', type: 'varchar' },
  { name: 'symbol', type: 'varchar' },
  { name: 'convert', type: 'varchar' },
  { name: 'cmc_id', type: 'integer' },
  { name: 'last_updated', type: 'timestamp(3)' },
  ...DECIMALS.map((name) => ({ name, type: 'decimal(38,18)' })),
  { name: 'source_key', type: 'varchar' },
];

/** The same rows as locally: of one quote in several objects, the earliest extraction's. */
const VIEW_SQL =
  `SELECT coin, symbol, convert, cmc_id, last_updated, ` +
  DECIMALS.map((c) => `CAST(${c} AS decimal(38,18)) AS ${c}`).join(', ') +
  `, source_key FROM (SELECT *, row_number() OVER (PARTITION BY symbol, convert, last_updated ` +
  `ORDER BY extracted_at, source_key) AS rank FROM ${GLUE_DATABASE}.${PARTS_TABLE}) WHERE rank = 1`;

/** A view Athena reads from the Glue Data Catalog: the Presto view encoding Athena itself writes. */
function prestoView(sql: string): string {
  const definition = {
    originalSql: sql,
    catalog: 'awsdatacatalog',
    schema: GLUE_DATABASE,
    columns: QUOTES_COLUMNS,
  };
  return `/* Presto View: ${Buffer.from(JSON.stringify(definition)).toString('base64')} */`;
}

const hiveType = (trino: string) =>
  trino
    .replace(/^varchar$/, 'string')
    .replace(/^integer$/, 'int')
    .replace(/^timestamp\(3\)$/, 'timestamp');

export interface LakeAnalyticsProps {
  options: Options;
  lake: s3.IBucket;
  /** Where the lake's objects live in the bucket (LAKE_URL's prefix). */
  lakePrefix: string;
  accessLogs: s3.IBucket;
}

/**
 * SQL over the compacted lake on AWS: a Glue table over compacted/quotes/ whose partitions are
 * projected from the path (no crawler, no MSCK REPAIR), the `quotes` view of `cais lake query`,
 * and an Athena workgroup with its own encrypted results bucket, settings enforced on every
 * query and a scan limit per query.
 */
export class LakeAnalytics extends Construct {
  readonly results: s3.Bucket;
  readonly workgroup: athena.CfnWorkGroup;

  constructor(scope: Construct, id: string, props: LakeAnalyticsProps) {
    super(scope, id);
    const { options, lake, lakePrefix } = props;
    const account = Stack.of(this).account;

    const database = new glue.CfnDatabase(this, 'Database', {
      catalogId: account,
      databaseInput: {
        name: GLUE_DATABASE,
        description: 'cais lake: compacted quotes (cais lake compact), read by Athena',
      },
    });

    const location = `s3://${lake.bucketName}/${lakePrefix}/compacted/quotes/`;
    const parts = new glue.CfnTable(this, 'QuotesParts', {
      catalogId: account,
      databaseName: GLUE_DATABASE,
      tableInput: {
        name: PARTS_TABLE,
        description:
          'Compacted Parquet parts, one or more per coin and UTC day (exact decimal text)',
        tableType: 'EXTERNAL_TABLE',
        partitionKeys: [
          { name: 'coin', type: 'string' },
          { name: 'year', type: 'int' },
          { name: 'month', type: 'int' },
          { name: 'day', type: 'int' },
        ],
        parameters: {
          classification: 'parquet',
          EXTERNAL: 'TRUE',
          'projection.enabled': 'true',
          'projection.coin.type': 'enum',
          'projection.coin.values': options.lake.coins.join(','),
          'projection.year.type': 'integer',
          'projection.year.range': '2020,2050',
          'projection.month.type': 'integer',
          'projection.month.range': '1,12',
          'projection.month.digits': '2',
          'projection.day.type': 'integer',
          'projection.day.range': '1,31',
          'projection.day.digits': '2',
          'storage.location.template': `${location}coin=\${coin}/year=\${year}/month=\${month}/day=\${day}/`,
        },
        storageDescriptor: {
          location,
          columns: PART_COLUMNS,
          inputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat',
          outputFormat: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat',
          serdeInfo: {
            serializationLibrary: 'org.apache.hadoop.hive.ql.io.parquet.serde.ParquetHiveSerDe',
          },
        },
      },
    });
    parts.addResourceDependency(database);

    const view = new glue.CfnTable(this, 'QuotesView', {
      catalogId: account,
      databaseName: GLUE_DATABASE,
      tableInput: {
        name: QUOTES_VIEW,
        description:
          'Quotes as cais lake query shows them: deduplicated, decimals as decimal(38,18)',
        tableType: 'VIRTUAL_VIEW',
        parameters: { presto_view: 'true', comment: 'Presto View' },
        viewOriginalText: prestoView(VIEW_SQL),
        viewExpandedText: '/* Presto View */',
        storageDescriptor: {
          columns: QUOTES_COLUMNS.map((c) => ({ name: c.name, type: hiveType(c.type) })),
          serdeInfo: {},
        },
      },
    });
    view.addResourceDependency(database);

    this.results = new s3.Bucket(this, 'Results', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      minimumTLSVersion: 1.2,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.accessLogs,
      serverAccessLogsPrefix: 'athena-results/',
      // Query results are copies of what the lake holds: a month is enough to fetch them.
      lifecycleRules: [{ id: 'expire-results', expiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.workgroup = new athena.CfnWorkGroup(this, 'WorkGroup', {
      name: ATHENA_WORKGROUP,
      description:
        'cais lake queries: results encrypted in their own bucket, scan limited per query',
      state: 'ENABLED',
      recursiveDeleteOption: true,
      workGroupConfiguration: {
        enforceWorkGroupConfiguration: true,
        publishCloudWatchMetricsEnabled: true,
        bytesScannedCutoffPerQuery: options.lake.athenaScanLimitMb * 1024 * 1024,
        engineVersion: { selectedEngineVersion: 'Athena engine version 3' },
        resultConfiguration: {
          outputLocation: `s3://${this.results.bucketName}/results/`,
          encryptionConfiguration: { encryptionOption: 'SSE_S3' },
          expectedBucketOwner: account,
        },
      },
    });

    new CfnOutput(Stack.of(this), 'AthenaWorkGroup', {
      description: `Athena workgroup of the lake: query ${GLUE_DATABASE}.${QUOTES_VIEW} (docs/lake.md)`,
      value: ATHENA_WORKGROUP,
    });
  }
}
