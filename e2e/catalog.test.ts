import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  accessibilityViolations,
  column,
  launchBrowser,
  openPage,
  screenshot,
  tableShows,
  type WatchedPage,
} from './support/browser.js';
import { apiRequest, startSystem, type System } from './support/system.js';

const CATEGORIES = ['Eletrônico', 'Eletrodoméstico', 'Móveis', 'Roupas', 'Calçados'];
const NEW_NAME = 'Cafeteira Italiana Inox';

/** 27 products, oldest first: Produto 01 at R$ 10.90 to Produto 27 at R$ 270.90. */
async function seed(system: System): Promise<void> {
  for (let i = 1; i <= 27; i++) {
    const n = String(i).padStart(2, '0');
    const created = await apiRequest(system, 'POST', '/products', {
      name: `Produto ${n}`,
      description: `Descrição do produto ${n}`,
      price: i * 10 + 0.9,
      categoria: CATEGORIES[i % CATEGORIES.length],
      email_fornecedor: `vendas${n}@loja.com.br`,
    });
    expect(created.status).toBe(201);
  }
}

const path = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

describe('the catalog in Chromium', () => {
  let system: System;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
    await seed(system);
    // 422 is provoked on purpose below (the api refusing a field).
    watched = await openPage(browser, { expectedStatuses: [422] });
    page = watched.page;
  });

  afterEach(() => {
    expect(watched.errors).toEqual([]);
  });

  afterAll(async () => {
    await browser.close();
    await system.close();
  });

  it('lists the products newest first, with the total', async () => {
    await page.goto(`${system.webUrl}/products`);
    await tableShows(page, '/products');
    expect(path(page)).toBe('/products');
    expect(await page.title()).toBe('Products · cais');
    await page.getByText('27 products').waitFor();
    expect(await column(page, 2)).toHaveLength(25);
    expect((await column(page, 2))[0]).toMatch(/^Produto 27/);
    expect((await column(page, 4))[0]).toBe('R$270.90');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'catalog');
  });

  it('creates a product through the form', async () => {
    await page.getByRole('link', { name: 'New product' }).click();
    await page.getByRole('heading', { name: 'New product' }).waitFor();
    expect(path(page)).toBe('/products/new');
    await page.getByLabel('Name').fill(NEW_NAME);
    await page.getByLabel('Description').fill('Seis xícaras, fogão a gás e indução');
    await page.getByLabel('Price').fill('1234.5');
    await page.getByLabel('Category').selectOption({ label: 'Home appliances' });
    await page.getByLabel('Supplier email').fill('vendas@cafe.com.br');
    expect(await page.getByLabel('Price').inputValue()).toBe('1,234.50');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'product-form');
    await page.getByRole('button', { name: 'Create product' }).click();

    await page.getByRole('status').getByText(`Created “${NEW_NAME}”`).waitFor();
    await tableShows(page, '/products');
    await page.getByText('28 products').waitFor();
    expect((await column(page, 2))[0]).toMatch(new RegExp(`^${NEW_NAME}`));
    expect((await column(page, 4))[0]).toBe('R$1,234.50');
    const stored = await apiRequest<{ price: number; categoria: string }>(
      system,
      'GET',
      '/products/28',
    );
    expect(stored.body).toMatchObject({ price: 1234.5, categoria: 'Eletrodoméstico' });
  });

  it('finds it by searching as one types', async () => {
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('cafeteira', {
      delay: 40,
    });
    await tableShows(page, '/products?q=cafeteira');
    expect(path(page)).toBe('/products?q=cafeteira');
    await page.getByText('1 product', { exact: true }).waitFor();
    expect(await column(page, 2)).toHaveLength(1);
  });

  it('sorts by a clicked column and pages, the URL keeping the view', async () => {
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await tableShows(page, '/products');
    await page.getByRole('button', { name: 'Price' }).click();
    await tableShows(page, '/products?sort=-price');
    expect((await column(page, 4))[0]).toBe('R$1,234.50');
    expect(await page.getByRole('columnheader', { name: 'Price' }).getAttribute('aria-sort')).toBe(
      'descending',
    );

    // From the keyboard: a header is a button, Enter flips the order.
    await page.getByRole('button', { name: 'Price' }).focus();
    await page.keyboard.press('Enter');
    await tableShows(page, '/products?sort=price');
    expect((await column(page, 4)).slice(0, 2)).toEqual(['R$10.90', 'R$20.90']);

    // Next follows the api's cursor, kept in the URL with the page number.
    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/\?sort=price&page=2&cursor=/);
    const second = path(page);
    await tableShows(page, second);
    await page.getByText('Showing 26–28 of 28').waitFor();
    expect(await column(page, 4)).toEqual(['R$260.90', 'R$270.90', 'R$1,234.50']);

    // A bookmark of this view opens the same view.
    await page.reload();
    await tableShows(page, second);
    await page.getByText('Page 2 of 2').waitFor();

    await page.goBack();
    await tableShows(page, '/products?sort=price');
    await page.getByText('Showing 1–25 of 28').waitFor();
  });

  it("shows the api's validation error next to its field", async () => {
    await page.getByRole('searchbox', { name: 'Search' }).fill('cafeteira');
    await tableShows(page, '/products?q=cafeteira&sort=price');
    await page.getByRole('link', { name: `Edit ${NEW_NAME}` }).click();
    await page.getByRole('heading', { name: 'Edit product #28' }).waitFor();
    expect(await page.getByLabel('Price').inputValue()).toBe('1,234.50');
    // The form checks what the api checks, so only a client out of step with the api can send
    // a value it refuses: played here by rewriting the request on its way.
    await page.route('**/api/products/28', async (route) => {
      const body = route.request().postDataJSON() as Record<string, unknown>;
      await route.continue({
        postData: JSON.stringify({ ...body, email_fornecedor: 'vendas@cafe' }),
      });
    });
    await page.getByLabel('Name').fill(`${NEW_NAME} 6 xícaras`);
    await page.getByRole('button', { name: 'Save changes' }).click();
    const email = page.getByLabel('Supplier email');
    await page.getByText('Must be a valid email address').waitFor();
    const described = (await email.getAttribute('aria-describedby')) ?? '';
    const message = await page.locator(`[id="${described.split(' ')[0]}"]`).innerText();
    expect(message).toContain('Must be a valid email address');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('alert').getByText('The server did not accept some fields').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'product-form-server-error', { docs: false });
    await page.unroute('**/api/products/28');
  });

  it('edits it', async () => {
    await page.getByLabel('Price').fill('999,9');
    await page.getByLabel('Price').blur();
    expect(await page.getByLabel('Price').inputValue()).toBe('999.90');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText(`Saved “${NEW_NAME} 6 xícaras”`).waitFor();
    await tableShows(page, '/products?q=cafeteira&sort=price');
    expect(await column(page, 4)).toEqual(['R$999.90']);
    const stored = await apiRequest<{ name: string; price: number; email_fornecedor: string }>(
      system,
      'GET',
      '/products/28',
    );
    expect(stored.body).toMatchObject({
      name: `${NEW_NAME} 6 xícaras`,
      price: 999.9,
      email_fornecedor: 'vendas@cafe.com.br',
    });
  });

  it('deletes it only after confirmation', async () => {
    // The form returned to the view it was opened from.
    await tableShows(page, '/products?q=cafeteira&sort=price');
    const remove = page.getByRole('button', { name: `Delete ${NEW_NAME} 6 xícaras` });

    await remove.click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this product?' });
    await dialog.waitFor();
    // Cancel has the focus: Enter or Escape never deletes by accident.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'delete-dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    expect((await apiRequest(system, 'GET', '/products/28')).status).toBe(200);

    await remove.click();
    await dialog.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('status').getByText(`Deleted “${NEW_NAME} 6 xícaras”`).waitFor();
    await page.getByText('No products match these filters.').waitFor();
    expect((await apiRequest(system, 'GET', '/products/28')).status).toBe(404);
  });

  it('speaks Brazilian Portuguese to a Brazilian browser, and switches language', async () => {
    const brazilian = await openPage(browser, { locale: 'pt-BR' });
    try {
      await brazilian.page.goto(`${system.webUrl}/products?sort=price`);
      await tableShows(brazilian.page, '/products?sort=price');
      await brazilian.page.getByRole('heading', { name: 'Produtos' }).waitFor();
      await brazilian.page.getByText('27 produtos').waitFor();
      expect((await column(brazilian.page, 4))[0]?.replace(/\s/g, ' ')).toBe('R$ 10,90');
      expect(await brazilian.page.getAttribute('html', 'lang')).toBe('pt-BR');
      expect(await accessibilityViolations(brazilian.page)).toEqual([]);
      await screenshot(brazilian.page, 'catalog-pt-BR');

      await brazilian.page.getByRole('combobox', { name: 'Idioma' }).selectOption('en');
      await brazilian.page.getByRole('heading', { name: 'Products' }).waitFor();
      await brazilian.page.reload();
      await brazilian.page.getByRole('heading', { name: 'Products' }).waitFor();
      expect(brazilian.errors).toEqual([]);
    } finally {
      await brazilian.context.close();
    }
  });
});
