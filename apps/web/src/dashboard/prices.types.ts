/**
 * Types of the price and pipeline routes, as /work/dashboard-contract.md describes them.
 * Interim: replaced by types derived from the generated client once the routes exist.
 */
export interface Market {
  symbol: string;
  convert: string;
  rows: number;
  first: string;
  last: string;
}

export interface Latest {
  symbol: string;
  convert: string;
  price: number;
  previous_price: number | null;
  change: number | null;
  change_percent: number | null;
  percent_change_24h: number | null;
  volume_24h: number | null;
  market_cap: number | null;
  last_updated: string;
  previous_updated: string | null;
  age_seconds: number;
  interval_seconds: number;
  stale: boolean;
}

export interface Bucket {
  time: string;
  open: number;
  high: number;
  low: number;
  close: number;
  count: number;
}

export interface Series {
  symbol: string;
  convert: string;
  from: string;
  to: string;
  bucket_seconds: number;
  source: string;
  buckets: Bucket[];
}

export interface QuoteRow {
  symbol: string;
  convert: string;
  last_updated: string;
  price: number;
  volume_24h: number | null;
  market_cap: number | null;
  percent_change_1h: number | null;
  percent_change_24h: number | null;
  percent_change_7d: number | null;
  inserted_at: string;
}

export interface PipelineRun {
  id: number;
  started_at: string;
  finished_at: string | null;
  status: string;
  symbols: string;
  credits_used: number;
  rows_inserted: number;
  error: string | null;
}

export interface PipelineHealth {
  status: 'empty' | 'stale' | 'failing' | 'ok';
  schedule: string;
  interval_seconds: number;
  etl_enabled: boolean;
  newest_quote_at: string | null;
  age_seconds: number | null;
  stale: boolean;
  last_run: PipelineRun | null;
  last_success_at: string | null;
  last_failure: { at: string; error: string } | null;
  failures_24h: number;
  credits: { today: number; month: number };
  gaps: {
    from: string;
    to: string;
    expected_slots: number;
    missing_slots: number;
    ranges: { from: string; to: string; missing: number }[];
  };
}
