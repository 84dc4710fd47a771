#!/usr/bin/env node
// The command is compiled TypeScript; `npm install` and `npm start` build it.
let cli;
try {
  // Traces only when the OTEL_* variables ask for them: otherwise the SDK is never loaded. It
  // must start before the modules it instruments are imported, hence here.
  const { tracingRequested } = await import('../dist/tracing/requested.js');
  if (tracingRequested(process.env)) {
    const { startTracing } = await import('../dist/tracing/sdk.js');
    const { atExit } = await import('../dist/cli/lifecycle.js');
    atExit(startTracing(process.env).shutdown);
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
