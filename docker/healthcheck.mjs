// Container health probe for every cais role: `node docker/healthcheck.mjs [url]`.
// With a URL (compose, ECS) it checks that URL. Without one (the image's HEALTHCHECK) it finds the
// role in the container's command line: api and start answer on API_PORT, web on WEB_PORT; a
// worker (etl) has no port and is healthy while it runs. Exit 0 = healthy, 1 = unhealthy.
import { readFileSync } from 'node:fs';

const env = process.env;

function urlFromRole() {
  let args;
  try {
    args = readFileSync('/proc/1/cmdline', 'utf8').split('\0');
  } catch {
    return undefined;
  }
  const role = args[args.findIndex((arg) => arg.endsWith('cais.js')) + 1];
  if (role === 'api' || role === 'start') return `http://127.0.0.1:${env.API_PORT || 8000}/health`;
  if (role === 'web') return `http://127.0.0.1:${env.WEB_PORT || 8501}/health`;
  return undefined;
}

const url = process.argv[2] ?? urlFromRole();
if (url === undefined) process.exit(0);
try {
  const response = await fetch(url, { signal: AbortSignal.timeout(4_000) });
  if (!response.ok) {
    console.error(`${url} answered ${response.status}`);
    process.exit(1);
  }
} catch (error) {
  console.error(`${url}: ${error.cause?.code ?? error.message}`);
  process.exit(1);
}
