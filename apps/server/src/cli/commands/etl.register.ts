import type { Command } from 'commander';
import { run } from '../context.js';
import { addDayRange, addFlag, count, flag } from '../flags.js';
import {
  etlReplayCommand,
  etlRunCommand,
  etlScheduleCommand,
  etlStatusCommand,
  type ReplayOptions,
} from './etl.js';

const FLAGS = {
  runs: flag('how many recent runs to show', '10', count(1_000)),
};

/** `cais etl run|schedule|replay|status`: the price pipeline. */
export function registerEtlCommands(program: Command): void {
  const etl = program
    .command('etl')
    .description('the crypto price pipeline: CoinMarketCap -> lake (source of truth) -> database')
    .addHelpText(
      'after',
      '\nThe ETL reads CMC_API_KEY, CMC_BASE_URL, ETL_SYMBOLS, ETL_CONVERT, ETL_SCHEDULE, LAKE_URL,\n' +
        'S3_ENDPOINT, S3_FORCE_PATH_STYLE and the database settings. See docs/pipeline.md.',
    );
  etl
    .command('run')
    .description(
      'run one extraction now: fetch the quotes, write them to the lake, load the database',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 loaded; 3 written to the lake, load pending (the database was unavailable;\n' +
        'the next run or `cais etl replay` loads it); 1 failed (nothing written); 2 bad configuration.',
    )
    .action(() => run(etlRunCommand));
  etl
    .command('schedule')
    .description('run the extraction now and then on ETL_SCHEDULE (UTC), until SIGTERM or SIGINT')
    .action(() => run(etlScheduleCommand));

  const replay = etl
    .command('replay')
    .description(
      'load every lake object the database does not have yet (rebuilds a lost database), with progress',
    );
  addDayRange(replay, {
    from: 'first day to replay, YYYY-MM-DD (UTC, inclusive; default: the oldest)',
    to: 'last day to replay, YYYY-MM-DD (UTC, inclusive; default: the newest)',
  })
    .option(
      '--retry-rejected',
      'read again the objects an earlier load rejected (after you fixed or replaced them)',
    )
    .addHelpText(
      'after',
      '\nExit codes: 0 done, everything in the range is loaded; 3 done, but some objects are left\n' +
        '(bad now, or rejected earlier: their keys and reasons are listed; fix or replace them, then\n' +
        'use --retry-rejected); 1 failed or interrupted (run it again: loaded objects are skipped).',
    )
    .action((options: ReplayOptions) => run((context) => etlReplayCommand(context, options)));

  const status = etl
    .command('status')
    .description('show the last runs, the lake objects not in the database and the credits used');
  addFlag(status, '--runs <n>', FLAGS.runs)
    .option('--json', 'print the status as JSON')
    .action((options: { runs: number; json?: boolean }) =>
      run((context) =>
        etlStatusCommand(context, { runs: options.runs, json: options.json ?? false }),
      ),
    );
}
