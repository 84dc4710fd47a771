import { ASSUMPTIONS } from '../assumptions.js';
import { count, line, money, name, type Pricer } from '../pricing.js';

/** The lake bucket: what the ETL schedule writes in a year, and the writes with their logs. */
export const priceLake: Pricer = ({ resources, prices, etl, runsPerMonth }) => {
  if (!etl || !resources.ofType('AWS::S3::Bucket').some((b) => b.id.startsWith('Lake'))) {
    return [];
  }
  const extractions = runsPerMonth * etl.symbols.length;
  const gb = (extractions * ASSUMPTIONS.lakeBytesPerExtraction * ASSUMPTIONS.lakeMonths) / 1e9;
  const puts = extractions * ASSUMPTIONS.lakePutsPerExtraction;
  return [
    line(
      {
        service: 'S3',
        item: `lake storage after ${ASSUMPTIONS.lakeMonths} months (${count(extractions)} extractions a month)`,
        quantity: `${count(gb)} GB × ${money(prices.s3StandardGbMonth)}`,
        inOriginal: true,
      },
      gb * prices.s3StandardGbMonth,
    ),
    line(
      {
        service: 'S3',
        item: `lake writes (${etl.schedule}, ${etl.symbols.join(',')}) and their access logs`,
        quantity: `${count(puts * 2)} PUT × ${money(prices.s3PutPer1000)}/1000`,
        inOriginal: true,
      },
      ((puts * 2) / 1000) * prices.s3PutPer1000,
    ),
  ];
};

/** Secrets Manager secrets, one monthly fee each. */
export const priceSecrets: Pricer = ({ resources, prices }) => {
  const secrets = resources.ofType('AWS::SecretsManager::Secret');
  if (secrets.length === 0) return [];
  return [
    line(
      {
        service: 'Secrets Manager',
        item: `${secrets.length} secrets (${secrets.map((s) => name(s.id)).join(', ')})`,
        quantity: `${secrets.length} × ${money(prices.secretMonth)}`,
        inOriginal: false,
      },
      secrets.length * prices.secretMonth,
    ),
  ];
};
