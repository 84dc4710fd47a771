import { InvalidArgumentError, Option, type Command } from 'commander';
import { SLUG } from '../../lake/keys.js';
import { run } from '../context.js';
import { lakeCompactCommand, lakeQueryCommand, type DayRange, type QueryOptions } from './lake.js';

const slugs = (raw: string) => {
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.length === 0 || !items.every((s) => SLUG.test(s))) {
    throw new InvalidArgumentError('must list coin folders of the lake, such as bitcoin,ethereum');
  }
  return [...new Set(items)];
};

/** `cais lake compact|query`, beside main.ts's commands: the lake as columnar files and SQL. */
export function registerLakeCommands(
  program: Command,
  parsers: { day: (raw: string) => string },
): void {
  const lake = program
    .command('lake')
    .description('the lake as compacted Parquet partitions, and SQL over it (docs/lake.md)');
  lake
    .command('compact')
    .description(
      'turn the raw objects of each closed UTC day of each coin into one Parquet file with a manifest (raw objects stay as they are)',
    )
    .option(
      '--from <date>',
      'first day, YYYY-MM-DD (UTC, inclusive; default: the oldest)',
      parsers.day,
    )
    .option('--to <date>', 'last day, YYYY-MM-DD (UTC, inclusive; default: yesterday)', parsers.day)
    .addHelpText(
      'after',
      '\nRunning it again only adds what is new: a raw object that arrived late for a compacted day\n' +
        'becomes a new part of that day. Exit codes: 0 done; 3 done, but some objects could not be read\n' +
        '(the next run retries them); 1 failed or interrupted (run it again to go on).',
    )
    .action((options: DayRange) => run((context) => lakeCompactCommand(context, options)));
  lake
    .command('query')
    .description(
      'run SQL (DuckDB) over the `quotes` view: compacted days and the raw objects not compacted yet, deduplicated',
    )
    .argument(
      '<sql>',
      'one SQL statement, such as "select coin, count(*) from quotes group by coin"',
    )
    .option(
      '--from <date>',
      'only read days from this one, YYYY-MM-DD (UTC, inclusive)',
      parsers.day,
    )
    .option(
      '--to <date>',
      'only read days up to this one, YYYY-MM-DD (UTC, inclusive)',
      parsers.day,
    )
    .option(
      '--coin <slugs>',
      'only read these coin folders, comma-separated (bitcoin,ethereum)',
      slugs,
    )
    .addOption(
      new Option(
        '--format <format>',
        'table (default on a terminal), csv (default otherwise) or json',
      ).choices(['table', 'csv', 'json']),
    )
    .addHelpText(
      'after',
      '\nColumns of quotes: coin, symbol, convert, cmc_id, last_updated (UTC), price, volume_24h, market_cap,\n' +
        'percent_change_1h, percent_change_24h, percent_change_7d, circulating_supply, source_key.\n' +
        '--from, --to and --coin decide which partitions are read at all (on S3, what is downloaded);\n' +
        'a WHERE clause filters rows but does not prune.\n' +
        'Example:\n  cais lake query --coin bitcoin "select year(last_updated) y, min(price), max(price) from quotes group by y order by y"',
    )
    .action((sql: string, options: QueryOptions) =>
      run((context) => lakeQueryCommand(context, sql, options)),
    );
}
