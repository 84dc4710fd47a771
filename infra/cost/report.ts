import { ASSUMPTIONS, HOURS_PER_MONTH, ORIGINAL_ESTIMATE } from './assumptions.js';
import type { LineItem } from './estimate.js';
import { PRICE_DATE, PRICE_SOURCE } from './prices.js';

export interface Report {
  region: string;
  regionName: string;
  /** What was synthesized, e.g. "topology=pipeline nat=false etl=ec2". */
  setup: string;
  stacks: string[];
  lines: LineItem[];
}

export const total = (lines: LineItem[]): number => lines.reduce((sum, l) => sum + l.monthly, 0);

const usd = (value: number) => value.toFixed(2);

const notes = (): string[] => [
  `${HOURS_PER_MONTH} hours a month; on-demand prices, no free tier; data transfer out not counted (the first 100 GB a month are free).`,
  `Light traffic: ${ASSUMPTIONS.albLcu} load balancer capacity units on average; logs as in infra/cost/assumptions.ts; catalog services at their minimum task count.`,
  `The lake grows ${ASSUMPTIONS.lakeBytesPerExtraction.toLocaleString('en')} bytes and ${ASSUMPTIONS.lakePutsPerExtraction} writes per extraction and symbol; storage is shown after ${ASSUMPTIONS.lakeMonths} months.`,
  `Athena: ${ASSUMPTIONS.athenaQueriesPerMonth} queries a month, each scanning the whole compacted lake (~${ASSUMPTIONS.compactedBytesPerExtraction} bytes of Parquet per extraction and symbol; 10 MB billed at least per query); the Glue Data Catalog bills nothing for its first million objects and requests a month.`,
  `The original's table (seed 004, eu-west-3) listed S3, RDS, two EC2 instances and CloudWatch Logs for US$ ${ORIGINAL_ESTIMATE.low}-${ORIGINAL_ESTIMATE.high}; it left out public IPv4 addresses (billed since February 2024), secrets and any load balancer.`,
  `Prices: ${PRICE_SOURCE} (${PRICE_DATE}).`,
];

/** The estimate as a plain-text table, line by line, with subtotals and the total. */
export function formatText(report: Report): string {
  const original = report.lines.filter((l) => l.inOriginal);
  const extra = report.lines.filter((l) => !l.inOriginal);
  const itemWidth = Math.max(40, ...report.lines.map((l) => l.service.length + l.item.length + 2));
  const quantityWidth = Math.max(20, ...report.lines.map((l) => l.quantity.length));
  const width = itemWidth + quantityWidth + 14;
  const row = (item: string, quantity: string, amount: string) =>
    `${item.padEnd(itemWidth)}  ${quantity.padEnd(quantityWidth)}  ${amount.padStart(10)}`;
  const rule = '-'.repeat(width);
  const out = [
    `cais on AWS: estimated monthly cost in ${report.region} (${report.regionName}), US$`,
    `${report.setup}; stacks: ${report.stacks.join(', ')}`,
    '',
    row('Item', 'Quantity', 'US$/month'),
    rule,
    ...original.map((l) => row(`${l.service}: ${l.item}`, l.quantity, usd(l.monthly))),
    row(
      `Subtotal: what the original's table covered (it said ${ORIGINAL_ESTIMATE.low}-${ORIGINAL_ESTIMATE.high})`,
      '',
      usd(total(original)),
    ),
    rule,
    ...extra.map((l) => row(`${l.service}: ${l.item}`, l.quantity, usd(l.monthly))),
    row("Subtotal: what the original's table left out", '', usd(total(extra))),
    rule,
    row('Total', '', usd(total(report.lines))),
    '',
    ...notes().map((n) => `* ${n}`),
  ];
  return `${out.join('\n')}\n`;
}

/** The same table in Markdown, for docs/deployment.md. */
export function formatMarkdown(report: Report): string {
  const original = report.lines.filter((l) => l.inOriginal);
  const extra = report.lines.filter((l) => !l.inOriginal);
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  const row = (l: LineItem) =>
    `| ${cell(l.service)} | ${cell(l.item)} | ${cell(l.quantity)} | ${usd(l.monthly)} |`;
  return [
    `**${report.region} (${report.regionName})**, ${report.setup}: ${report.stacks.join(', ')}`,
    '',
    '| Service | Item | Quantity | US$/month |',
    '| --- | --- | --- | ---: |',
    ...original.map(row),
    `| | **Subtotal: what the original's table covered** (it said ${ORIGINAL_ESTIMATE.low}-${ORIGINAL_ESTIMATE.high}) | | **${usd(total(original))}** |`,
    ...extra.map(row),
    `| | **Subtotal: what the original's table left out** | | **${usd(total(extra))}** |`,
    `| | **Total** | | **${usd(total(report.lines))}** |`,
    '',
    ...notes().map((n) => `- ${n}`),
    '',
  ].join('\n');
}
