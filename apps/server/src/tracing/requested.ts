/**
 * Whether the standard OpenTelemetry variables ask for traces: an OTLP endpoint, or a traces
 * exporter other than `none`, and the SDK not disabled. Read before the configuration (the SDK
 * must hook the modules before they load), and only by bin/cais.js: when this says no, the SDK
 * is never even imported. The SDK itself reads the rest of the `OTEL_*` variables.
 */
export function tracingRequested(env: Record<string, string | undefined>): boolean {
  const set = (name: string) => (env[name]?.trim() ?? '') !== '';
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false;
  const exporter = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase();
  if (exporter === 'none') return false;
  return (
    (exporter !== undefined && exporter !== '') ||
    set('OTEL_EXPORTER_OTLP_ENDPOINT') ||
    set('OTEL_EXPORTER_OTLP_TRACES_ENDPOINT')
  );
}
