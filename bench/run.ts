/**
 * `npm run bench` runs every benchmark; `npm run bench -- <name> [...]` runs the named ones.
 * Each benchmark is a module of this folder exporting `run()`; it prints its figures and writes
 * them to bench/results/<name>.json.
 */
const BENCHMARKS: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  api: () => import('./api.js'),
  web: () => import('./web.js'),
  replay: () => import('./replay.js'),
  dashboard: () => import('./dashboard.js'),
  adopt: () => import('./adopt.js'),
  lake: () => import('./lake.js'),
  catalog: () => import('./catalog.js'),
};

const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = names.filter((n) => !(n in BENCHMARKS));
if (unknown.length > 0) {
  console.error(
    `unknown benchmark ${unknown.join(', ')}; choose from: ${Object.keys(BENCHMARKS).join(', ')}`,
  );
  process.exit(2);
}
for (const name of names.length > 0 ? names : Object.keys(BENCHMARKS)) {
  console.log(`\n=== bench ${name}`);
  const bench = BENCHMARKS[name];
  if (bench) await (await bench()).run();
}
