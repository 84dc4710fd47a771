import { HOURS_PER_MONTH } from '../assumptions.js';
import { line, money, priceOf, type Pricer } from '../pricing.js';

/** RDS instances: hours of the class (twice with a standby) and gp3 storage. */
export const priceRds: Pricer = ({ resources, prices }) =>
  resources.ofType('AWS::RDS::DBInstance').flatMap((db) => {
    const instanceClass = String(db.props.DBInstanceClass);
    const multiAz = db.props.MultiAZ === true;
    const hour = priceOf(prices.rdsInstanceHour, instanceClass, 'RDS instance class');
    const copies = multiAz ? 2 : 1;
    const storage = Number(db.props.AllocatedStorage);
    return [
      line(
        {
          service: 'RDS',
          item: `PostgreSQL ${instanceClass}, ${multiAz ? 'Multi-AZ' : 'single-AZ'}`,
          quantity: `${copies > 1 ? `${copies} × ` : ''}${HOURS_PER_MONTH} h × ${money(hour)}`,
          inOriginal: true,
        },
        copies * HOURS_PER_MONTH * hour,
      ),
      line(
        {
          service: 'RDS',
          item: `storage ${typeof db.props.StorageType === 'string' ? db.props.StorageType : 'gp2'}, backups within it free`,
          quantity: `${copies > 1 ? `${copies} × ` : ''}${storage} GB × ${money(prices.rdsStorageGbMonth)}`,
          inOriginal: true,
        },
        copies * storage * prices.rdsStorageGbMonth,
      ),
      ...(db.props.EnablePerformanceInsights === true
        ? [
            line(
              {
                service: 'RDS',
                item: `Performance Insights, ${Number(db.props.PerformanceInsightsRetentionPeriod ?? 7)} days of history`,
                quantity: 'the 7-day retention is not billed',
                inOriginal: false,
              },
              0,
            ),
          ]
        : []),
    ];
  });
