import type { Database } from '../db/client.js';
import { creditsUsed } from '../etl/runs.repository.js';
import type { SeriesKey } from '../quotes/series-key.js';
import type { RuleRecord } from './alerts.repository.js';
import { lastFinishedRuns, newestQuote, priceRange } from './observations.repository.js';
import { sumCounts } from './request-counts.repository.js';

/** What one evaluation of a rule saw. */
export interface Observation {
  breached: boolean;
  /** The point it looked at (a quote's time, a run's end, now): where the chart marks a firing. */
  at: Date;
  /** The price there, for quote rules. */
  value: number | null;
  /** The series, for quote rules. */
  series: SeriesKey | null;
  /** One line a person reads: what was seen, against what limit. */
  summary: string;
}

export interface ObserveContext {
  /** The series a rule without symbol or currency watches. */
  defaults: SeriesKey;
  /** Seconds between two runs of ETL_SCHEDULE. */
  intervalSeconds: number;
}

const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;
const price = (value: number) => value.toLocaleString('en', { maximumSignificantDigits: 10 });

export const seriesOf = (rule: RuleRecord, defaults: SeriesKey): SeriesKey => ({
  symbol: (rule.symbol ?? defaults.symbol).toUpperCase(),
  convert: (rule.convert ?? defaults.convert).toUpperCase(),
});

/** Evaluates a rule's condition against the data as of `now`. */
export async function observe(
  db: Database,
  rule: RuleRecord,
  context: ObserveContext,
  now: Date,
): Promise<Observation> {
  switch (rule.kind) {
    case 'failed_runs':
      return observeFailedRuns(db, rule, now);
    case 'credits_low':
      return observeCredits(db, rule, now);
    case 'error_rate':
      return observeErrorRate(db, rule, now);
    default:
      return observeQuotes(db, rule, seriesOf(rule, context.defaults), context, now);
  }
}

async function observeQuotes(
  db: Database,
  rule: RuleRecord,
  series: SeriesKey,
  { intervalSeconds }: ObserveContext,
  now: Date,
): Promise<Observation> {
  const name = `${series.symbol}/${series.convert}`;
  const newest = await newestQuote(db, series, now);
  if (!newest) {
    return {
      breached: rule.kind === 'stale',
      at: now,
      value: null,
      series,
      summary: `no ${name} quote at all`,
    };
  }
  const quoteAt = new Date(newest.last_updated);
  const seen = { at: quoteAt, value: newest.price, series };
  switch (rule.kind) {
    case 'stale': {
      const age = now.getTime() - quoteAt.getTime();
      const allowed = rule.threshold * intervalSeconds * 1000;
      return {
        ...seen,
        breached: age > allowed,
        summary: `no new ${name} quote for ${minutes(age)} (newest at ${newest.last_updated}; allowed: ${rule.threshold} intervals of ${minutes(intervalSeconds * 1000)})`,
      };
    }
    case 'price_above':
    case 'price_below': {
      const above = rule.kind === 'price_above';
      return {
        ...seen,
        breached: above ? newest.price > rule.threshold : newest.price < rule.threshold,
        summary: `${name} at ${price(newest.price)} (${above ? 'above' : 'below'} ${price(rule.threshold)} fires)`,
      };
    }
    default: {
      const windowMs = (rule.window_minutes ?? 60) * 60_000;
      const range = await priceRange(db, series, new Date(quoteAt.getTime() - windowMs), quoteAt);
      if (!range || range.low.price <= 0) {
        return { ...seen, breached: false, summary: `${name}: no prices in the window` };
      }
      const move = ((range.high.price - range.low.price) / range.low.price) * 100;
      // The later of the two extremes completed the move: that is where it tripped.
      const point = range.high.last_updated > range.low.last_updated ? range.high : range.low;
      return {
        at: new Date(point.last_updated),
        value: point.price,
        series,
        breached: move > rule.threshold,
        summary: `${name} moved ${move.toFixed(2)} % within ${minutes(windowMs)} (${price(range.low.price)} to ${price(range.high.price)}; more than ${rule.threshold} % fires)`,
      };
    }
  }
}

async function observeFailedRuns(db: Database, rule: RuleRecord, now: Date): Promise<Observation> {
  const count = Math.max(1, Math.round(rule.threshold));
  const runs = await lastFinishedRuns(db, count);
  const failed = runs.filter((r) => r.status === 'failed').length;
  const breached = runs.length === count && failed === count;
  const newest = runs[0]?.finished_at;
  return {
    breached,
    at: newest ? new Date(newest) : now,
    value: null,
    series: null,
    summary: breached
      ? `the last ${count} extraction runs failed`
      : `${failed} of the last ${runs.length} extraction runs failed (${count} in a row fires)`,
  };
}

async function observeCredits(db: Database, rule: RuleRecord, now: Date): Promise<Observation> {
  const plan = rule.plan_credits ?? 0;
  const used = (await creditsUsed(db)).month;
  const left = Math.max(0, plan - used);
  const percent = plan > 0 ? (left / plan) * 100 : 0;
  return {
    breached: percent < rule.threshold,
    at: now,
    value: null,
    series: null,
    summary: `${left.toLocaleString('en')} of ${plan.toLocaleString('en')} CoinMarketCap credits left this month (${percent.toFixed(1)} %; below ${rule.threshold} % fires)`,
  };
}

/** Fewer requests than this in the window never fire an error_rate rule without min_requests. */
export const DEFAULT_MIN_REQUESTS = 20;

async function observeErrorRate(db: Database, rule: RuleRecord, now: Date): Promise<Observation> {
  const windowMs = (rule.window_minutes ?? 15) * 60_000;
  const minimum = rule.min_requests ?? DEFAULT_MIN_REQUESTS;
  // Whole minutes: the oldest one counted is the one `window` ago, the newest the current one.
  const from = new Date(Math.floor((now.getTime() - windowMs) / 60_000) * 60_000);
  const { requests, errors } = await sumCounts(db, from, now);
  const percent = requests > 0 ? (errors / requests) * 100 : 0;
  const enough = requests >= minimum;
  return {
    breached: enough && percent > rule.threshold,
    at: now,
    value: null,
    series: null,
    summary:
      `the api answered ${errors.toLocaleString('en')} of ${requests.toLocaleString('en')} requests with a 5xx ` +
      `within ${minutes(windowMs)} (${percent.toFixed(1)} %; above ${rule.threshold} % fires` +
      (enough ? ')' : `, from ${minimum} requests on)`),
  };
}
