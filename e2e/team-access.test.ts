import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser } from '../apps/server/src/team/users.service.js';
import {
  accessibilityViolations,
  launchBrowser,
  openPage,
  type WatchedPage,
} from './support/browser.js';
import { apiRequest, startSystem, type System } from './support/system.js';

/**
 * The UI offers exactly what the caller may do, in each of the api's three modes: open (no
 * users, no API_TOKEN), API_TOKEN only, and people who sign in. Each mode checks what
 * GET /auth/me answers, then what the navigation and the product page offer.
 */

const TOKEN = 'api-token-for-the-access-test';
const PASSWORD = 'a long secret passphrase';
const product = {
  name: 'Poltrona',
  description: 'Poltrona de leitura',
  price: 100,
  categoria: 'Móveis',
  email_fornecedor: 'vendas@poltronas.com.br',
};

const navigation = (page: Page) =>
  page.getByRole('navigation', { name: 'Main' }).getByRole('link').allInnerTexts();

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser.close();
});

describe('open local mode (no users, no API_TOKEN)', () => {
  let system: System;
  let watched: WatchedPage;
  beforeAll(async () => {
    system = await startSystem();
    watched = await openPage(browser);
    const created = await apiRequest<{ id: number }>(system, 'POST', '/products', product);
    // 45 changes and the create: three pages of 20 in the history panel.
    for (let price = 101; price <= 145; price += 1) {
      await apiRequest(system, 'PATCH', `/products/${created.body.id}`, { price });
    }
  });
  afterAll(async () => {
    expect(watched.errors).toEqual([]);
    await watched.context.close();
    await system.close();
  });

  it('answers /auth/me as an open admin, and the UI offers everything', async () => {
    const me = await apiRequest(system, 'GET', '/auth/me');
    expect(me.body).toEqual({
      name: 'anonymous',
      role: 'admin',
      user: null,
      open: true,
      sign_in: false,
    });
    const { page } = watched;
    await page.goto(`${system.webUrl}/products/1`);
    await page.getByRole('list', { name: 'History' }).waitFor();
    expect(await navigation(page)).toEqual(['Prices', 'Catalog', 'Trash', 'Alerts', 'Users']);
    await page.getByRole('button', { name: 'Delete product' }).waitFor();
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Enter API token' }).count()).toBe(0);
  });

  it('pages a long history older and newer again', async () => {
    const { page } = watched;
    const pages = page.getByRole('navigation', { name: 'History pages' });
    const entries = page.getByRole('list', { name: 'History' }).getByRole('listitem');
    const newer = pages.getByRole('button', { name: 'Newer changes' });
    const older = pages.getByRole('button', { name: 'Older changes' });
    const shows = async (range: string, firstPrice: string) => {
      await pages.getByText(range).waitFor();
      const row = entries.first().getByRole('row', { name: /Price/ });
      expect(await row.getByRole('cell').nth(1).innerText()).toBe(firstPrice);
    };

    await shows('Changes 1–20 of 46', 'R$145.00');
    expect(await entries.count()).toBe(20);
    expect(await newer.isDisabled()).toBe(true);
    await older.click();
    await shows('Changes 21–40 of 46', 'R$125.00');
    await older.click();
    await pages.getByText('Changes 41–46 of 46').waitFor();
    expect(await entries.count()).toBe(6);
    await entries.last().getByText('Created').waitFor();
    expect(await older.isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await newer.click();
    await shows('Changes 21–40 of 46', 'R$125.00');
    await newer.click();
    await shows('Changes 1–20 of 46', 'R$145.00');
    expect(await newer.isDisabled()).toBe(true);
  });
});

describe('API_TOKEN only (no users)', () => {
  let system: System;
  let watched: WatchedPage;
  beforeAll(async () => {
    system = await startSystem({ apiToken: TOKEN });
    watched = await openPage(browser);
    await apiRequest(system, 'POST', '/products', product, { authorization: `Bearer ${TOKEN}` });
  });
  afterAll(async () => {
    expect(watched.errors).toEqual([]);
    await watched.context.close();
    await system.close();
  });

  it('answers /auth/me as anonymous without the token and as an admin with it', async () => {
    const anonymous = await apiRequest(system, 'GET', '/auth/me');
    expect(anonymous.body).toMatchObject({ role: null, open: false, sign_in: false });
    const holder = await apiRequest(system, 'GET', '/auth/me', undefined, {
      authorization: `Bearer ${TOKEN}`,
    });
    expect(holder.body).toMatchObject({
      name: 'API_TOKEN',
      role: 'admin',
      user: null,
      open: false,
      sign_in: false,
    });
  });

  it('offers reading, and writes behind the token, until the token is given', async () => {
    const { page } = watched;
    await page.goto(`${system.webUrl}/products/1`);
    await page.getByRole('heading', { name: 'Edit product #1' }).waitFor();
    await page.getByRole('button', { name: 'Enter API token' }).waitFor();
    expect(await navigation(page)).toEqual(['Prices', 'Catalog', 'Alerts']);
    // The history needs a role: not offered to an anonymous caller.
    expect(await page.getByRole('list', { name: 'History' }).count()).toBe(0);
    // Writes stay offered, as before: they ask for the token.
    await page.getByRole('button', { name: 'Delete product' }).waitFor();
    expect(await page.getByRole('link', { name: 'Sign in' }).count()).toBe(0);
  });

  it('offers the history, the trash and the users to whoever gives the token', async () => {
    const { page } = watched;
    await page.getByRole('button', { name: 'Enter API token' }).click();
    const prompt = page.getByRole('dialog', { name: 'API token needed' });
    await page.getByLabel('API token', { exact: true }).fill(TOKEN);
    await prompt.getByRole('button', { name: 'Continue' }).click();
    expect(await page.getByTestId('signed-in-as').innerText()).toBe('API_TOKEN (admin)');
    await page.getByRole('list', { name: 'History' }).getByText('Created').waitFor();
    expect(await navigation(page)).toEqual(['Prices', 'Catalog', 'Trash', 'Alerts', 'Users']);
    expect(await accessibilityViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Trash' }).click();
    await page.getByText('The trash is empty.').waitFor();
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByRole('form', { name: 'Add a user' }).waitFor();

    await page.getByRole('link', { name: 'Catalog', exact: true }).click();
    await page.getByRole('button', { name: 'Forget the token' }).click();
    await page.getByRole('button', { name: 'Enter API token' }).waitFor();
    expect(await navigation(page)).toEqual(['Prices', 'Catalog', 'Alerts']);
  });
});

describe('people sign in (a user exists)', () => {
  let system: System;
  let watched: WatchedPage;
  beforeAll(async () => {
    system = await startSystem({ apiToken: TOKEN });
    await addUser(system.database.db, { username: 'edu', password: PASSWORD, role: 'editor' });
    watched = await openPage(browser);
  });
  afterAll(async () => {
    expect(watched.errors).toEqual([]);
    await watched.context.close();
    await system.close();
  });

  it('offers an anonymous visitor reading and signing in, nothing else', async () => {
    const me = await apiRequest(system, 'GET', '/auth/me');
    expect(me.body).toMatchObject({ role: null, user: null, open: false, sign_in: true });
    const { page } = watched;
    await page.goto(`${system.webUrl}/products`);
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    expect(await navigation(page)).toEqual(['Prices', 'Catalog']);
    expect(await page.getByRole('link', { name: 'New product' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Enter API token' }).count()).toBe(0);
  });

  it('offers an editor the trash but not the users', async () => {
    const { page } = watched;
    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('User name').fill('edu');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.getByTestId('signed-in-as').innerText()).toBe('edu (editor)');
    await page.getByRole('link', { name: 'New product' }).waitFor();
    expect(await navigation(page)).toEqual(['Prices', 'Catalog', 'Trash', 'Alerts']);
    const me: unknown = await page.evaluate(async () => {
      const response = await fetch('/api/auth/me');
      return (await response.json()) as unknown;
    });
    expect(me).toMatchObject({ name: 'edu', role: 'editor', open: false, sign_in: true });
  });
});
