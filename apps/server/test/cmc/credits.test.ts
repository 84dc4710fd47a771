import { describe, expect, it } from 'vitest';
import { checkPlan, creditsPerRun, runsPerMonth } from '../../src/cmc/credits.js';
import { captureLog } from '../helpers/capture-log.js';

const from = new Date('2026-11-01T00:00:00Z');

const plan = (limit: number) => ({
  plan: { credit_limit_monthly: limit, rate_limit_minute: 30 },
  usage: {
    current_day: { credits_used: 12 },
    current_month: { credits_used: 340, credits_left: limit - 340 },
  },
});

describe('credits a schedule spends', () => {
  it('counts the runs of a schedule in the longest month', () => {
    expect(runsPerMonth('*/5 * * * *', from)).toBe(31 * 24 * 12);
    expect(runsPerMonth('0 * * * *', from)).toBe(31 * 24);
    expect(runsPerMonth('0 0 * * *', from)).toBe(31);
  });

  it('extrapolates schedules with more runs than it counts one by one', () => {
    expect(runsPerMonth('* * * * * *', from)).toBe(31 * 86_400);
  });

  it('costs one credit per 100 symbols', () => {
    expect(creditsPerRun(1)).toBe(1);
    expect(creditsPerRun(100)).toBe(1);
    expect(creditsPerRun(101)).toBe(2);
  });

  it('says nothing more than the plan when the schedule fits it', () => {
    const { log, lines } = captureLog();
    const check = checkPlan(plan(10_000), '*/5 * * * *', 1, log, from);
    expect(check).toEqual({ monthly: 8_928, limit: 10_000, fits: true });
    expect(lines.map((l) => l.msg)).toEqual([
      'CoinMarketCap plan: 10,000 credits a month; used 340 this month, 12 today',
    ]);
  });

  it('warns when the schedule would spend more credits than the plan allows', () => {
    const { log, lines } = captureLog();
    const check = checkPlan(plan(5_000), '*/5 * * * *', 1, log, from);
    expect(check.fits).toBe(false);
    const warning = lines.find((l) => l.level === 40);
    expect(warning?.msg).toBe(
      'ETL_SCHEDULE "*/5 * * * *" runs up to 8,928 times a month at 1 credit(s) each: 8,928 credits, more than the 5,000 the plan allows. Runs will fail once the credits are spent: schedule fewer runs or upgrade the plan',
    );
  });
});
