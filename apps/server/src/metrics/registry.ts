import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The metrics of one cais process, in one registry: what /metrics (or the etl worker's
 * METRICS_PORT) exposes. Names follow Prometheus conventions (`cais_` prefix, base units,
 * `_total` for counters); labels hold route patterns, methods, status codes, outcomes and coin
 * symbols only, never a raw URL, a user or a secret. Other modules (alert rules) may read the
 * same instruments through `Metrics`; the pipeline's are added by `etlMetrics` (etl.ts) in the
 * processes that run it, so an api alone shows no run counts that would read as "never ran".
 */

/** Request latencies in seconds: from a cached read (1 ms) to a slow export (10 s). */
const HTTP_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
export type ServerName = 'api' | 'web';

export interface Metrics {
  readonly registry: Registry;
  readonly http: {
    requests: Counter<'server' | 'method' | 'route' | 'status_code'>;
    errors: Counter<'server' | 'method' | 'route'>;
    duration: Histogram<'server' | 'method' | 'route'>;
  };
}

/** A fresh registry with every cais instrument, plus Node's process metrics (`cais_process_…`). */
export function createMetrics(): Metrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry, prefix: 'cais_' });
  return {
    registry,
    http: {
      requests: new Counter({
        name: 'cais_http_requests_total',
        help: 'HTTP requests answered, by server, method, route pattern and status code',
        labelNames: ['server', 'method', 'route', 'status_code'],
        registers,
      }),
      errors: new Counter({
        name: 'cais_http_request_errors_total',
        help: 'HTTP requests answered with a 5xx status, by server, method and route pattern',
        labelNames: ['server', 'method', 'route'],
        registers,
      }),
      duration: new Histogram({
        name: 'cais_http_request_duration_seconds',
        help: 'Time from a request received to its response sent, by server, method and route pattern',
        labelNames: ['server', 'method', 'route'],
        buckets: HTTP_BUCKETS,
        registers,
      }),
    },
  };
}
