import { ARCHIVE_RULE_ID } from '../../lib/data-stack.js';
import { ASSUMPTIONS } from '../assumptions.js';
import { count, line, money, type Pricer } from '../pricing.js';

type ArchiveClass = 'STANDARD_IA' | 'GLACIER_IR' | 'GLACIER' | 'DEEP_ARCHIVE';

/** S3 does not move objects under 128 KB unless a rule says so, and cais's rule does not. */
const SMALLEST_MOVED = 128 * 1024;

/** The compacted partitions, Athena's scans of them and the Glue Data Catalog they are read by. */
export const priceLakeAnalytics: Pricer = ({ resources, prices, etl, runsPerMonth }) => {
  if (resources.ofType('AWS::Athena::WorkGroup').length === 0) return [];
  const extractions = etl ? runsPerMonth * etl.symbols.length : 0;
  const compactedGb =
    (extractions * ASSUMPTIONS.compactedBytesPerExtraction * ASSUMPTIONS.lakeMonths) / 1e9;
  // Athena bills 10 MB at least per query.
  const scannedTb = (ASSUMPTIONS.athenaQueriesPerMonth * Math.max(compactedGb, 0.01)) / 1000;
  const freeObjects = 1_000_000;
  return [
    line(
      {
        service: 'S3',
        item: `compacted lake (Parquet) after ${ASSUMPTIONS.lakeMonths} months`,
        quantity: `${count(compactedGb)} GB × ${money(prices.s3StandardGbMonth)}`,
        inOriginal: false,
      },
      compactedGb * prices.s3StandardGbMonth,
    ),
    line(
      {
        service: 'Athena',
        item: `${ASSUMPTIONS.athenaQueriesPerMonth} queries a month over the whole compacted lake`,
        quantity: `${count(scannedTb * 1000)} GB scanned × ${money(prices.athenaTbScanned)}/TB`,
        inOriginal: false,
      },
      scannedTb * prices.athenaTbScanned,
    ),
    line(
      {
        service: 'Glue',
        item: `Data Catalog: ${ASSUMPTIONS.glueCatalogObjects} objects (database, table, view), partitions projected`,
        quantity: `first ${count(freeObjects)} objects and requests a month not billed`,
        inOriginal: false,
      },
      (Math.max(0, ASSUMPTIONS.glueCatalogObjects - freeObjects) / 100_000) *
        prices.glueObjectsPer100kMonth,
    ),
  ];
};

/** The optional rule moving raw objects to a cheaper class (lakeRawArchiveDays). */
export const priceLakeArchive: Pricer = ({ resources, prices, etl }) => {
  const lake = resources.ofType('AWS::S3::Bucket').find((b) => b.id.startsWith('Lake'));
  const rules =
    (lake?.props.LifecycleConfiguration as { Rules?: Record<string, unknown>[] } | undefined)
      ?.Rules ?? [];
  const rule = rules.find((r) => r.Id === ARCHIVE_RULE_ID);
  if (!rule || !etl) return [];
  const [transition] = rule.Transitions as {
    StorageClass: ArchiveClass;
    TransitionInDays: number;
  }[];
  if (!transition) return [];
  const storageClass = transition.StorageClass;
  const objectBytes = ASSUMPTIONS.lakeBytesPerExtraction / ASSUMPTIONS.lakePutsPerExtraction;
  // The estimate's objects are all under 128 KB, so S3 moves none of them: the rule pays only
  // for a lake of larger objects, which this estimate does not assume.
  if (objectBytes >= SMALLEST_MOVED) {
    throw new Error('price the transitions and the cheaper storage before assuming larger objects');
  }
  return [
    line(
      {
        service: 'S3',
        item: `raw objects to ${storageClass} after ${transition.TransitionInDays} days: at ${count(objectBytes)} B each, S3 keeps them in Standard (under 128 KB)`,
        quantity: `0 transitions × ${money(prices.s3TransitionPer1000[storageClass])}/1000`,
        inOriginal: false,
      },
      0,
    ),
  ];
};
