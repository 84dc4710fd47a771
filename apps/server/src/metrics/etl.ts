import { Counter, Gauge, Histogram } from 'prom-client';
import type { KeyInfo } from '../cmc/cmc.schema.js';
import type { RunReport } from '../etl/extract.js';
import type { Metrics } from './registry.js';

/** A run is a CoinMarketCap call, a lake write and a load: seconds to a few minutes. */
const RUN_BUCKETS = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

export interface EtlMetrics {
  runs: Counter<'outcome'>;
  runDuration: Histogram<'outcome'>;
  lastRun: Gauge<'outcome'>;
  rowsLoaded: Counter;
  rejectedObjects: Counter;
  creditsUsed: Counter;
  creditsLeft: Gauge;
  lakePending: Gauge;
  /** Counts a finished run: its outcome, rows, rejects, credits and what it left pending. */
  recordRun(report: RunReport, seconds: number, endedAt: Date): void;
  /** The key's plan as CoinMarketCap reports it (at start). */
  recordPlan(info: KeyInfo): void;
}

const created = new WeakMap<Metrics, EtlMetrics>();

/** The pipeline's instruments in `metrics`' registry, created on first use. */
export function etlMetrics(metrics: Metrics): EtlMetrics {
  const existing = created.get(metrics);
  if (existing) return existing;
  const registers = [metrics.registry];
  const runs = new Counter({
    name: 'cais_etl_runs_total',
    help: 'Extraction runs by outcome: succeeded (lake and database), pending (lake only), failed',
    labelNames: ['outcome'],
    registers,
  });
  const runDuration = new Histogram({
    name: 'cais_etl_run_duration_seconds',
    help: 'Duration of an extraction run: CoinMarketCap call, lake write and load',
    labelNames: ['outcome'],
    buckets: RUN_BUCKETS,
    registers,
  });
  const lastRun = new Gauge({
    name: 'cais_etl_last_run_timestamp_seconds',
    help: 'When the last run of each outcome ended (Unix time)',
    labelNames: ['outcome'],
    registers,
  });
  const rowsLoaded = new Counter({
    name: 'cais_etl_rows_loaded_total',
    help: 'Quote rows the loads inserted into the database',
    registers,
  });
  const rejectedObjects = new Counter({
    name: 'cais_etl_rejected_objects_total',
    help: 'Lake objects a load rejected (bad content, or values the database refused)',
    registers,
  });
  const creditsUsed = new Counter({
    name: 'cais_cmc_credits_used_total',
    help: 'CoinMarketCap credits the runs of this process spent',
    registers,
  });
  // Registered once the plan is known: a 0 before that would read as "credits spent".
  const creditsLeft = new Gauge({
    name: 'cais_cmc_credits_left',
    help: "Credits left this month on the key's plan: as read at start, less what the runs spent since",
    registers: [],
  });
  const lakePending = new Gauge({
    name: 'cais_lake_objects_pending',
    help: 'Lake objects not yet in the database, as the last run left them (the next run or cais etl replay loads them)',
    registers,
  });
  let planKnown = false;

  const etl: EtlMetrics = {
    runs,
    runDuration,
    lastRun,
    rowsLoaded,
    rejectedObjects,
    creditsUsed,
    creditsLeft,
    lakePending,
    recordRun: (report, seconds, endedAt) => {
      const outcome = report.status;
      runs.inc({ outcome });
      runDuration.observe({ outcome }, seconds);
      lastRun.set({ outcome }, endedAt.getTime() / 1000);
      creditsUsed.inc(report.credits);
      if (planKnown) creditsLeft.dec(report.credits);
      const load = report.load;
      if (load) {
        rowsLoaded.inc(load.rowsInserted);
        rejectedObjects.inc(load.bad.filter((b) => b.rejected).length);
        // A read that failed is tried again by the next load; the rest of the lake is in.
        lakePending.set(load.bad.filter((b) => !b.rejected).length);
      } else {
        // No load ran (the database is down): this run's objects wait with the earlier ones.
        lakePending.inc(report.keys.length);
      }
    },
    recordPlan: (info) => {
      const month = info.usage.current_month;
      creditsLeft.set(month.credits_left ?? info.plan.credit_limit_monthly - month.credits_used);
      if (!planKnown) metrics.registry.registerMetric(creditsLeft);
      planKnown = true;
    },
  };
  created.set(metrics, etl);
  return etl;
}
