import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { pino } from 'pino';
import type { Page } from 'playwright-core';
import { seedProducts } from '../apps/server/src/catalog/seed.js';
import { openDatabase } from '../apps/server/src/db/client.js';
import { execute } from '../apps/server/src/db/rows.js';
import { migrate } from '../apps/server/src/db/migrate.js';
import { launchBrowser, openPage, tableShows } from '../e2e/support/browser.js';
import {
  freePort,
  freshDatabase,
  median,
  printTable,
  startProcess,
  stopProcess,
  writeResults,
} from './support.js';

/**
 * `npm run bench -- web`: the catalog page in Chromium against `cais start` on 100,000 products
 * in the PostgreSQL server. Measures the page's initial JavaScript (gzip) and, for a page change,
 * a sort and a category filter, the time from the action to its rows on screen, beside the
 * bare api call the page makes for it (fetched from the same page: the network and api share).
 */

const PRODUCTS = 100_000;
const REPEATS = Number(process.env.BENCH_REPEATS ?? 15);
const BUDGET_KB = 150;
const TARGET_MS = 300;
const CATEGORIES = ['Eletrônico', 'Eletrodoméstico', 'Móveis', 'Roupas', 'Calçados'];

type Action = 'page change' | 'sort' | 'filter';

/** What a person does, replayed inside the page so that no driver round trip is timed. */
type Act = { click: string; text?: string } | { select: string; value: string };

/**
 * Does `act` in the page and resolves with the milliseconds until the table shows the rows of
 * the URL the action led to, painted (one animation frame after the DOM has them).
 */
