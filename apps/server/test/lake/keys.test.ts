import { describe, expect, it } from 'vitest';
import { objectKeys, parseObjectKey } from '../../src/lake/keys.js';

describe('lake keys', () => {
  it('follow the original layout: Hive partitions and the UTC extraction time', () => {
    expect(objectKeys('bitcoin', new Date('2026-03-04T05:06:07.890Z'))).toEqual({
      csv: 'raw/bitcoin/year=2026/month=03/day=04/bitcoin_2026-03-04_05-06-07.csv',
      json: 'raw/bitcoin/year=2026/month=03/day=04/bitcoin_2026-03-04_05-06-07.json',
    });
  });

  it('read back the coin and the time of a key', () => {
    expect(
      parseObjectKey('raw/bitcoin/year=2026/month=03/day=04/bitcoin_2026-03-04_05-06-07.csv'),
    ).toEqual({
      key: 'raw/bitcoin/year=2026/month=03/day=04/bitcoin_2026-03-04_05-06-07.csv',
      slug: 'bitcoin',
      time: new Date('2026-03-04T05:06:07Z'),
    });
  });

  it('date a CSV of another name by its partition, and ignore what is not a CSV of the layout', () => {
    expect(parseObjectKey('raw/bitcoin/year=2026/month=03/day=04/export.csv')?.time).toEqual(
      new Date('2026-03-04T00:00:00Z'),
    );
    expect(
      parseObjectKey('raw/bitcoin/year=2026/month=03/day=04/bitcoin_2026-03-04_05-06-07.json'),
    ).toBeUndefined();
    expect(parseObjectKey('raw/bitcoin/bitcoin.csv')).toBeUndefined();
    expect(parseObjectKey('raw/bitcoin/year=2026/month=13/day=04/x.csv')).toBeUndefined();
  });
});
