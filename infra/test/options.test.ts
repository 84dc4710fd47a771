import { describe, expect, it } from 'vitest';
import { CONTEXT, ContextError, readOptions } from '../lib/options.js';
import { runsPerMonth, toEventBridgeCron } from '../lib/schedule.js';

const read = (context: Record<string, unknown>) => readOptions((key) => context[key]);

describe('deployment options', () => {
  it('default to the original: Paris, ETL on EC2, no NAT, the small sizes', () => {
    expect(read({})).toMatchObject({
      region: 'eu-west-3',
      account: undefined,
      topology: 'all',
      nat: false,
      etl: 'ec2',
      allowedCidr: undefined,
      database: {
        instanceClass: 'db.t4g.micro',
        storageGb: 20,
        multiAz: false,
        backupDays: 7,
        deletionProtection: true,
      },
      instances: { etl: 't3.micro', dashboard: 't3.micro' },
      tasks: {
        api: { cpu: 256, memoryMiB: 512 },
        web: { cpu: 256, memoryMiB: 512 },
        min: 1,
        max: 4,
      },
      pipeline: { schedule: '*/5 * * * *', symbols: 'BTC', convert: 'BRL' },
      logRetentionDays: 30,
    });
  });

  it('take strings from -c and JSON values from cdk.json alike', () => {
    expect(read({ nat: 'true', dbStorageGb: '50' })).toMatchObject({
      nat: true,
      database: { storageGb: 50 },
    });
    expect(read({ nat: true, dbStorageGb: 50 })).toMatchObject({
      nat: true,
      database: { storageGb: 50 },
    });
  });

  it('reject bad values, naming every key at fault', () => {
    let error: unknown;
    try {
      read({ nat: 'yes', topology: 'both', allowedCidr: '10.0.0.0', region: 'paris' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContextError);
    expect((error as ContextError).problems).toEqual([
      'region=paris must be an AWS region such as eu-west-3',
      'topology=both must be one of all, catalog, pipeline',
      'nat=yes must be true or false',
      'allowedCidr=10.0.0.0 must be an IPv4 CIDR such as 203.0.113.7/32',
    ]);
  });

  it('never open the dashboard to the whole internet', () => {
    expect(() => read({ allowedCidr: '0.0.0.0/0' })).toThrow(
      /allowedCidr=0\.0\.0\.0\/0 must not open the dashboard to the whole internet/,
    );
  });

  it('check Fargate sizes, task counts and the certificate region against each other', () => {
    expect(() => read({ webCpu: '512', webMemory: '512' })).toThrow(
      /webMemory=512 does not fit webCpu=512: Fargate allows 1024, 2048, 3072, 4096 MiB/,
    );
    expect(() => read({ minTasks: '5' })).toThrow(/minTasks=5 is above maxTasks=4/);
    expect(() =>
      read({
        certificateArn:
          'arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b',
      }),
    ).toThrow(/certificateArn must be in region eu-west-3/);
    expect(() => read({ logRetentionDays: '10' })).toThrow(
      /logRetentionDays=10 must be one of 1, 3, 5, 7, 14, 30/,
    );
    expect(() => read({ etlSchedule: '*/5 * * *' })).toThrow(
      /etlSchedule=\*\/5 \* \* \* must be a cron expression in UTC \("\*\/5 \* \* \*" has 4 fields/,
    );
  });

  it('document every option', () => {
    for (const [key, option] of Object.entries(CONTEXT)) {
      expect(option.description.length, key).toBeGreaterThan(10);
    }
  });
});

describe('ETL schedule', () => {
  it('counts the runs of an average month', () => {
    expect(runsPerMonth('*/5 * * * *')).toBe(8760);
    expect(runsPerMonth('0 * * * *')).toBe(730);
    expect(runsPerMonth('30 6 * * 1-5')).toBeCloseTo((261 * 1) / 12, 5);
  });

  it('translates to EventBridge cron, which numbers weekdays from 1 and needs a ?', () => {
    expect(toEventBridgeCron('*/5 * * * *')).toBe('cron(0/5 * * * ? *)');
    expect(toEventBridgeCron('0 6 1 * *')).toBe('cron(0 6 1 * ? *)');
    expect(toEventBridgeCron('30 6 * * 1-5')).toBe('cron(30 6 ? * 2-6 *)');
    expect(toEventBridgeCron('0 0 * * 0,6')).toBe('cron(0 0 ? * 1,7 *)');
    expect(() => toEventBridgeCron('0 0 1 * 1')).toThrow(/EventBridge cannot express/);
  });

  it('refuses what it cannot read, saying why', () => {
    expect(() => runsPerMonth('0 0 * * MON')).toThrow(/day of week field "MON": use numbers/);
    expect(() => runsPerMonth('61 * * * *')).toThrow(/minute field "61" is outside 0-59/);
  });
});
