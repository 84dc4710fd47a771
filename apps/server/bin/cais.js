#!/usr/bin/env node
// The command is compiled TypeScript; `npm install` and `npm start` build it.
let cli;
try {
  // Traces only when the OTEL_* variables ask for them: otherwise the SDK is never loaded. It
  // must start before the modules it instruments are imported, hence here.
  const { tracingRequested } = await import('../dist/tracing/requested.js');
  if (tracingRequested(process.env)) {
    // The SDK is an optional dependency (the container image leaves it out to stay small):
    // without it the command still runs, untraced, and says so once.
    const sdk = await import('../dist/tracing/sdk.js').catch((error) => {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' || /dist\/tracing/.test(String(error?.message)))
        throw error;
      process.stderr.write(
        'cais: OTEL_* asks for traces, but the OpenTelemetry SDK is not installed (optional dependencies left out); running without traces. Install it with `npm install --include=optional`.\n',
      );
      return undefined;
    });
    if (sdk) {
      const { atExit } = await import('../dist/cli/lifecycle.js');
      atExit(sdk.startTracing(process.env).shutdown);
    }
  }
  cli = await import('../dist/cli/main.js');
} catch (error) {
  const missing = String(error?.message);
  if (
    error?.code !== 'ERR_MODULE_NOT_FOUND' ||
    !/dist\/(cli\/main|tracing\/requested)\.js/.test(missing)
  )
    throw error;
  process.stderr.write('cais: not built yet; run `npm run build` in the repository first\n');
  process.exit(1);
}
await cli.main(process.argv);
