import { Compile } from 'typebox/compile';
import * as alerts from '../../alerts/alerts.service.js';
import { RuleInputSchema, type Rule, type RuleInput } from '../../alerts/alerts.schema.js';
import { channelsFrom } from '../../alerts/channels.js';
import { evaluatorSettings } from '../../alerts/evaluate.js';
import { secretValues } from '../../config/secrets.js';
import { UsageError, type Context } from '../context.js';
import { withDatabase } from '../database.js';

/** `cais alerts …`: the alert routes' use cases on the command line. */

const print = (line: string) => process.stdout.write(`${line}\n`);

const describeRule = (r: Rule) =>
  [
    r.id,
    r.name,
    r.kind,
    [r.symbol, r.convert].filter(Boolean).join('/') || '-',
    `threshold ${r.threshold}`,
    r.window_minutes === null ? '' : `window ${r.window_minutes} min`,
    r.plan_credits === null ? '' : `plan ${r.plan_credits}`,
    r.min_requests === null ? '' : `from ${r.min_requests} requests`,
    r.enabled ? r.state : 'disabled',
  ]
    .filter((part) => part !== '')
    .join('\t');

export const listAlertsCommand = (context: Context) =>
  withDatabase(context, async ({ db }) => {
    const rules = await alerts.listRules(db);
    if (rules.length === 0) print('no alert rules (cais alerts add --help)');
    for (const rule of rules) print(describeRule(rule));
  });

const checkInput = Compile(RuleInputSchema);

export const addAlertCommand = (context: Context, input: RuleInput) =>
  withDatabase(context, async ({ db }) => {
    const problem = [...checkInput.Errors(input)][0];
    if (problem) {
      const field = problem.instancePath.slice(1) || 'rule';
      throw new UsageError(`${field.replace(/_/g, '-')}: ${problem.message}`);
    }
    print(`added ${describeRule(await alerts.addRule(db, input))}`);
  });

export const enableAlertCommand = (context: Context, ref: string, enabled: boolean) =>
  withDatabase(context, async ({ db }) => {
    print(
      `${enabled ? 'enabled' : 'disabled'} ${describeRule(await alerts.setEnabled(db, ref, enabled))}`,
    );
  });

export const removeAlertCommand = (context: Context, ref: string) =>
  withDatabase(context, async ({ db }) => {
    await alerts.removeRule(db, ref);
    print(`removed ${ref}`);
  });

/** Sends a sample; exit 1 when no channel is configured or one failed. */
export const testAlertCommand = (context: Context, ref: string) =>
  withDatabase(context, async ({ db }) => {
    const { config, log } = context;
    const channels = channelsFrom(config);
    if (channels.length === 0) {
      throw new UsageError(
        'no alert channel is configured: set ALERT_SLACK_WEBHOOK_URL, ALERT_TELEGRAM_BOT_TOKEN ' +
          'and ALERT_TELEGRAM_CHAT_ID, ALERT_WEBHOOK_URL or ALERT_SNS_TOPIC_ARN (docs/alerts.md)',
      );
    }
    const result = await alerts.testRule(
      {
        db,
        channels,
        ...evaluatorSettings(config),
        log,
        now: new Date(),
        secrets: secretValues(config),
      },
      ref,
    );
    for (const d of result.channels) print(`${d.channel}\t${d.ok ? 'sent' : `failed: ${d.error}`}`);
    if (result.channels.some((d) => !d.ok)) process.exitCode = 1;
  });
