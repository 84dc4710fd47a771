import { Option, type Command } from 'commander';
import { run } from '../context.js';
import { addDayRange, addFlag, flag, slugs } from '../flags.js';
import { lakeCompactCommand, lakeQueryCommand, type DayRange, type QueryOptions } from './lake.js';

const FLAGS = {
  coin: flag('only read these coin folders, comma-separated (bitcoin,ethereum)', undefined, slugs),
};

/** `cais lake compact|query`: the lake as columnar files and SQL. */
export function registerLakeCommands(program: Command): void {
  const lake = program
    .command('lake')
    .description('the lake as compacted Parquet partitions, and SQL over it (docs/lake.md)');
  const compact = lake
    .command('compact')
    .description(
      'turn the raw objects of each closed UTC day of each coin into one Parquet file with a manifest, and each closed month into one more (raw objects stay as they are)',
    );
  addDayRange(compact, {
    from: 'first day, YYYY-MM-DD (UTC, inclusive; default: the oldest)',
    to: 'last day, YYYY-MM-DD (UTC, inclusive; default: yesterday)',
  })
    .addHelpText(
      'after',
      '\nRunning it again only adds what is new: a raw object that arrived late for a compacted day\n' +
        'becomes a new part of that day, and its month part is built again. Exit codes: 0 done;\n' +
        '3 done, but some objects could not be read (the next run retries them); 1 failed or\n' +
        'interrupted (run it again to go on).',
    )
    .action((options: DayRange) => run((context) => lakeCompactCommand(context, options)));

  const query = lake
    .command('query')
    .description(
      'run SQL (DuckDB) over the `quotes` view: compacted days and the raw objects not compacted yet, deduplicated',
    )
    .argument(
      '<sql>',
      'one SQL statement, such as "select coin, count(*) from quotes group by coin"',
    );
  addDayRange(query, {
    from: 'only read days from this one, YYYY-MM-DD (UTC, inclusive)',
    to: 'only read days up to this one, YYYY-MM-DD (UTC, inclusive)',
  });
  addFlag(query, '--coin <slugs>', FLAGS.coin)
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
