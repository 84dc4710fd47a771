import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { scheduleIntervalSeconds } from '../config/schedule.js';
import type { Database } from '../db/client.js';
import type { Clock } from '../time/clock.js';
import * as alerts from './alerts.repository.js';
import { deliver, type Channel, type RetryPolicy } from './channels.js';
import { dashboardLink, type AlertMessage } from './message.js';
import { observe, type ObserveContext } from './observe.js';
import { advance, parseDuration } from './transition.js';

export interface EvaluatorDeps {
  db: Database;
  channels: readonly Channel[];
  log: Logger;
  clock: Clock;
  context: ObserveContext;
  dashboardUrl: string;
  /** ALERT_REPEAT in ms (0: no reminders). */
  repeatMs: number;
  retry?: RetryPolicy;
  /** Exact values masked in delivery errors. */
  secrets?: readonly string[];
}

export interface EvaluationSummary {
  evaluated: number;
  /** Rules another evaluation held at the time (left to it). */
  skipped: number;
  sent: { rule: string; type: AlertMessage['type'] }[];
}

/** The evaluator's settings from the configuration. */
export function evaluatorSettings(config: Config) {
  return {
    context: {
      defaults: { symbol: config.etl.symbols[0] ?? 'BTC', convert: config.etl.convert },
      intervalSeconds: scheduleIntervalSeconds(config.etl.schedule),
    },
    dashboardUrl: config.alerts.dashboardUrl,
    // Checked by the configuration's schema.
    repeatMs: parseDuration(config.alerts.repeat) ?? 0,
  };
}

/**
 * Evaluates every enabled rule once, each in a transaction holding its row lock: two workers
 * evaluating at the same time never both send. The message is sent inside the transaction, so
 * the state that says it was sent commits with it (a crash in between sends it again rather than
 * never). A rule that fails to evaluate is logged and the others go on.
 */
export async function evaluateAlerts(deps: EvaluatorDeps): Promise<EvaluationSummary> {
  const summary: EvaluationSummary = { evaluated: 0, skipped: 0, sent: [] };
  for (const id of await alerts.enabledRuleIds(deps.db)) {
    try {
      await deps.db.transaction(async (tx) => {
        const rule = await alerts.lockRule(tx, id);
        if (!rule) {
          summary.skipped++;
          return;
        }
        await evaluateRule(tx, rule, deps, summary);
        summary.evaluated++;
      });
    } catch (error) {
      deps.log.error({ err: error }, `alert rule ${id} could not be evaluated`);
    }
  }
  return summary;
}

async function evaluateRule(
  tx: Database,
  rule: alerts.RuleRecord,
  deps: EvaluatorDeps,
  summary: EvaluationSummary,
): Promise<void> {
  const now = new Date(deps.clock.now());
  const seen = await observe(tx, rule, deps.context, now);
  const step = advance(
    {
      state: rule.state,
      streak: rule.streak,
      stateSince: rule.state_since,
      notifiedAt: rule.notified_at,
    },
    seen.breached,
    now,
    { fireAfter: rule.fire_after, recoverAfter: rule.recover_after, repeatMs: deps.repeatMs },
  );
  let notifiedAt = step.message === 'recovered' ? null : rule.notified_at;
  if (step.message) {
    const open = await alerts.findOpenEvent(tx, rule.id);
    if (step.message === 'fired') {
      await alerts.openEvent(tx, {
        rule_id: rule.id,
        symbol: seen.series?.symbol ?? null,
        convert: seen.series?.convert ?? null,
        fired_at: now,
        trigger_at: seen.at,
        trigger_value: seen.value,
        message: seen.summary,
      });
    }
    if (step.message === 'recovered') await alerts.resolveEvent(tx, rule.id, now);
    // A reminder or a recovery points at the firing's own moment; a firing at its trigger.
    const triggerAt = step.message === 'fired' || !open ? seen.at : open.trigger_at;
    const message: AlertMessage = {
      type: step.message,
      rule: { id: rule.id, name: rule.name, kind: rule.kind },
      summary: seen.summary,
      triggerAt,
      triggerValue: step.message === 'fired' || !open ? seen.value : open.trigger_value,
      series: seen.series,
      firedAt: open?.fired_at ?? now,
      link: dashboardLink(deps.dashboardUrl, triggerAt, seen.series),
    };
    const deliveries = await deliver(deps.channels, message, {
      log: deps.log,
      ...(deps.retry ? { retry: deps.retry } : {}),
      ...(deps.secrets ? { secrets: deps.secrets } : {}),
    });
    summary.sent.push({ rule: rule.name, type: step.message });
    // Reached someone (or no channel is configured): else the next evaluation tries again.
    const reached = deliveries.length === 0 || deliveries.some((d) => d.ok);
    if (step.message !== 'recovered') notifiedAt = reached ? now : rule.notified_at;
    deps.log.info(`alert "${rule.name}" ${step.message}: ${seen.summary}`);
  }
  await alerts.saveState(tx, rule.id, {
    state: step.state,
    streak: step.streak,
    state_since: step.stateSince,
    evaluated_at: now,
    notified_at: notifiedAt,
  });
}
