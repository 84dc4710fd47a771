import { Cron } from 'croner';
import type { Logger } from 'pino';
import type { KeyInfo } from './cmc.schema.js';

const DAY_MS = 86_400_000;
/** The longest month: a plan must hold in every month. */
const MONTH_MS = 31 * DAY_MS;
/** Past this many runs (a schedule in seconds) the count is extrapolated. */
const MAX_COUNTED = 20_000;

/** How many times `schedule` (cron, UTC) fires in 31 days from `from`. */
export function runsPerMonth(schedule: string, from = new Date()): number {
  // A fixed offset of 0 is UTC (no daylight saving) and several times faster than timezone 'UTC'.
  const cron = new Cron(schedule, { utcOffset: 0, paused: true });
  try {
    let count = 0;
    // A run at `from` itself counts.
    let last = new Date(from.getTime() - 1);
    let first: Date | undefined;
    const end = from.getTime() + MONTH_MS;
    while (count < MAX_COUNTED) {
      const next = cron.nextRun(last);
      if (!next || next.getTime() >= end) return count;
      count += 1;
      first ??= next;
      last = next;
    }
    // count - 1 intervals between the first and the last run counted.
    const span = last.getTime() - (first ?? from).getTime();
    return Math.round(((count - 1) * MONTH_MS) / Math.max(span, 1));
  } finally {
    cron.stop();
  }
}

/** quotes/latest costs 1 credit per 100 coins returned (one `convert`). */
export const creditsPerRun = (symbols: number): number => Math.max(1, Math.ceil(symbols / 100));

export interface PlanCheck {
  monthly: number;
  limit: number;
  fits: boolean;
}

/** Compares what the schedule spends in a month with what the key's plan allows, and says so. */
export function checkPlan(
  info: KeyInfo,
  schedule: string,
  symbols: number,
  log: Logger,
  from = new Date(),
): PlanCheck {
  const runs = runsPerMonth(schedule, from);
  const monthly = runs * creditsPerRun(symbols);
  const limit = info.plan.credit_limit_monthly;
  const n = (value: number) => Math.round(value).toLocaleString('en');
  log.info(
    `CoinMarketCap plan: ${n(limit)} credits a month; used ${n(info.usage.current_month.credits_used)} this month, ${n(info.usage.current_day.credits_used)} today`,
  );
  const fits = monthly <= limit;
  if (!fits) {
    log.warn(
      `ETL_SCHEDULE "${schedule}" runs up to ${n(runs)} times a month at ${creditsPerRun(symbols)} credit(s) each: ${n(monthly)} credits, more than the ${n(limit)} the plan allows. Runs will fail once the credits are spent: schedule fewer runs or upgrade the plan`,
    );
  }
  return { monthly, limit, fits };
}
