import { SpanStatusCode, trace, type Attributes } from '@opentelemetry/api';

/**
 * Manual spans, through the OpenTelemetry API only: with no SDK started (the default) the API's
 * tracer is a no-op, so these cost a function call and nothing is recorded.
 */
const tracer = trace.getTracer('cais');

/** Runs `task` inside a span named `name`; a rejection marks the span as an error. */
export function inSpan<T>(
  name: string,
  attributes: Attributes,
  task: () => Promise<T>,
): Promise<T> {
  return tracer.startActiveSpan(name, { attributes }, async (span) => {
    try {
      return await task();
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Attributes on the span in progress (none when tracing is off). */
export function annotate(attributes: Attributes): void {
  trace.getActiveSpan()?.setAttributes(attributes);
}
