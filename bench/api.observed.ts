import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Side } from './api.scenarios.js';

/**
 * The observability sides of `npm run bench -- api`: the default `cais` side has metrics on
 * (METRICS defaults to true) and tracing off; `no-metrics` runs with METRICS=false (what metrics
 * cost), `traced` with traces on, sent over OTLP/HTTP to a local sink that accepts and drops
 * every export (what tracing costs the api: spans made, batched, encoded and sent, not a
 * collector's speed).
 */

export const OBSERVED_SIDES: Side[] = ['no-metrics', 'traced'];

export interface TraceSink {
  url: string;
  /** Exports received so far (one per batch of spans). */
  received: () => number;
  close: () => Promise<void>;
}

export async function startTraceSink(): Promise<TraceSink> {
  let exports = 0;
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => {
      if (request.url === '/v1/traces') exports += 1;
      response.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received: () => exports,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

/** The environment of each observed side's api process. */
export const observedEnv = (sink: TraceSink): Record<string, Record<string, string>> => ({
  'no-metrics': { METRICS: 'false' },
  traced: {
    OTEL_EXPORTER_OTLP_ENDPOINT: sink.url,
    OTEL_TRACES_EXPORTER: 'otlp',
    OTEL_EXPORTER_OTLP_PROTOCOL: 'http/protobuf',
    OTEL_SERVICE_NAME: 'cais-bench',
  },
});

type Median = (side: Side, key: 'rps' | 'p50' | 'p99') => number;

/** The summary's columns for the observed sides of one scenario (empty where they did not run). */
export function observedColumns(ran: (side: Side) => boolean, m: Median, sink: TraceSink) {
  const ratio = (a: number, b: number) => Number((a / b).toFixed(3));
  return {
    'metrics off req/s': ran('no-metrics') ? Math.round(m('no-metrics', 'rps')) : '',
    'metrics on/off': ran('no-metrics') ? ratio(m('cais', 'rps'), m('no-metrics', 'rps')) : '',
    'traced req/s': ran('traced') ? Math.round(m('traced', 'rps')) : '',
    'traced/untraced': ran('traced') ? ratio(m('traced', 'rps'), m('cais', 'rps')) : '',
    'traced p99 ms': ran('traced') ? m('traced', 'p99') : '',
    // The sink counts over the whole run: every scenario's traced side adds to it.
    'trace exports (run)': ran('traced') ? sink.received() : '',
  };
}

/** Issue 17: metrics on stays within 5 % of off; tracing's cost is reported, not bounded. */
export function observedTargets(byName: (name: string) => Record<string, unknown> | undefined) {
  return ['GET by id', 'POST'].map((name) => {
    const ratio = byName(name)?.['metrics on/off'];
    const value = typeof ratio === 'number' ? ratio : undefined;
    return {
      target: `${name} with metrics on ≥ 95% of METRICS=false req/s`,
      value,
      met: value !== undefined && value >= 0.95,
    };
  });
}
