import type { Browser, Page } from 'playwright-core';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addRule } from '../apps/server/src/alerts/alerts.service.js';
import { evaluateAlerts } from '../apps/server/src/alerts/evaluate.js';
import { addUser } from '../apps/server/src/team/users.service.js';
import { startReceiver, type Receiver } from '../apps/server/test/helpers/receiver.js';
import {
  accessibilityViolations,
  launchBrowser,
  openPage,
  screenshot,
  type WatchedPage,
} from './support/browser.js';
import { priceAt, seedQuotes } from './support/prices.js';
import { startSystem, type System } from './support/system.js';

const PASSWORD = 'a long secret passphrase';

async function signIn(page: Page, webUrl: string, username: string): Promise<void> {
  await page.goto(`${webUrl}/login?next=%2Falerts`);
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').waitFor();
  await page.waitForURL(/\/alerts$/);
}

const stateOf = (page: Page, name: string) =>
  page.locator(`tr[data-rule="${name}"]`).getByTestId('rule-state').innerText();

describe('the alert rules page in Chromium', () => {
  let system: System;
  let browser: Browser;
  let receiver: Receiver;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    receiver = await startReceiver();
    [system, browser] = await Promise.all([
      startSystem({ env: { ALERT_WEBHOOK_URL: `${receiver.url}/hook` } }),
      launchBrowser(),
    ]);
    const db = system.database.db;
    await addUser(db, { username: 'ada', password: PASSWORD, role: 'admin' });
    await addUser(db, { username: 'vic', password: PASSWORD, role: 'viewer' });
    watched = await openPage(browser);
    page = watched.page;
  });

  afterEach(() => {
    expect(watched.errors).toEqual([]);
  });

  afterAll(async () => {
    await browser.close();
    await system.close();
    await receiver.close();
  });

  it('checks a new rule as the api would, before sending it, then adds it', async () => {
    await signIn(page, system.webUrl, 'ada');
    await page.getByRole('heading', { name: 'Alert rules' }).waitFor();
    await page.getByText('No alert rules yet.').waitFor();
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().includes('/alerts/rules')) {
        posts.push(request.url());
      }
    });
    const form = page.getByRole('form', { name: 'Add a rule' });
    await form.getByLabel('Name').fill('api-errors');
    await form.getByLabel('Kind').selectOption({ label: 'API error rate' });
    await form.getByLabel('Threshold').fill('150');
    // A coin is not something an error rate watches: the field is not offered.
    expect(await form.getByLabel('Coin').count()).toBe(0);
    await form.getByRole('button', { name: 'Add rule' }).click();
    await form.getByText('At most 100').waitFor();
    await form.getByText('Required').waitFor();
    expect(posts).toEqual([]);

    await form.getByLabel('Threshold').fill('5');
    await form.getByLabel('Window (minutes)').fill('15');
    await form.getByLabel('Fewest requests that count').fill('50');
    await form.getByRole('button', { name: 'Add rule' }).click();
    await page.getByRole('status').getByText('Rule “api-errors” added').waitFor();
    expect(posts).toHaveLength(1);
    expect(await stateOf(page, 'api-errors')).toBe('ok');
    const row = page.locator('tr[data-rule="api-errors"]');
    expect(await row.innerText()).toContain('5 % within 15 min');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'alert-rules', { fullPage: true });
  });

  it('edits, disables, enables, tests and deletes a rule', async () => {
    await page.getByRole('button', { name: 'Edit api-errors' }).click();
    const edit = page.getByRole('form', { name: 'Edit api-errors' });
    expect(await edit.getByLabel('Fewest requests that count').inputValue()).toBe('50');
    await edit.getByLabel('Threshold').fill('2');
    await edit.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').getByText('Rule “api-errors” saved').waitFor();
    const row = page.locator('tr[data-rule="api-errors"]');
    await row.getByText('2 % within 15 min').waitFor();
    expect(await page.getByRole('form', { name: 'Edit api-errors' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Disable api-errors' }).click();
    await page.getByRole('button', { name: 'Enable api-errors' }).waitFor();
    expect(await stateOf(page, 'api-errors')).toBe('disabled');
    await page.getByRole('button', { name: 'Enable api-errors' }).click();
    await page.getByRole('button', { name: 'Disable api-errors' }).waitFor();
    expect(await stateOf(page, 'api-errors')).toBe('ok');

    await page.getByRole('button', { name: 'Send test of api-errors' }).click();
    await page.getByRole('status').getByText('Test sent: webhook').waitFor();
    const sent = receiver.accepted().map((r) => r.json as { type: string; rule: { name: string } });
    expect(sent.map((m) => [m.type, m.rule.name])).toEqual([['test', 'api-errors']]);

    await page.getByRole('button', { name: 'Delete api-errors' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByText('No alert rules yet.').waitFor();
  });

  it('shows a viewer the rules and their state, and nothing to change them with', async () => {
    await addRule(system.database.db, { name: 'btc-stale', kind: 'stale', threshold: 3 });
    const viewer = await openPage(browser);
    try {
      await signIn(viewer.page, system.webUrl, 'vic');
      const row = viewer.page.locator('tr[data-rule="btc-stale"]');
      await row.waitFor();
      expect(await row.getByTestId('rule-state').innerText()).toBe('ok');
      await viewer.page.getByText('changing them needs the editor role').waitFor();
      expect(await viewer.page.getByRole('button', { name: /Edit|Delete|Disable/ }).count()).toBe(
        0,
      );
      expect(await viewer.page.getByRole('form').count()).toBe(0);
      expect(viewer.errors).toEqual([]);
    } finally {
      await viewer.context.close();
    }
  });
});

interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
  xMin: number;
  xMax: number;
  yMin: number;
  yMax: number;
}

describe('fired alerts on the price chart in Chromium', () => {
  let system: System;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;
  let trigger: { at: number; price: number };

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
    const seeded = await seedQuotes(system.database, { days: 2 });
    // The quote six hours (72 slots) before the newest: the price the rule trips on.
    const count = seeded.rows;
    trigger = {
      at: Date.parse(seeded.newest) - 72 * 300_000,
      price: priceAt(count - 1 - 72),
    };
    const db = system.database.db;
    await addRule(db, { name: 'btc-high', kind: 'price_above', threshold: trigger.price - 0.01 });
    // The real evaluator, at the moment of that quote: it fires at the quote it saw.
    const summary = await evaluateAlerts({
      db,
      channels: [],
      log: pino({ level: 'silent' }),
      clock: { now: () => trigger.at, sleep: () => Promise.resolve() },
      context: { defaults: { symbol: 'BTC', convert: 'BRL' }, intervalSeconds: 300 },
      dashboardUrl: system.webUrl,
      repeatMs: 0,
    });
    expect(summary.sent).toEqual([{ rule: 'btc-high', type: 'fired' }]);
    watched = await openPage(browser);
    page = watched.page;
  });

  afterEach(() => {
    expect(watched.errors).toEqual([]);
  });

  afterAll(async () => {
    await browser.close();
    await system.close();
  });

  it('draws the marker at the time and price that triggered it, and lists the open alert', async () => {
    await page.goto(`${system.webUrl}/dashboard?range=24h`);
    const box = page.locator('.chart-canvas');
    await page.waitForFunction(
      () =>
        (document.querySelector<HTMLElement>('.chart-canvas')?.dataset.markers ?? '[]') !== '[]',
    );
    const markers = JSON.parse((await box.getAttribute('data-markers')) ?? '[]') as {
      x: number;
      y: number;
      label: string;
    }[];
    const plot = JSON.parse((await box.getAttribute('data-plot')) ?? '{}') as Plot;
    expect(markers).toHaveLength(1);
    const [marker] = markers;
    expect(marker?.label).toBe('btc-high');
    // Where the trigger's time and price fall on the plot's own scales (uPlot: seconds, linear).
    const x = plot.left + ((trigger.at / 1000 - plot.xMin) / (plot.xMax - plot.xMin)) * plot.width;
    const y = plot.top + (1 - (trigger.price - plot.yMin) / (plot.yMax - plot.yMin)) * plot.height;
    expect(Math.abs((marker?.x ?? 0) - x)).toBeLessThanOrEqual(1);
    expect(Math.abs((marker?.y ?? 0) - y)).toBeLessThanOrEqual(1);
    // And it is on the canvas there, in the open alert's red (#c0362c).
    const pixel = await page.evaluate(
      ({ px, py }) => {
        const canvas = document.querySelector<HTMLCanvasElement>('.chart-canvas canvas');
        const ratio = window.devicePixelRatio;
        const data = canvas
          ?.getContext('2d')
          ?.getImageData(Math.round(px * ratio), Math.round(py * ratio), 1, 1).data;
        return data ? [...data] : [];
      },
      { px: marker?.x ?? 0, py: marker?.y ?? 0 },
    );
    expect(pixel.slice(0, 3)).toEqual([192, 54, 44]);
    await page.getByTestId('chart-alerts').getByText('btc-high').waitFor({ state: 'attached' });

    const open = page.getByTestId('open-alerts');
    await open.getByText('btc-high').waitFor();
    expect(await open.innerText()).toContain(`BTC/BRL at`);
    await screenshot(page, 'dashboard-alert-marker', { fullPage: true, docs: false });
  });
});
