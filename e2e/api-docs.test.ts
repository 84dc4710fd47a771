import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot } from './support/browser.js';
import { startSystem, type System } from './support/system.js';

let system: System;
let browser: Browser;

beforeAll(async () => {
  [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
});

afterAll(async () => {
  await browser.close();
  await system.close();
});

it('Swagger UI renders every operation from the api alone, with no request elsewhere', async () => {
  const { page, errors } = await openPage(browser);
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(system.apiUrl)) elsewhere.push(request.url());
  });
  await page.goto(`${system.apiUrl}/docs`);
  await page.locator('.opblock').first().waitFor();
  const operations = await page.locator('.opblock-summary-path').allTextContents();
  expect(operations).toEqual(
    expect.arrayContaining(['/products', '/products/{id}', '/categories', '/health', '/ready']),
  );
  // Try it out: the documented list call runs against the api and shows its answer.
  await page.locator('#operations-products-listProducts .opblock-summary').click();
  await page.getByRole('button', { name: 'Try it out' }).click();
  await page.getByRole('button', { name: 'Execute' }).click();
  const live = page.locator('.live-responses-table');
  await live.waitFor();
  expect(await live.textContent()).toMatch(/200[\s\S]*x-total-count/i);
  await screenshot(page, 'api-docs', { docs: false });
  expect(elsewhere).toEqual([]);
  expect(errors).toEqual([]);
});
