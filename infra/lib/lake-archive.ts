import { Duration } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import type { Options } from './options.js';

export const ARCHIVE_RULE_ID = 'raw-compacted-to-archive';

/**
 * lakeRawArchiveDays: raw objects move to a cheaper class once compaction (daily) has covered
 * them; they stay readable for audits (GLACIER_IR, STANDARD_IA) or after a restore. S3 leaves
 * objects under 128 KB where they are unless told otherwise, and cais does not tell it: below
 * that size the classes bill 128 KB (or 40 KB for GLACIER and DEEP_ARCHIVE) per object, more
 * than Standard costs for a 1 KB CSV (docs/lake.md).
 */
export function archiveRule(options: Options, lakePrefix: string): s3.LifecycleRule[] {
  const { archiveDays, archiveClass } = options.lake;
  if (archiveDays === undefined) return [];
  const storageClass = {
    STANDARD_IA: s3.StorageClass.INFREQUENT_ACCESS,
    GLACIER_IR: s3.StorageClass.GLACIER_INSTANT_RETRIEVAL,
    GLACIER: s3.StorageClass.GLACIER,
    DEEP_ARCHIVE: s3.StorageClass.DEEP_ARCHIVE,
  }[archiveClass];
  return [
    {
      id: ARCHIVE_RULE_ID,
      prefix: `${lakePrefix}/raw/`,
      transitions: [{ storageClass, transitionAfter: Duration.days(archiveDays) }],
    },
  ];
}
