import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { pino } from 'pino';
import { loadConfig } from '../apps/server/src/config/config.js';
import { openDatabase } from '../apps/server/src/db/client.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { buildApp } from '../apps/server/src/http/app.js';
import { seedQuotes } from '../apps/server/src/prices/demo-quotes.js';
import { SPA_DIR } from '../apps/server/src/web/spa-files.js';
import { buildWebServer } from '../apps/server/src/web/web-server.js';
import { buildSpa } from '../apps/web/scripts/build-spa.js';
import { launchBrowser, openPage } from '../e2e/support/browser.js';
import { median, printTable } from './support.js';

const QUOTES = 105_120;

/** What `cais start` runs, in this process, on an in-memory PGlite with a year of quotes. */
async function startSeededSystem() {
  const log = pino({ level: 'silent' });
  const config = loadConfig({ LOG_LEVEL: 'silent', PGLITE_DIR: 'memory://' });
  const database = await openDatabase(config.database, log);
  await migrate(database);
  const rows = await seedQuotes(database.db, {
    symbols: ['BTC'],
    convert: 'BRL',
    count: QUOTES,
    intervalSeconds: 300,
    end: new Date(),
  });
  const api = await buildApp({ config, database, log });
  const apiUrl = await api.listen({ host: '127.0.0.1', port: 0 });
  const web = await buildWebServer({ apiUrl, spaDir: SPA_DIR, log });
  const webUrl = await web.listen({ host: '127.0.0.1', port: 0 });
  return {
    webUrl,
    rows,
    close: async () => {
      await web.close();
      await api.close();
      await database.close();
    },
  };
}

/**
 * The dashboard page in Chromium against the api and web server (as `cais start` runs them) on
 * a year of 5-minute quotes (105,120 rows, PGlite): the JavaScript the page loads (gzip, target
 * < 250 kB) and the time from navigation to the first chart drawn (median, target < 1.5 s).
 * The page marks `cais:first-chart` when uPlot first draws buckets; its time is measured from
 * the navigation's start, in a fresh browser profile each round (nothing cached).
 */

const ROUNDS = Number(process.env.BENCH_REPEATS ?? 7);
export const JS_BUDGET_KB = 250;
export const FIRST_CHART_TARGET_MS = 1_500;

export async function measureDashboardPage(): Promise<Record<string, number>> {
  await buildSpa({ quiet: true });
  const system = await startSeededSystem();
  const browser = await launchBrowser();
  try {
    const scripts = new Set<string>();
    const times: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const { page, context, errors } = await openPage(browser);
      try {
        page.on('response', (response) => {
          if (response.request().resourceType() === 'script') {
            scripts.add(new URL(response.url()).pathname);
          }
        });
        await page.goto(`${system.webUrl}/dashboard`);
        await page.waitForFunction(
          () => performance.getEntriesByName('cais:first-chart').length > 0,
        );
        times.push(
          await page.evaluate(
            () => performance.getEntriesByName('cais:first-chart')[0]?.startTime ?? NaN,
          ),
        );
        if (errors.length > 0) throw new Error(`the page failed: ${errors.join('; ')}`);
      } finally {
        await context.close();
      }
    }
    let gzipBytes = 0;
    let rawBytes = 0;
    for (const path of scripts) {
      const file = await readFile(join(SPA_DIR, path));
      rawBytes += file.length;
      gzipBytes += gzipSync(file).length;
    }
    const figures = {
      quotes: system.rows,
      rounds: ROUNDS,
      js_files: scripts.size,
      js_kb: Math.round(rawBytes / 100) / 10,
      js_gzip_kb: Math.round(gzipBytes / 100) / 10,
      js_gzip_budget_kb: JS_BUDGET_KB,
      first_chart_ms_median: Math.round(median(times)),
      first_chart_ms_min: Math.round(Math.min(...times)),
      first_chart_ms_max: Math.round(Math.max(...times)),
      first_chart_target_ms: FIRST_CHART_TARGET_MS,
    };
    printTable([
      {
        measure: 'dashboard JavaScript (gzip)',
        value: `${figures.js_gzip_kb} kB in ${figures.js_files} files`,
        target: `< ${JS_BUDGET_KB} kB`,
      },
      {
        measure: 'navigation → first chart drawn',
        value: `${figures.first_chart_ms_median} ms (min ${figures.first_chart_ms_min}, max ${figures.first_chart_ms_max})`,
        target: `< ${FIRST_CHART_TARGET_MS} ms`,
      },
    ]);
    return figures;
  } finally {
    await browser.close();
    await system.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await measureDashboardPage();
}
