// A cais process with traces captured in memory (the SDK's InMemorySpanExporter), for
// test/tracing: it starts tracing as bin/cais.js does, then either serves a few api requests or
// runs one extraction, and prints every finished span as one JSON line on stdout. Runs the built
// code (dist), as the instrumentations hook real module loads, which the test runner bypasses.
// Usage: node trace-main.mjs api <path>... | node trace-main.mjs etl
import { request } from 'node:http';
import { tracing } from '@opentelemetry/sdk-node';
import { pino } from 'pino';
import { startTracing } from '../../dist/tracing/sdk.js';

const exporter = new tracing.InMemorySpanExporter();
const { shutdown } = startTracing(process.env, { exporter });
const { loadConfig } = await import('../../dist/config/config.js');
const { openDatabase } = await import('../../dist/db/client.js');

const [mode, ...paths] = process.argv.slice(2);
const config = loadConfig(process.env);
const log = pino({ level: 'silent' });
const database = await openDatabase(config.database, log);

const get = (port, path) =>
  new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode));
    })
      .on('error', reject)
      .end();
  });

if (mode === 'api') {
  const { buildApp } = await import('../../dist/http/app.js');
  const app = await buildApp({ config, database, log });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address();
  for (const path of paths) await get(port, path);
  await app.close();
} else {
  const { openPipeline } = await import('../../dist/etl/pipeline.js');
  const pipeline = await openPipeline({ config, log, database });
  await pipeline.run();
  await pipeline.close();
}
await database.close();
for (const span of exporter.getFinishedSpans()) {
  const line = {
    name: span.name,
    kind: span.kind,
    traceId: span.spanContext().traceId,
    spanId: span.spanContext().spanId,
    parentSpanId: span.parentSpanContext?.spanId,
    attributes: span.attributes,
    status: span.status.code,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}
await shutdown();
