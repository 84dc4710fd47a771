import { sql } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../apps/server/src/team/users.service.js';
import { query } from '../apps/server/test/helpers/sql.js';
import {
  accessibilityViolations,
  launchBrowser,
  openPage,
  screenshot,
  type WatchedPage,
} from './support/browser.js';
import { apiRequest, startSystem, type System } from './support/system.js';

const PASSWORD = 'a long secret passphrase';
const product = (n: number) => ({
  name: `Luminária ${n}`,
  description: `Luminária de mesa ${n}`,
  price: 100 + n,
  categoria: 'Móveis',
  email_fornecedor: `vendas${n}@luz.com.br`,
});

async function signIn(page: Page, webUrl: string, username: string): Promise<void> {
  await page.goto(`${webUrl}/login?next=%2Fproducts`);
  await page.getByRole('heading', { name: 'Sign in' }).waitFor();
  await page.getByLabel('User name').fill(username);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByTestId('signed-in-as').waitFor();
}

describe('the catalog for a team, in Chromium', () => {
  let system: System;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
    // Created while the local default is still open; the first user then closes it.
    for (const n of [1, 2, 3]) {
      expect((await apiRequest(system, 'POST', '/products', product(n))).status).toBe(201);
    }
    const db = system.database.db;
    await addUser(db, { username: 'ada', password: PASSWORD, role: 'admin' });
    await addUser(db, { username: 'vic', password: PASSWORD, role: 'viewer' });
    // 401: the expired session, on purpose; 412: a restore of a version changed meanwhile.
    watched = await openPage(browser, { expectedStatuses: [401, 412] });
    page = watched.page;
  });

  afterEach(() => {
    expect(watched.errors).toEqual([]);
  });

  afterAll(async () => {
    await browser.close();
    await system.close();
  });

  it('offers no write to an anonymous visitor, and signs in on the login page', async () => {
    await page.goto(`${system.webUrl}/products`);
    await page.getByRole('link', { name: 'View Luminária 3' }).waitFor();
    expect(await page.getByRole('link', { name: 'New product' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('User name').fill('ada');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Wrong user name or password').waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'login', { docs: false });

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByTestId('signed-in-as').innerText()).toBe('ada (admin)');
    expect(new URL(page.url()).pathname).toBe('/products');
    await page.getByRole('link', { name: 'New product' }).waitFor();
    await page.getByRole('link', { name: 'Trash' }).waitFor();
    await page.getByRole('link', { name: 'Users' }).waitFor();
  });

  it('edits a product, shows the change in its history, and restores the earlier version', async () => {
    await page.getByRole('link', { name: 'Edit Luminária 1' }).click();
    await page.getByRole('heading', { name: 'Edit product #1' }).waitFor();
    await page.getByLabel('Price').fill('150');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').getByText('Saved “Luminária 1”').waitFor();

    await page.goto(`${system.webUrl}/products/1`);
    const history = page.getByRole('list', { name: 'History' });
    const changed = history.getByRole('listitem').first();
    await changed.getByText('Changed').waitFor();
    expect(await changed.innerText()).toContain('ada');
    const row = changed.getByRole('row', { name: /Price/ });
    expect(await row.getByRole('cell').allInnerTexts()).toEqual(['R$101.00', 'R$150.00']);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'product-history', { fullPage: true, docs: false });

    await history.getByRole('listitem').nth(1).getByRole('button').click();
    await page.getByRole('status').getByText('Version restored').waitFor();
    await history.getByRole('listitem').first().getByText('Restored an earlier version').waitFor();
    expect(await page.getByLabel('Price').inputValue()).toBe('101.00');
    const stored = await apiRequest<{ price: number }>(system, 'GET', '/products/1');
    expect(stored.body.price).toBe(101);
  });

  it('refuses to restore over a change made meanwhile (412), then reloads', async () => {
    const token = await page.evaluate(() => document.cookie);
    expect(token).toContain('cais_csrf=');
    // Another admin changes the product behind this page's back, with the shared cookie's session.
    const csrf = /cais_csrf=([^;]+)/.exec(token)?.[1] ?? '';
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === 'cais_session')?.value ?? '';
    const changed = await apiRequest(
      system,
      'PATCH',
      '/products/1',
      { price: 175 },
      {
        cookie: `cais_session=${session}`,
        'x-csrf-token': decodeURIComponent(csrf),
      },
    );
    expect(changed.status).toBe(200);
    const history = page.getByRole('list', { name: 'History' });
    await history.getByRole('listitem').nth(1).getByRole('button').click();
    await page.getByRole('alert').getByText('The product changed since you opened it').waitFor();
    await history.getByRole('listitem').first().getByText('Changed').waitFor();
    expect(await page.getByLabel('Price').inputValue()).toBe('175.00');
  });

  it('deletes a product and takes it back with Undo', async () => {
    await page.getByRole('button', { name: 'Delete product' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    const toast = page.getByRole('status').getByText('Deleted “Luminária 1”');
    await toast.waitFor();
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('status').getByText('Restored “Luminária 1”').waitFor();
    expect((await apiRequest(system, 'GET', '/products/1')).status).toBe(200);
  });

  it('restores a deleted product from the trash', async () => {
    await page.goto(`${system.webUrl}/products`);
    await page.getByRole('button', { name: 'Delete Luminária 2' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('status').getByText('Deleted “Luminária 2”').waitFor();
    expect((await apiRequest(system, 'GET', '/products/2')).status).toBe(404);

    await page.getByRole('link', { name: 'Trash' }).click();
    await page.getByRole('heading', { name: 'Trash' }).waitFor();
    await page.getByRole('button', { name: 'Delete for good: Luminária 2' }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Restore Luminária 2' }).click();
    await page.getByRole('status').getByText('Restored “Luminária 2”').waitFor();
    await page.getByText('The trash is empty.').waitFor();
    expect((await apiRequest(system, 'GET', '/products/2')).status).toBe(200);
  });

  it('lets an admin add a user and create an API token, shown once', async () => {
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users' }).first().waitFor();
    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('User name').fill('eve');
    await form.getByLabel('Password').fill(PASSWORD);
    await form.getByLabel('Role').selectOption('editor');
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByRole('status').getByText('Added eve').waitFor();
    expect(await page.getByLabel('Role of eve').inputValue()).toBe('editor');
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByTestId('signed-in-as').click();
    await page.getByRole('heading', { name: 'Account' }).waitFor();
    await page.getByLabel('Token name').fill('nightly import');
    await page.getByLabel('Days until it expires').fill('7');
    await page.getByRole('button', { name: 'Create token' }).click();
    const token = await page.getByLabel('New token').inputValue();
    expect(token.length).toBeGreaterThan(20);
    await page.getByRole('cell', { name: 'nightly import', exact: true }).waitFor();
    expect(await accessibilityViolations(page)).toEqual([]);
    const created = await apiRequest(system, 'POST', '/products', product(9), {
      authorization: `Bearer ${token}`,
    });
    expect(created.status).toBe(201);
  });

  it('sends the person to the login page once the session has expired', async () => {
    await page.goto(`${system.webUrl}/products/3`);
    await page.getByRole('heading', { name: 'Edit product #3' }).waitFor();
    await query(
      system.database.db,
      sql`update sessions set last_seen_at = now() - interval '30 days'`,
    );
    await page.getByLabel('Price').fill('99');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByText('Your session has ended. Sign in again to continue.').waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/login');
    expect(url.searchParams.get('next')).toBe('/products/3');
    await page.getByLabel('User name').fill('ada');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Edit product #3' }).waitFor();
  });

  it('shows a viewer no write buttons', async () => {
    const viewer = await openPage(browser);
    try {
      await signIn(viewer.page, system.webUrl, 'vic');
      expect(await viewer.page.getByTestId('signed-in-as').innerText()).toBe('vic (viewer)');
      await viewer.page.getByRole('link', { name: 'View Luminária 3' }).waitFor();
      expect(await viewer.page.getByRole('link', { name: 'New product' }).count()).toBe(0);
      expect(await viewer.page.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
      expect(await viewer.page.getByRole('link', { name: 'Trash' }).count()).toBe(0);
      await viewer.page.getByRole('link', { name: 'View Luminária 3' }).click();
      await viewer.page.getByRole('list', { name: 'History' }).waitFor();
      expect(await viewer.page.getByLabel('Price').isDisabled()).toBe(true);
      expect(await viewer.page.getByRole('button', { name: /Save|Delete|Restore/ }).count()).toBe(
        0,
      );
      expect(await accessibilityViolations(viewer.page)).toEqual([]);
      expect(viewer.errors).toEqual([]);
    } finally {
      await viewer.context.close();
    }
  });
});