async function timeInPage(page: Page, act: Act): Promise<number> {
  return page.evaluate(async (action) => {
    const table = () => document.querySelector('table.products');
    const before = `${location.pathname}${location.search}`;
    const shown = () => {
      const url = `${location.pathname}${location.search}`;
      const t = table();
      return (
        url !== before &&
        t?.getAttribute('data-query') === url &&
        t.getAttribute('aria-busy') === 'false'
      );
    };
    const started = performance.now();
    if ('click' in action) {
      const target = [...document.querySelectorAll<HTMLElement>(action.click)].find(
        (el) => action.text === undefined || el.textContent.startsWith(action.text),
      );
      if (!target) throw new Error(`nothing to click at ${action.click}`);
      target.click();
    } else {
      const select = document.querySelector<HTMLSelectElement>(action.select);
      if (!select) throw new Error(`no ${action.select}`);
      select.value = action.value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await new Promise<void>((resolve) => {
      if (shown()) {
        resolve();
        return;
      }
      const observer = new MutationObserver(() => {
        if (shown()) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return performance.now() - started;
  }, act);
}

/** The same list request the page sends for its current URL, timed from the page. */
async function apiInPage(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const params = new URLSearchParams(location.search);
    const size = Number(params.get('size') ?? 25);
    const pageNo = Number(params.get('page') ?? 1);
    const cursor = params.get('cursor');
    const q = new URLSearchParams({
      limit: String(size),
      // Next and Previous page by the api's cursor, a bookmarked page by offset.
      ...(cursor === null ? { offset: String((pageNo - 1) * size) } : { cursor }),
      sort: params.get('sort') ?? '-created_at',
    });
    for (const key of ['q', 'categoria', 'price_min', 'price_max']) {
      const value = params.get(key);
      if (value !== null) q.set(key, value);
    }
    const started = performance.now();
    const response = await fetch(`/api/products?${q.toString()}`, { cache: 'no-store' });
    await response.json();
    return performance.now() - started;
  });
}

const ACTIONS: Record<Action, (repeat: number) => Act> = {
  'page change': () => ({ click: 'a[aria-label="Next page"]' }),
  sort: () => ({ click: 'th button', text: 'Price' }),
  filter: (repeat) => ({
    select: '#filter-categoria',
    value: CATEGORIES[repeat % CATEGORIES.length] ?? 'Roupas',
  }),
};

export async function run(): Promise<void> {
  console.log('building (npm run build: the server and the web UI, skipped when up to date)…');
  execFileSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' });

  console.log(`seeding ${PRODUCTS.toLocaleString('en')} products in the PostgreSQL server…`);
  const url = await freshDatabase('cais_bench_web');
  const database = await openDatabase(
    { url, pgliteDir: '', poolSize: 4, waitSeconds: 0 },
    pino({ level: 'warn' }),
  );
  await migrate(database);
  await seedProducts(database.db, PRODUCTS, { seed: 42 });
  await execute(database.db, sql`vacuum analyze products`);
  await database.close();

  const [apiPort, webPort] = [await freePort(), await freePort()];
  const webUrl = `http://127.0.0.1:${webPort}`;
  const server = await startProcess(
    ['node', 'apps/server/bin/cais.js', 'start'],
    {
      DATABASE_URL: url,
      API_PORT: String(apiPort),
      WEB_PORT: String(webPort),
      LOG_LEVEL: 'warn',
    },
    `${webUrl}/api/ready`,
  );
  const browser = await launchBrowser();
  const samples: Record<Action, number[]> = { 'page change': [], sort: [], filter: [] };
  const baseline: Record<Action, number[]> = { 'page change': [], sort: [], filter: [] };
  const loads: number[] = [];
  let scripts: { url: string; bytes: number; gzip: number; transferred: number }[] = [];
  try {
    // Initial JavaScript: every script the catalog page loads, as served.
    const first = await openPage(browser);
    const pending: Promise<void>[] = [];
    first.page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        (async () => {
          const body = await response.body();
          const sizes = await response.request().sizes();
          scripts.push({
            url: new URL(response.url()).pathname,
            bytes: body.length,
            gzip: gzipSync(body).length,
            transferred: sizes.responseBodySize,
          });
        })(),
      );
    });
    await first.page.goto(`${webUrl}/products`);
    await tableShows(first.page, '/products');
    await Promise.all(pending);
    scripts = [...scripts];
    await first.context.close();

    const { page, context, errors } = await openPage(browser);
    // tsx compiles this file keeping function names through a `__name` helper, which the
    // functions handed to page.evaluate carry into the page: give the page that helper.
    await context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    for (let repeat = 0; repeat < REPEATS; repeat++) {
      // A fresh page load each round: an empty query cache, so every action asks the api.
      const started = Date.now();
      const view = `/products?page=${2 + ((repeat * 37) % 3000)}`;
      await page.goto(`${webUrl}${view}`);
      await tableShows(page, view);
      loads.push(Date.now() - started);
      for (const action of Object.keys(ACTIONS) as Action[]) {
        samples[action].push(await timeInPage(page, ACTIONS[action](repeat)));
        baseline[action].push(await apiInPage(page));
      }
      process.stdout.write(`  round ${repeat + 1}/${REPEATS}\r`);
    }
    if (errors.length > 0) throw new Error(`console errors in the page:\n${errors.join('\n')}`);
    await context.close();
  } finally {
    await browser.close();
    await stopProcess(server);
  }

  const kB = (bytes: number) => Number((bytes / 1000).toFixed(1));
  const gzipTotal = scripts.reduce((sum, s) => sum + s.gzip, 0);
  console.log(`\ninitial JavaScript of the catalog page (${scripts.length} script(s)):`);
  printTable(
    scripts.map((s) => ({
      script: s.url,
      'raw kB': kB(s.bytes),
      'gzip kB': kB(s.gzip),
      'sent kB (br)': kB(s.transferred),
    })),
  );

  const round = (ms: number) => Number(ms.toFixed(1));
  const summary = (Object.keys(samples) as Action[]).map((action) => ({
    action,
    'median ms': round(median(samples[action])),
    'max ms': round(Math.max(...samples[action])),
    'api call ms': round(median(baseline[action])),
    'ui/api ratio': Number((median(samples[action]) / median(baseline[action])).toFixed(2)),
  }));
  console.log(
    `\nmedians of ${REPEATS} rounds, ${PRODUCTS.toLocaleString('en')} products, ${cpus().length} cores; ` +
      `first load of a page median ${median(loads)} ms`,
  );
  printTable(summary);

  const targets = [
    {
      target: `catalog initial JS < ${BUDGET_KB} kB gzip`,
      value: kB(gzipTotal),
      met: gzipTotal < BUDGET_KB * 1000,
    },
    ...summary.map((s) => ({
      target: `${s.action} shown < ${TARGET_MS} ms (median)`,
      value: s['median ms'],
      met: s['median ms'] < TARGET_MS,
    })),
  ];
  console.log('');
  for (const t of targets) console.log(`${t.met ? 'met   ' : 'MISSED'}  ${t.target}: ${t.value}`);
  const file = await writeResults('web', {
    date: new Date().toISOString(),
    products: PRODUCTS,
    repeats: REPEATS,
    cores: cpus().length,
    initialJs: { gzipKb: kB(gzipTotal), scripts },
    firstLoadMsMedian: median(loads),
    summary,
    targets,
    samples,
    baseline,
  });
  console.log(`\nwritten to ${file}`);
}
