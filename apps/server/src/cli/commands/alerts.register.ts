import { InvalidArgumentError, Option, type Command } from 'commander';
import { ALERT_KINDS, KIND_DESCRIPTION, type AlertKind } from '../../alerts/alerts.schema.js';
import { run } from '../context.js';
import * as commands from './alerts.js';

const number = (raw: string) => {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value))
    throw new InvalidArgumentError('must be a number');
  return value;
};

const whole = (raw: string) => {
  if (!/^\d{1,9}$/.test(raw)) throw new InvalidArgumentError('must be a whole number');
  return Number(raw);
};

interface AddOptions {
  kind: AlertKind;
  threshold: number;
  symbol?: string;
  convert?: string;
  window?: number;
  plan?: number;
  minRequests?: number;
  fireAfter?: number;
  recoverAfter?: number;
  disabled?: boolean;
}

const ADD_HELP = `
Kinds: ${KIND_DESCRIPTION.replace(/`/g, '')}.

Examples:
  cais alerts add btc-stale --kind stale --threshold 3
  cais alerts add runs-failing --kind failed_runs --threshold 3
  cais alerts add credits --kind credits_low --threshold 10 --plan 10000
  cais alerts add btc-drop --kind price_move --threshold 5 --window 60 --symbol BTC
  cais alerts add api-errors --kind error_rate --threshold 5 --window 15 --min-requests 50

The etl worker evaluates the rules after each run; messages go to the channels the ALERT_*
variables set (docs/alerts.md).`;

/** `cais alerts …`: alert rules, beside main.ts's commands. */
export function registerAlertCommands(program: Command): void {
  const alerts = program
    .command('alerts')
    .description(
      'alert rules: stale pipeline, failed runs, credits, prices, api errors (docs/alerts.md)',
    );
  alerts
    .command('list')
    .description('list the rules with their state')
    .action(() => run(commands.listAlertsCommand));
  alerts
    .command('add')
    .description('add a rule')
    .argument('<name>', 'a unique name, shown in every message')
    .addOption(
      new Option('--kind <kind>', 'what it watches').choices(ALERT_KINDS).makeOptionMandatory(),
    )
    .requiredOption('--threshold <n>', 'intervals, runs, percent or a price, by kind', number)
    .option('--symbol <S>', 'the coin of a quote rule (default: the first of ETL_SYMBOLS)')
    .option('--convert <C>', 'its quote currency (default: ETL_CONVERT)')
    .option('--window <minutes>', 'price_move, error_rate: the window', whole)
    .option('--plan <credits>', "credits_low: the key's monthly credits", whole)
    .option(
      '--min-requests <n>',
      'error_rate: fewer requests in the window never fire (default 20)',
      whole,
    )
    .option('--fire-after <n>', 'evaluations in a row before it fires (default 1)', whole)
    .option(
      '--recover-after <n>',
      'clear evaluations in a row before it recovers (default 2)',
      whole,
    )
    .option('--disabled', 'add it switched off')
    .addHelpText('after', ADD_HELP)
    .action((name: string, o: AddOptions) =>
      run((context) =>
        commands.addAlertCommand(context, {
          name,
          kind: o.kind,
          threshold: o.threshold,
          ...(o.symbol === undefined ? {} : { symbol: o.symbol }),
          ...(o.convert === undefined ? {} : { convert: o.convert }),
          ...(o.window === undefined ? {} : { window_minutes: o.window }),
          ...(o.plan === undefined ? {} : { plan_credits: o.plan }),
          ...(o.minRequests === undefined ? {} : { min_requests: o.minRequests }),
          ...(o.fireAfter === undefined ? {} : { fire_after: o.fireAfter }),
          ...(o.recoverAfter === undefined ? {} : { recover_after: o.recoverAfter }),
          ...(o.disabled ? { enabled: false } : {}),
        }),
      ),
    );
  alerts
    .command('remove')
    .description('remove a rule and its events')
    .argument('<rule>', 'its id or name')
    .action((ref: string) => run((context) => commands.removeAlertCommand(context, ref)));
  for (const enabled of [true, false]) {
    alerts
      .command(enabled ? 'enable' : 'disable')
      .description(
        enabled
          ? 'switch a rule on'
          : 'switch a rule off (a firing one closes its event without a message)',
      )
      .argument('<rule>', 'its id or name')
      .action((ref: string) =>
        run((context) => commands.enableAlertCommand(context, ref, enabled)),
      );
  }
  alerts
    .command('test')
    .description('send a sample message of a rule to every configured channel (state unchanged)')
    .argument('<rule>', 'its id or name')
    .action((ref: string) => run((context) => commands.testAlertCommand(context, ref)));
}
