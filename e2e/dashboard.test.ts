import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  launchBrowser,
  openPage,
  screenshot,
  type WatchedPage,
} from './support/browser.js';
import { addQuote, recordRun, seedQuotes, type SeededQuotes } from './support/prices.js';
import { startSystem, type System } from './support/system.js';

const money = (value: number) =>
  new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'BRL',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  }).format(value);

const drawn = (page: Page) =>
  page.locator('.chart-canvas').evaluate((el) => (el as HTMLElement).dataset.drawn ?? '');

/** Waits until the chart has drawn something other than `before` (any data when omitted). */
async function chartRedrawn(page: Page, before = ''): Promise<string> {
  await page.waitForFunction((previous) => {
    const now = document.querySelector<HTMLElement>('.chart-canvas')?.dataset.drawn ?? '';
    return now !== '' && now !== previous;
  }, before);
  return drawn(page);
}

const search = (page: Page) => new URL(page.url()).searchParams;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

describe('the price dashboard in Chromium, on a year of quotes', () => {
  let system: System;
  let seeded: SeededQuotes;
  let watched: WatchedPage;
  let page: Page;
  const GAP_SLOTS = 24; // two hours without quotes, half a year ago

  beforeAll(async () => {
    system = await startSystem();
    seeded = await seedQuotes(system.database, { days: 365, endAgoSeconds: 60, gap: GAP_SLOTS });
    const hourAgo = new Date(Date.now() - 3_600_000).toISOString();
    await recordRun(system.database, { startedAt: hourAgo, status: 'succeeded', rows: 1 });
    await recordRun(system.database, {
      startedAt: new Date(Date.now() - 1_800_000).toISOString(),
      status: 'failed',
      error: 'CoinMarketCap answered 429: rate limit reached',
    });
    watched = await openPage(browser);
    page = watched.page;
  });

  afterEach(() => {
    expect(watched.errors).toEqual([]);
  });

  afterAll(async () => {
    await watched.context.close();
    await system.close();
  });

  it('is the home page: the KPIs and the chart come from the data', async () => {
    await page.goto(`${system.webUrl}/?refresh=2`);
    await page.waitForURL(/\/dashboard/);
    const first = await chartRedrawn(page);
    expect(first).toContain('BTC/BRL');
    // A figure, not an assertion (timings belong to `npm run bench -- dashboard`): the time from
    // navigation to the first chart drawn, on this machine, printed with the test run.
    const firstChart = await page.evaluate(
      () => performance.getEntriesByName('cais:first-chart')[0]?.startTime,
    );
    console.info(`first chart drawn ${Math.round(firstChart ?? NaN)} ms after navigation`);
    expect(await page.title()).toBe('Prices · cais');
    const price = page.getByTestId('kpi-price');
    await price.getByText(money(seeded.newestPrice)).waitFor();
    expect(await page.getByTestId('freshness').innerText()).toMatch(/^● Fresh: newest quote/);
    expect(await page.getByTestId('kpi-volume').innerText()).toContain('R$201.23B');
    expect(await page.locator('.sparkline').count()).toBe(1);
    // The pipeline panel: its failure with the message, and no gap in the last day.
    const pipeline = page.getByTestId('pipeline');
    await pipeline.getByText('CoinMarketCap answered 429: rate limit reached').first().waitFor();
    expect(await page.getByTestId('pipeline-status').innerText()).toBe('Failing');
    expect(await page.getByTestId('gaps').innerText()).toMatch(/^None/);
    expect(
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts(),
      // Open local mode (no users, no API_TOKEN): whoever runs it may do everything.
    ).toEqual(['Prices', 'Catalog', 'Trash', 'Alerts', 'Users']);
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('redraws for another range, with the gaps of that range', async () => {
    const before = await drawn(page);
    await page.getByRole('button', { name: '1 year' }).click();
    const after = await chartRedrawn(page, before);
    expect(search(page).get('range')).toBe('1y');
    expect(await page.getByRole('button', { name: '1 year' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    // A year in at most 1000 buckets, from a rollup.
    const buckets = Number(after.split(' ').at(-1));
    expect(buckets).toBeGreaterThan(300);
    expect(buckets).toBeLessThanOrEqual(1000);
    await page.getByTestId('gaps').getByText(`${GAP_SLOTS} of`).waitFor();
    await screenshot(page, 'dashboard', { fullPage: true });
  });

  it('zooms into a dragged span, asking for finer buckets of it', async () => {
    const before = await drawn(page);
    const over = page.locator('.u-over');
    const box = await over.boundingBox();
    if (!box) throw new Error('no chart area');
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.45, y, { steps: 5 });
    await page.mouse.up();
    await page.waitForURL(/from=.*to=/);
    const after = await chartRedrawn(page, before);
    const { from, to } = Object.fromEntries(search(page));
    const days = (Date.parse(to ?? '') - Date.parse(from ?? '')) / 86_400_000;
    expect(days).toBeGreaterThan(10);
    expect(days).toBeLessThan(30);
    expect(after).toContain(from);
    // No preset is pressed while zoomed; "Back to the range" returns to the year.
    expect(await page.getByRole('button', { name: '1 year' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    await page.getByRole('button', { name: 'Back to the range' }).click();
    await chartRedrawn(page, after);
    expect(search(page).get('from')).toBeNull();
  });

  it('shows the crosshair values of the bucket under the pointer', async () => {
    const box = await page.locator('.u-over').boundingBox();
    if (!box) throw new Error('no chart area');
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
    const readout = await page.getByTestId('chart-readout').innerText();
    expect(readout).toMatch(/Open R\$[\d,.]+.*High R\$.*Low R\$.*Close R\$.*Quotes \d+/s);
  });

  it('picks up a new quote on its own (auto-refresh)', async () => {
    const at = new Date(Math.floor(Date.now() / 1000) * 1000).toISOString();
    await addQuote(system.database, at, 333_333.33);
    await page.waitForFunction(
      (newest) => document.querySelector('.dashboard')?.getAttribute('data-newest') === newest,
      at,
    );
    await page.getByTestId('kpi-price').getByText('R$333,333.33').waitFor();
  });

  it('sorts the recent quotes and downloads them as CSV', async () => {
    const table = page.locator('table.quotes');
    await page.getByRole('button', { name: /^Price/ }).click();
    expect(search(page).get('sort')).toBe('-price');
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('table.quotes tbody tr td:nth-child(2)')];
      const values = cells.map((c) => Number(c.textContent.replace(/[^\d.]/g, '')));
      return values.length === 20 && values.every((v, i) => i === 0 || v <= (values[i - 1] ?? 0));
    });
    expect(await page.getByRole('columnheader', { name: /^Price/ }).getAttribute('aria-sort')).toBe(
      'descending',
    );
    expect(await table.locator('tbody tr').count()).toBe(20);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /Download CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cais-BTC-BRL.csv');
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^symbol,convert,last_updated,price,/);
    expect(lines).toHaveLength(seeded.rows + 2); // header, the seeded rows, the one added
    expect(lines[1]).toContain(seeded.first);
  });
});

describe('the dashboard when the data is old, missing or unreachable', () => {
  it('warns when the newest quote is older than two schedule intervals', async () => {
    const system = await startSystem();
    const { page, context, errors } = await openPage(browser);
    try {
      await seedQuotes(system.database, { days: 1, endAgoSeconds: 3 * 3_600 });
      await page.goto(`${system.webUrl}/dashboard`);
      const badge = page.getByTestId('freshness');
      await badge.getByText('Stale: newest quote 3 hours ago').waitFor();
      expect(await badge.getAttribute('data-stale')).toBe('true');
      expect(await page.getByTestId('pipeline-status').innerText()).toBe('Stale');
      await chartRedrawn(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await system.close();
    }
  });

  it('explains how to start the pipeline, then fills on Refresh now', async () => {
    const system = await startSystem();
    const { page, context, errors } = await openPage(browser);
    try {
      await page.goto(`${system.webUrl}/dashboard`);
      const empty = page.getByTestId('empty-state');
      await empty.getByText('No prices yet').waitFor();
      await empty.getByText('npx cais db seed --quotes 105120').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'dashboard-empty');

      await seedQuotes(system.database, { days: 1 });
      await page.getByRole('button', { name: 'Refresh now' }).click();
      await chartRedrawn(page);
      await empty.waitFor({ state: 'detached' });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await system.close();
    }
  });

  it('in Portuguese, formats money for Brazil', async () => {
    const system = await startSystem();
    const { page, context, errors } = await openPage(browser, { locale: 'pt-BR' });
    try {
      const seeded = await seedQuotes(system.database, { days: 1 });
      await page.goto(`${system.webUrl}/dashboard`);
      await page.getByRole('heading', { name: 'Cotações', level: 1 }).waitFor();
      const expected = new Intl.NumberFormat('pt-BR', {
        style: 'currency',
        currency: 'BRL',
      }).format(seeded.newestPrice);
      await page.getByTestId('kpi-price').getByText(expected).waitFor();
      await page
        .getByTestId('freshness')
        .getByText(/^● Em dia/)
        .waitFor();
      await chartRedrawn(page);
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'dashboard-pt-BR');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await system.close();
    }
  });

  it('says so when the api is down, and recovers when it is back', async () => {
    const system = await startSystem({ apiDown: true });
    const { page, context, errors } = await openPage(browser, { expectedStatuses: [502] });
    try {
      await page.goto(`${system.webUrl}/dashboard`);
      const banner = page.getByRole('alert').filter({ hasText: 'Cannot reach the cais API' });
      await banner.waitFor();
      await page
        .getByTestId('load-failed')
        .getByText(/Could not load the prices/)
        .waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'dashboard-api-down', { docs: false });

      await system.startApi();
      await banner.getByRole('button', { name: 'Retry now' }).click();
      await banner.waitFor({ state: 'detached' });
      await page.getByTestId('empty-state').waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await system.close();
    }
  });
});
