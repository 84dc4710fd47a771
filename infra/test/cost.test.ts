import { describe, expect, it } from 'vitest';
import { ORIGINAL_ESTIMATE } from '../cost/assumptions.js';
import { estimate, type CfnTemplate, type LineItem } from '../cost/estimate.js';
import { costCommand, costReport, CostInputError, parseContext } from '../cost/index.js';
import { PRICES } from '../cost/prices.js';
import { total } from '../cost/report.js';
import { synth } from './support/synth.js';

const sum = (lines: { monthly: number }[]) => lines.reduce((s, l) => s + l.monthly, 0);
const line = (lines: LineItem[], pattern: RegExp): LineItem => {
  const found = lines.filter((l) => pattern.test(`${l.service}: ${l.item}`));
  expect(found, String(pattern)).toHaveLength(1);
  return found[0] ?? { service: '', item: '', monthly: NaN, quantity: '', inOriginal: false };
};

describe('cost estimate', () => {
  describe('of the original topology (EC2 + RDS + S3) in eu-west-3', () => {
    const report = costReport({ region: 'eu-west-3', context: ['topology=pipeline'] });
    const paris = PRICES['eu-west-3'];

    it('lands in the original’s US$ 32-40 for the kinds of cost it listed', () => {
      const covered = sum(report.lines.filter((l) => l.inOriginal));
      expect(covered).toBeGreaterThanOrEqual(ORIGINAL_ESTIMATE.low);
      expect(covered).toBeLessThanOrEqual(ORIGINAL_ESTIMATE.high);
    });

    it('prices the database, both instances, their volumes, the lake and the logs line by line', () => {
      expect(line(report.lines, /^RDS: PostgreSQL db\.t4g\.micro, single-AZ/).monthly).toBeCloseTo(
        730 * paris.rdsInstanceHour['db.t4g.micro'],
      );
      expect(line(report.lines, /^RDS: storage gp3/).monthly).toBeCloseTo(
        20 * paris.rdsStorageGbMonth,
      );
      expect(line(report.lines, /^EC2: t3\.micro \(Etl\)/).monthly).toBeCloseTo(
        730 * paris.ec2InstanceHour['t3.micro'],
      );
      expect(line(report.lines, /^EC2: t3\.micro \(Dashboard\)/).monthly).toBeCloseTo(
        730 * paris.ec2InstanceHour['t3.micro'],
      );
      expect(line(report.lines, /^EBS: gp3 volume \(Etl\)/).monthly).toBeCloseTo(
        8 * paris.ebsGp3GbMonth,
      );
      expect(line(report.lines, /^S3: lake storage/).item).toMatch(/8,760 extractions a month/);
      expect(line(report.lines, /^S3: lake writes/).monthly).toBeGreaterThan(0);
      expect(line(report.lines, /^CloudWatch: logs of .*ingestion/).monthly).toBeGreaterThan(0);
    });

    it('shows what the original left out as separate lines: public IPv4, SQL over the lake, alarms and secrets', () => {
      const extra = report.lines.filter((l) => !l.inOriginal);
      expect(extra.map((l) => l.service)).toEqual([
        'VPC',
        'S3',
        'Athena',
        'Glue',
        'CloudWatch',
        'CloudWatch',
        'Secrets Manager',
        'KMS',
        'SNS',
        'Budgets',
      ]);
      expect(line(extra, /^VPC: public IPv4: 2 instances$/).monthly).toBeCloseTo(2 * 730 * 0.005);
      expect(line(extra, /^Secrets Manager: 5 secrets/).monthly).toBeCloseTo(5 * 0.4);
      expect(report.lines.some((l) => /Load balancer|NAT|Fargate/.test(l.service))).toBe(false);
    });

    it('adds the lines up to the total it prints', () => {
      const text = costCommand({ region: 'eu-west-3', context: ['topology=pipeline'] });
      expect(text).toContain(`Total`);
      expect(text).toMatch(new RegExp(`Total\\s+${total(report.lines).toFixed(2)}\\n`));
      expect(text).toMatch(/Subtotal: what the original's table covered .*\s(3\d\.\d\d)\n/);
      expect(text).toContain('Prices: AWS public price pages');
    });
  });

  describe('of the default topology (both, ETL on EC2, no NAT)', () => {
    const report = costReport({ region: 'eu-west-3', context: [] });

    it('adds the catalog: Fargate vCPU and memory hours, the load balancer, its addresses', () => {
      expect(report.stacks).toEqual([
        'cais-network',
        'cais-data',
        'cais-catalog',
        'cais-pipeline',
        'cais-alarms',
      ]);
      expect(
        line(report.lines, /^Fargate: ApiService: 1 task of 0\.25 vCPU, up to 4/).quantity,
      ).toBe('182.5 vCPU-h × $0.04656');
      expect(line(report.lines, /^Fargate: WebService: 0\.5 GB memory/).quantity).toBe(
        '365 GB-h × $0.00511',
      );
      expect(line(report.lines, /^Load balancer: Application Load Balancer$/).monthly).toBeCloseTo(
        730 * 0.0265,
      );
      expect(line(report.lines, /^VPC: public IPv4/).item).toBe(
        'public IPv4: 2 instances, 2 tasks, 2 load balancer nodes',
      );
      expect(line(report.lines, /^VPC: public IPv4/).monthly).toBeCloseTo(6 * 730 * 0.005);
      expect(line(report.lines, /^CloudWatch: Container Insights/).monthly).toBeGreaterThan(0);
      expect(line(report.lines, /^Secrets Manager: 6 secrets/).monthly).toBeCloseTo(2.4);
      expect(report.lines.some((l) => l.service === 'NAT gateway')).toBe(false);
    });
  });

  it('prices the NAT gateway, and takes the public addresses off the tasks, when NAT is on', () => {
    const report = costReport({ region: 'us-east-1', context: ['nat=true', 'etl=fargate'] });
    expect(line(report.lines, /^NAT gateway: .*always on/).monthly).toBeCloseTo(730 * 0.045);
    expect(line(report.lines, /^VPC: public IPv4/).item).toBe(
      'public IPv4: 1 instance, 2 load balancer nodes, 1 NAT gateway',
    );
    const etl = line(report.lines, /^Fargate: scheduled ETL: 8,760 runs of 1 min/);
    expect(etl.monthly).toBeCloseTo(146 * (0.25 * 0.04048 + 0.5 * 0.004445));
    expect(report.lines.some((l) => /\(Etl\)/.test(l.item))).toBe(false);
  });

  it('follows the schedule, the sizes and the standby asked for', () => {
    const report = costReport({
      region: 'eu-west-3',
      context: [
        'topology=pipeline',
        'etlSchedule=0 * * * *',
        'etlSymbols=BTC,ETH',
        'dbMultiAz=true',
        'etlInstanceType=t3.small',
      ],
    });
    expect(line(report.lines, /^S3: lake storage/).item).toMatch(/1,460 extractions a month/);
    expect(line(report.lines, /^RDS: PostgreSQL db\.t4g\.micro, Multi-AZ/).monthly).toBeCloseTo(
      2 * 730 * 0.019,
    );
    expect(line(report.lines, /^EC2: t3\.small \(Etl\)/).monthly).toBeCloseTo(730 * 0.0236);
    expect(report.setup).toContain('etlSchedule=0 * * * *');
  });

  it('reads the synthesized templates: the same stacks cost the same from a test synthesis', () => {
    const { templates } = synth({ topology: 'pipeline' });
    const lines = estimate(
      Object.fromEntries(Object.entries(templates).map(([n, t]) => [n, t.toJSON() as CfnTemplate])),
      PRICES['eu-west-3'],
    );
    const report = costReport({ region: 'eu-west-3', context: ['topology=pipeline'] });
    expect(sum(lines)).toBeCloseTo(sum(report.lines), 6);
  });

  it('prints Markdown for the deployment guide', () => {
    const markdown = costCommand({
      region: 'us-east-1',
      context: ['topology=catalog'],
      format: 'markdown',
    });
    expect(markdown).toMatch(
      /^\*\*us-east-1 \(US East \(N\. Virginia\)\)\*\*, topology=catalog nat=false/,
    );
    expect(markdown).toContain('| Service | Item | Quantity | US$/month |');
    expect(markdown).toMatch(/\| \| \*\*Total\*\* \| \| \*\*\d+\.\d\d\*\* \|/);
  });

  describe('rejects bad input with a message naming it', () => {
    const fails = (region: string, context: string[], message: RegExp) => {
      expect(() => costReport({ region, context })).toThrow(CostInputError);
      expect(() => costReport({ region, context })).toThrow(message);
    };

    it('a region the price table lacks', () => {
      fails('eu-central-1', [], /^--region eu-central-1: .*choose eu-west-3 or us-east-1$/);
    });

    it('a context pair that is not key=value, an unknown key, or the region given as context', () => {
      expect(() => parseContext(['nat'])).toThrow(/^--context nat: expected key=value/);
      expect(() => parseContext(['color=blue'])).toThrow(
        /^--context color=blue: unknown key "color"; known keys: account, topology, nat/,
      );
      expect(() => parseContext(['region=us-east-1'])).toThrow(/--region/);
    });

    it('a bad value, every one named', () => {
      fails(
        'eu-west-3',
        ['nat=maybe', 'dbStorageGb=5'],
        /--context nat=maybe must be true or false; --context dbStorageGb=5 must be an integer/,
      );
      fails(
        'eu-west-3',
        ['apiCpu=256', 'apiMemory=4096'],
        /apiMemory=4096 does not fit apiCpu=256/,
      );
    });

    it('a size the price table has no price for', () => {
      fails('eu-west-3', ['etlInstanceType=m5.large'], /EC2 instance type m5\.large has no price/);
    });

    it('a value CloudFormation refuses, in one line naming the key (not the CDK report)', () => {
      fails(
        'eu-west-3',
        ['topology=pipeline', 'etlInstanceType=m9.huge'],
        /^--context etlInstanceType=m9\.huge: CloudFormation refuses it \(InstanceType: 'm9\.huge' is not valid for region 'eu-west-3'\)$/,
      );
    });
  });
});

describe('cost of the alarms and the database options', () => {
  const pipeline = costReport({ region: 'eu-west-3', context: ['topology=pipeline'] }).lines;
  const find = (lines: LineItem[], pattern: RegExp) => line(lines, pattern);

  it('prices each alarm per metric it watches, and the ETL’s two custom metrics', () => {
    // 3 on the database, 2 on the ETL, 2 on the dashboard instance: one metric each.
    const alarms = find(pipeline, /^CloudWatch: 7 alarms, standard resolution$/);
    expect(alarms.quantity).toBe('7 alarm metrics × $0.10');
    expect(alarms.monthly).toBeCloseTo(0.7);
    const custom = find(pipeline, /^CloudWatch: custom metrics the ETL writes/);
    expect(custom.item).toBe(
      'custom metrics the ETL writes (CaisEtl: SecondsSinceNewestQuote, CaisEtl: RunsFailed)',
    );
    expect(custom.monthly).toBeCloseTo(2 * 0.3);
    // The catalog adds 4 alarms of one metric, and the 5xx rate and tasks alarms of 3 and 2.
    const all = costReport({ region: 'us-east-1', context: [] }).lines;
    expect(find(all, /^CloudWatch: 15 alarms/).quantity).toBe('19 alarm metrics × $0.10');
  });

  it('prices the topic’s key, and shows the topic and the budget within their free tiers', () => {
    expect(find(pipeline, /^KMS: key of the alarm topic/).monthly).toBe(1);
    expect(find(pipeline, /^SNS: alarm topic, 0 e-mail subscriptions$/).monthly).toBe(0);
    const budget = find(pipeline, /^Budgets: monthly budget of US\$ (\d+)/);
    expect(budget.monthly).toBe(0);
    const withoutBudget = costReport({
      region: 'eu-west-3',
      context: ['topology=pipeline', 'budgetUsd=0'],
    }).lines;
    expect(budget.item).toContain(`US$ ${Math.ceil(total(withoutBudget) * 1.25)},`);
    expect(withoutBudget.some((l) => l.service === 'Budgets')).toBe(false);
  });

  it('prices Multi-AZ twice the instance and Performance Insights’ 7 days at nothing', () => {
    const lines = costReport({
      region: 'eu-west-3',
      context: ['topology=pipeline', 'dbMultiAz=true', 'dbPerformanceInsights=true'],
    }).lines;
    expect(find(lines, /^RDS: PostgreSQL db\.t4g\.micro, Multi-AZ/).quantity).toBe(
      '2 × 730 h × $0.019',
    );
    const insights = find(lines, /^RDS: Performance Insights, 7 days of history$/);
    expect(insights).toMatchObject({ monthly: 0, quantity: 'the 7-day retention is not billed' });
    expect(pipeline.some((l) => /Performance Insights/.test(l.item))).toBe(false);
  });
});

describe('cost of SQL over the lake', () => {
  const lines = costReport({ region: 'us-east-1', context: ['topology=pipeline'] }).lines;
  const find = (pattern: RegExp) => lines.find((l) => pattern.test(`${l.service}: ${l.item}`));

  it('prices Athena by the data its queries scan, 10 MB at least each, and the Glue catalog within its free million', () => {
    const athena = find(/^Athena: 100 queries a month/);
    expect(athena?.quantity).toBe('1 GB scanned × $5.00/TB');
    expect(athena?.monthly).toBeCloseTo((100 * 0.01 * 5) / 1000);
    expect(find(/^Glue: Data Catalog/)?.monthly).toBe(0);
    expect(find(/^S3: compacted lake/)?.monthly).toBeGreaterThan(0);
  });

  it('prices the archive rule only when it is on, and says why S3 moves none of the small raw objects', () => {
    expect(find(/raw objects to/)).toBeUndefined();
    const archive = costReport({
      region: 'us-east-1',
      context: ['topology=pipeline', 'lakeRawArchiveDays=30', 'lakeRawArchiveClass=DEEP_ARCHIVE'],
    }).lines.find((l) => /raw objects to DEEP_ARCHIVE after 30 days/.test(l.item));
    expect(archive?.item).toMatch(/S3 keeps them in Standard \(under 128 KB\)/);
    expect(archive?.quantity).toBe('0 transitions × $0.05/1000');
    expect(archive?.monthly).toBe(0);
  });
});
