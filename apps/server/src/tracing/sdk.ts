import { register } from 'node:module';
import { FastifyOtelInstrumentation } from '@fastify/otel';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { NodeSDK, tracing } from '@opentelemetry/sdk-node';

/**
 * OpenTelemetry traces for a cais process, started before any application module loads (by
 * bin/cais.js, only when `tracingRequested`). Instrumented: inbound and outbound HTTP (node:http:
 * the api, the web server's forwarding, S3), fetch (undici: CoinMarketCap), Fastify (a span per
 * request and per handler) and node-postgres (a span per SQL statement; PGlite has no driver to
 * instrument). The ETL adds its own spans (etl/traced-run.ts). Exporter, endpoint, sampler and
 * service name come from the standard `OTEL_*` variables; the service name defaults to `cais`.
 */

export interface TracingOptions {
  /** Spans go here, each as it ends, instead of the exporter the `OTEL_*` variables name (tests). */
  exporter?: tracing.SpanExporter;
}

export function startTracing(
  env: Record<string, string | undefined>,
  options: TracingOptions = {},
): { shutdown: () => Promise<void> } {
  // ESM imports are hooked by import-in-the-middle (what the instrumentations patch through).
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? 'cais',
    ...(options.exporter
      ? { spanProcessors: [new tracing.SimpleSpanProcessor(options.exporter)] }
      : {}),
    instrumentations: [
      new HttpInstrumentation(),
      new UndiciInstrumentation(),
      // Hook spans would add ten spans to every request for little insight: request and handler.
      new FastifyOtelInstrumentation({ registerOnInitialization: true, instrumentHooks: false }),
      new PgInstrumentation({ enhancedDatabaseReporting: false }),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}
