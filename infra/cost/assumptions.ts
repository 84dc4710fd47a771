/**
 * The usage the estimate assumes where the templates cannot say: light traffic, the lake growing
 * at the ETL schedule. Each one is printed under the table, so a reader can redo the sums.
 */
export const HOURS_PER_MONTH = 730;

export const ASSUMPTIONS = {
  /** A scheduled `cais etl run` lasts well under a minute; Fargate bills one minute at least. */
  etlTaskMinutesPerRun: 1,
  /** One extraction of one symbol: the CSV (a few hundred bytes) and the raw JSON response. */
  lakeBytesPerExtraction: 2_000,
  lakePutsPerExtraction: 2,
  /** A compacted day of one coin at 5-minute extractions is ~10.6 KB of Parquet: ~37 B a quote. */
  compactedBytesPerExtraction: 37,
  /** `cais lake` queries run on Athena in a month, each scanning the compacted lake in full. */
  athenaQueriesPerMonth: 100,
  /** The Glue Data Catalog objects cais defines: the database, the parts table and the view. */
  glueCatalogObjects: 3,
  /** The lake keeps everything: storage is shown as it stands after this many months. */
  lakeMonths: 12,
  /** Load balancer capacity units used on average: a catalog with light traffic. */
  albLcu: 0.1,
  /** Traffic through the NAT gateway: image pulls, AWS APIs, CoinMarketCap. */
  natGbPerMonth: 5,
  /** Log volume per log group, GB a month (health checks alone log a few thousand lines a day). */
  logGbPerMonth: { ApiLogs: 0.5, WebLogs: 0.5, Logs: 0.3, FlowLogs: 0.1 } as Record<string, number>,
  defaultLogGbPerMonth: 0.1,
  /** Logs are stored compressed, at roughly this fraction of what was ingested. */
  logCompression: 0.15,
  /**
   * Container Insights metrics, from the ECS metric list: per cluster, per service and per task
   * family; billed as custom metrics. Its performance log events are ingested too.
   */
  containerInsightsMetrics: { cluster: 18, service: 15, taskFamily: 11 },
  containerInsightsLogGbPerService: 0.15,
  /** budgetUsd's default: the whole estimate plus this fraction, in whole dollars. */
  budgetMargin: 0.25,
} as const;

/** The kinds of cost the original's table listed (seed 004): S3, RDS, two EC2, CloudWatch Logs. */
export const ORIGINAL_ESTIMATE = { low: 32, high: 40 } as const;
