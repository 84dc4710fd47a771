import { Match } from 'aws-cdk-lib/assertions';
import { describe, expect, it } from 'vitest';
import { ARCHIVE_RULE_ID, LAKE_PREFIX } from '../lib/data-stack.js';
import {
  ATHENA_WORKGROUP,
  GLUE_DATABASE,
  PARTS_TABLE,
  QUOTES_COLUMNS,
  QUOTES_VIEW,
} from '../lib/lake-analytics.js';
import { resources, synth } from './support/synth.js';

describe('SQL over the lake on AWS', () => {
  const data = synth().template('cais-data');

  it('has a Glue table over the compacted prefix whose partitions are projected from the path', () => {
    data.resourceCountIs('AWS::Glue::Crawler', 0);
    data.hasResourceProperties('AWS::Glue::Database', {
      DatabaseInput: { Name: GLUE_DATABASE, Description: Match.anyValue() },
    });
    const table = resources(data, 'AWS::Glue::Table')
      .map(([, r]) => r.Properties?.TableInput as Record<string, unknown>)
      .find((t) => t.Name === PARTS_TABLE);
    const parameters = table?.Parameters as Record<string, unknown>;
    expect(parameters).toMatchObject({
      classification: 'parquet',
      'projection.enabled': 'true',
      'projection.coin.type': 'enum',
      'projection.coin.values': 'bitcoin',
      'projection.month.digits': '2',
      'projection.day.digits': '2',
    });
    const template = JSON.stringify(parameters['storage.location.template']);
    expect(template).toContain(
      `/${LAKE_PREFIX}/compacted/quotes/coin=\${coin}/year=\${year}/month=\${month}/day=\${day}/`,
    );
    expect((table?.PartitionKeys as { Name: string }[]).map((k) => k.Name)).toEqual([
      'coin',
      'year',
      'month',
      'day',
    ]);
  });

  it('has the quotes view with the columns of cais lake query, deduplicated the same way', () => {
    const view = resources(data, 'AWS::Glue::Table')
      .map(([, r]) => r.Properties?.TableInput as Record<string, unknown>)
      .find((t) => t.Name === QUOTES_VIEW);
    expect(view?.TableType).toBe('VIRTUAL_VIEW');
    const encoded = /^\/\* Presto View: (.+) \*\/$/.exec(String(view?.ViewOriginalText))?.[1] ?? '';
    const definition = JSON.parse(Buffer.from(encoded, 'base64').toString()) as {
      originalSql: string;
      columns: { name: string }[];
    };
    expect(definition.columns.map((c) => c.name)).toEqual([
      'coin',
      'symbol',
      'convert',
      'cmc_id',
      'last_updated',
      'price',
      'volume_24h',
      'market_cap',
      'percent_change_1h',
      'percent_change_24h',
      'percent_change_7d',
      'circulating_supply',
      'source_key',
    ]);
    expect(definition.columns).toEqual(QUOTES_COLUMNS);
    expect(definition.originalSql).toMatch(
      /row_number\(\) OVER \(PARTITION BY symbol, convert, last_updated ORDER BY extracted_at, source_key\)/,
    );
  });

  it('runs Athena in a workgroup that enforces its settings, encrypts results in their own bucket and limits each scan', () => {
    data.hasResourceProperties('AWS::Athena::WorkGroup', {
      Name: ATHENA_WORKGROUP,
      WorkGroupConfiguration: Match.objectLike({
        EnforceWorkGroupConfiguration: true,
        BytesScannedCutoffPerQuery: 1024 * 1024 * 1024,
        ResultConfiguration: Match.objectLike({
          EncryptionConfiguration: { EncryptionOption: 'SSE_S3' },
        }),
      }),
    });
    const results = resources(data, 'AWS::S3::Bucket').find(([id]) =>
      id.startsWith('AnalyticsResults'),
    )?.[1].Properties;
    expect(results?.BucketEncryption).toBeDefined();
    expect(results?.PublicAccessBlockConfiguration).toMatchObject({ BlockPublicAcls: true });
  });

  it('takes the scan limit and the projected coins from the context', () => {
    const custom = synth({ athenaScanLimitMb: '100', lakeCoins: 'bitcoin,ethereum' }).template(
      'cais-data',
    );
    custom.hasResourceProperties('AWS::Athena::WorkGroup', {
      WorkGroupConfiguration: Match.objectLike({ BytesScannedCutoffPerQuery: 100 * 1024 * 1024 }),
    });
    expect(JSON.stringify(resources(custom, 'AWS::Glue::Table'))).toContain(
      '"projection.coin.values":"bitcoin,ethereum"',
    );
  });

  describe('archive rule for raw objects', () => {
    const rules = (context: Record<string, string>) =>
      (
        resources(synth(context).template('cais-data'), 'AWS::S3::Bucket').find(([id]) =>
          id.startsWith('Lake'),
        )?.[1].Properties?.LifecycleConfiguration as { Rules: { Id: string }[] }
      ).Rules;

    it('is off by default', () => {
      expect(rules({}).map((r) => r.Id)).not.toContain(ARCHIVE_RULE_ID);
    });

    it('moves raw objects to the chosen class after the given days', () => {
      expect(
        rules({ lakeRawArchiveDays: '30', lakeRawArchiveClass: 'DEEP_ARCHIVE' }),
      ).toContainEqual({
        Id: ARCHIVE_RULE_ID,
        Prefix: `${LAKE_PREFIX}/raw/`,
        Status: 'Enabled',
        Transitions: [{ StorageClass: 'DEEP_ARCHIVE', TransitionInDays: 30 }],
      });
    });
  });
});
