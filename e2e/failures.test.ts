import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  launchBrowser,
  openPage,
  screenshot,
  tableShows,
} from './support/browser.js';
import { apiRequest, startSystem, type System } from './support/system.js';

const product = {
  name: 'Geladeira Frost Free 400 L',
  description: 'Duas portas, inox',
  price: 3899.9,
  categoria: 'Eletrodoméstico',
  email_fornecedor: 'vendas@fornecedor.com.br',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('someone else changed the product meanwhile (412)', () => {
  let system: System;
  beforeAll(async () => {
    system = await startSystem();
  });
  afterAll(async () => {
    await system.close();
  });

  it('says so, reloads the current version on request, then saves', async () => {
    const { page, context, errors } = await openPage(browser, { expectedStatuses: [412] });
    try {
      const created = await apiRequest<{ id: number }>(system, 'POST', '/products', product);
      await page.goto(`${system.webUrl}/products/${created.body.id}`);
      await page.getByRole('heading', { name: `Edit product #${created.body.id}` }).waitFor();
      expect(await page.getByLabel('Name').inputValue()).toBe(product.name);

      const elsewhere = await apiRequest(system, 'PATCH', `/products/${created.body.id}`, {
        name: 'Geladeira renomeada por outra pessoa',
      });
      expect(elsewhere.status).toBe(200);

      await page.getByLabel('Price').fill('3,799.90');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByText('Someone else changed this product').waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'conflict', { fullPage: true });
      // Nothing of the stale edit reached the database.
      const unchanged = await apiRequest<{ price: number }>(
        system,
        'GET',
        `/products/${created.body.id}`,
      );
      expect(unchanged.body.price).toBe(3899.9);

      await page.getByRole('button', { name: 'Reload product' }).click();
      await page.getByText('Someone else changed this product').waitFor({ state: 'detached' });
      // The notice goes at once; the fields follow when the fresh version has arrived.
      await expect
        .poll(() => page.getByLabel('Name').inputValue())
        .toBe('Geladeira renomeada por outra pessoa');
      await page.getByLabel('Price').fill('3,799.90');
      await page.getByRole('button', { name: 'Save changes' }).click();
      await page.getByRole('status').getByText('Saved “Geladeira renomeada').waitFor();
      const saved = await apiRequest<{ name: string; price: number }>(
        system,
        'GET',
        `/products/${created.body.id}`,
      );
      expect(saved.body).toMatchObject({
        name: 'Geladeira renomeada por outra pessoa',
        price: 3799.9,
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('writes protected by API_TOKEN (401)', () => {
  const token = 'correct-horse-battery-staple';
  let system: System;
  beforeAll(async () => {
    system = await startSystem({ apiToken: token });
  });
  afterAll(async () => {
    await system.close();
  });

  it('asks for the token once, retries the write, and keeps it for the session', async () => {
    const { page, context, errors } = await openPage(browser, { expectedStatuses: [401] });
    try {
      await page.goto(`${system.webUrl}/products/new`);
      await page.getByLabel('Name').fill(product.name);
      await page.getByLabel('Price').fill('3899.9');
      await page.getByLabel('Category').selectOption({ label: 'Home appliances' });
      await page.getByLabel('Supplier email').fill(product.email_fornecedor);
      await page.getByRole('button', { name: 'Create product' }).click();

      const prompt = page.getByRole('dialog', { name: 'API token needed' });
      await prompt.waitFor();
      await page.getByLabel('API token', { exact: true }).fill('not-the-right-token');
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'token-prompt');
      await prompt.getByRole('button', { name: 'Continue' }).click();
      await prompt.getByText('That token was not accepted').waitFor();
      await page.getByLabel('API token', { exact: true }).fill(token);
      await prompt.getByRole('button', { name: 'Continue' }).click();

      await page.getByRole('status').getByText(`Created “${product.name}”`).waitFor();
      await tableShows(page, '/products');
      // Retried with the same idempotency key: one product, not two.
      const list = await apiRequest<unknown[]>(system, 'GET', '/products');
      expect(list.body).toHaveLength(1);

      // The next write goes through without asking again.
      await page.getByRole('button', { name: `Delete ${product.name}` }).click();
      await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
      await page.getByText('No products yet.').waitFor();
      expect(await page.getByRole('dialog', { name: 'API token needed' }).count()).toBe(0);
      expect(await page.evaluate(() => sessionStorage.getItem('cais.apiToken'))).toBe(token);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('changes nothing when the prompt is cancelled, and says why', async () => {
    const { page, context, errors } = await openPage(browser, { expectedStatuses: [401] });
    try {
      await page.goto(`${system.webUrl}/products/new`);
      await page.getByLabel('Name').fill('Sofá retrátil');
      await page.getByLabel('Price').fill('2500');
      await page.getByLabel('Category').selectOption({ label: 'Furniture' });
      await page.getByLabel('Supplier email').fill('vendas@moveis.com.br');
      await page.getByRole('button', { name: 'Create product' }).click();
      await page.getByRole('dialog', { name: 'API token needed' }).waitFor();
      await page.keyboard.press('Escape');
      await page.getByText('Not saved: the API token is needed to change products').waitFor();
      expect((await apiRequest<unknown[]>(system, 'GET', '/products')).body).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the api is down', () => {
  let system: System;
  beforeAll(async () => {
    system = await startSystem({ apiDown: true });
  });
  afterAll(async () => {
    await system.close();
  });

  it('shows a banner instead of a blank page, and recovers when the api is back', async () => {
    const { page, context, errors } = await openPage(browser, { expectedStatuses: [502] });
    try {
      await page.goto(`${system.webUrl}/products`);
      const banner = page.getByRole('alert').filter({ hasText: 'Cannot reach the cais API' });
      await banner.waitFor();
      await page.getByText(/Could not load the products/).waitFor();
      expect(await accessibilityViolations(page)).toEqual([]);
      await screenshot(page, 'api-down');

      await system.startApi();
      await banner.getByRole('button', { name: 'Retry now' }).click();
      await banner.waitFor({ state: 'detached' });
      await page.getByText('No products yet.').waitFor();
      await screenshot(page, 'catalog-empty');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
