import { readFile } from 'node:fs/promises';
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

/** The products a search must find: accents, word order, typos. */
const NAMED = [
  ['Tênis de corrida', 'Amortecimento em gel, solado de borracha', 399.9, 'Calçados'],
  ['Cadeira de escritório', 'Encosto em tela, braços reguláveis', 899, 'Móveis'],
  ['Geladeira Frost Free', 'Duas portas, 400 litros, inox', 3499, 'Eletrodoméstico'],
  ['Fone sem fio', 'Eletrônico com cancelamento de ruído', 259.9, 'Eletrônico'],
] as const;

/** 60 products with nothing to find, oldest first: Item 01 at R$ 1.50 to Item 60 at R$ 60.50. */
function seedCsv(): string {
  const lines = ['nome;descricao;preco;categoria;email_fornecedor'];
  for (let i = 1; i <= 60; i++) {
    const n = String(i).padStart(2, '0');
    lines.push(`Item ${n};Peça avulsa ${n};${i},50;Roupas;vendas${n}@loja.com.br`);
  }
  for (const [name, description, price, categoria] of NAMED) {
    lines.push(`${name};${description};${String(price).replace('.', ',')};${categoria};a@b.com.br`);
  }
  return `${lines.join('\n')}\n`;
}

async function importFile(system: System, csv: string, mode: string): Promise<unknown> {
  const response = await fetch(`${system.apiUrl}/products/import?mode=${mode}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv' },
    body: csv,
  });
  expect(response.status).toBe(200);
  return response.json();
}

const path = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

/** The texts the table marks as matching the search, top to bottom. */
const marks = (page: Page) => page.locator('table.products tbody mark').allInnerTexts();

describe('searching, paging, exporting and importing the catalog in Chromium', () => {
  let system: System;
  let browser: Browser;
  let watched: WatchedPage;
  let page: Page;
  /** The list requests the page sent to the api, as paths with their queries. */
  const requests: string[] = [];

  beforeAll(async () => {
    [system, browser] = await Promise.all([startSystem(), launchBrowser()]);
    expect(await importFile(system, seedCsv(), 'all-or-nothing')).toMatchObject({
      created: 64,
      committed: true,
    });
    watched = await openPage(browser);
    page = watched.page;
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname === '/api/products') requests.push(`${url.pathname}${url.search}`);
    });
  });

  afterEach(() => {
    expect(watched.errors).toEqual([]);
  });

  afterAll(async () => {
    await browser.close();
    await system.close();
  });

  it('finds a word typed without its accent, best match first, and marks it', async () => {
    await page.goto(`${system.webUrl}/products`);
    await tableShows(page, '/products');
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('tenis', { delay: 30 });
    await tableShows(page, '/products?q=tenis');
    expect(requests.at(-1)).toContain('sort=relevance');
    expect((await column(page, 2))[0]).toMatch(/^Tênis de corrida/);
    expect(await marks(page)).toContain('Tênis');
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-search');
  });

  it('finds words in any order and despite a typo, marking what matched', async () => {
    const search = page.getByRole('searchbox', { name: 'Search' });
    await search.fill('frost GELADEIRA');
    await tableShows(page, '/products?q=frost+GELADEIRA');
    expect(await column(page, 2)).toHaveLength(1);
    expect(await marks(page)).toEqual(['Geladeira', 'Frost']);

    await search.fill('cadera');
    await tableShows(page, '/products?q=cadera');
    expect((await column(page, 2))[0]).toMatch(/^Cadeira de escritório/);
    expect(await marks(page)).toEqual(['Cadeira']);

    await search.fill('eletronico');
    await tableShows(page, '/products?q=eletronico');
    expect(await marks(page)).toEqual(['Eletrônico']);

    // Another order on request, and back to the best matches.
    await page.getByRole('button', { name: 'Price' }).click();
    await tableShows(page, '/products?q=eletronico&sort=-price');
    await page.getByRole('button', { name: 'Best matches first' }).click();
    await tableShows(page, '/products?q=eletronico');
  });

  it('pages forward and back by cursor', async () => {
    await page.goto(`${system.webUrl}/products?size=10&sort=price`);
    await tableShows(page, '/products?sort=price&size=10');
    await page.getByText('64 products').waitFor();
    expect((await column(page, 4))[0]).toBe('R$1.50');

    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/page=2&cursor=/);
    await tableShows(page, path(page));
    const second = await column(page, 4);
    expect(second).toEqual(Array.from({ length: 10 }, (_, i) => `R$${i + 11}.50`));
    await page.getByText('Showing 11–20 of 64').waitFor();

    await page.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL(/page=3&cursor=/);
    await tableShows(page, path(page));
    expect((await column(page, 4))[0]).toBe('R$21.50');
    await page.getByText('Page 3 of 7').waitFor();

    await page.getByRole('link', { name: 'Previous page' }).click();
    await page.waitForURL(/page=2&cursor=/);
    await tableShows(page, path(page));
    expect(await column(page, 4)).toEqual(second);

    // Every page after the first was read by cursor, none by a deep offset.
    expect(requests.filter((r) => /offset=[1-9]/.test(r))).toEqual([]);
    expect(requests.filter((r) => r.includes('cursor=')).length).toBeGreaterThanOrEqual(3);

    await page.getByRole('link', { name: 'Previous page' }).click();
    await tableShows(page, '/products?sort=price&size=10');
    expect(await accessibilityViolations(page)).toEqual([]);
  });

  it('exports the filtered list as a CSV file, in its order', async () => {
    await page.goto(`${system.webUrl}/products?categoria=Roupas&sort=-price`);
    await tableShows(page, '/products?categoria=Roupas&sort=-price');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Export CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('cais-products.csv');
    const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\n');
    expect(lines[0]).toBe(
      'id,sku,name,description,price,categoria,email_fornecedor,created_at,updated_at',
    );
    expect(lines).toHaveLength(61);
    expect(lines[1]).toContain(',Item 60,');
    expect(lines[60]).toContain(',Item 01,');
  });

  it('checks a file, shows every invalid row, then imports the valid ones', async () => {
    await page.goto(`${system.webUrl}/products`);
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByRole('heading', { name: 'Import products' }).waitFor();
    const csv = [
      'sku,name,price,category,email',
      'MESA-1,Mesa de jantar,1299.90,Móveis,moveis@loja.com.br',
      'SOFA-1,Sofá retrátil,abc,Móveis,moveis@loja.com.br',
      'BOLA-1,Bola de futebol,89.90,Brinquedos,esporte@loja.com.br',
      'LUM-1,Luminária de piso,349,Móveis,moveis@loja.com.br',
    ].join('\n');
    await page.getByLabel('File').setInputFiles({
      name: 'moveis.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv),
    });
    await page.getByRole('button', { name: 'Check the file' }).click();
    await page.getByText('4 rows read: 2 valid, 2 invalid.').waitFor();
    const errors = page.getByRole('table', { name: /Invalid rows/ });
    const cells = await errors
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.textContent)),
      );
    expect(cells.map(([line, field]) => [line, field])).toEqual([
      ['3', 'Price'],
      ['4', 'Category'],
    ]);
    expect(cells.every((row) => (row[2] ?? '').length > 0)).toBe(true);
    // Nothing written by the check; all-or-nothing is not possible with invalid rows.
    expect((await apiRequest<unknown[]>(system, 'GET', '/products?q=mesa')).body).toEqual([]);
    expect(await page.getByRole('button', { name: 'Import all rows' }).isDisabled()).toBe(true);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, 'catalog-import');

    await page
      .getByRole('button', { name: 'Import the 2 valid rows, skip the invalid ones' })
      .click();
    const result = page.getByRole('status').filter({ hasText: 'Imported' });
    await result.waitFor();
    expect(await result.locator('dd').allInnerTexts()).toEqual(['2', '0', '0', '2']);
    const stored = await apiRequest<{ sku: string | null; price: number }[]>(
      system,
      'GET',
      '/products?q=mesa%20jantar',
    );
    expect(stored.body).toMatchObject([{ sku: 'MESA-1', price: 1299.9 }]);

    // Back in the catalog, the new products are listed.
    await page.getByRole('link', { name: 'Back to the catalog' }).last().click();
    await tableShows(page, '/products');
    await page.getByText('66 products').waitFor();
  });
});
