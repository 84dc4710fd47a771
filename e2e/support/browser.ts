import { mkdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium, driven by playwright-core (no browser download at install time). */
export const CHROMIUM = '/usr/bin/chromium';

export const launchBrowser = (): Promise<Browser> =>
  chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });

const FAILED_LOAD = /Failed to load resource: the server responded with a status of (\d{3})/;

export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions seen so far; a test ends with none. */
  errors: string[];
}

/**
 * A page in a fresh browser profile (its own storage) that records every console error and
 * uncaught exception. Chromium logs each failed HTTP response as a console error: the statuses a
 * test provokes on purpose (a 422, a 412) are listed in `expectedStatuses`.
 */
export async function openPage(
  browser: Browser,
  {
    locale = 'en-US',
    expectedStatuses = [],
  }: { locale?: string; expectedStatuses?: number[] } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    locale,
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const status = FAILED_LOAD.exec(message.text())?.[1];
    if (status !== undefined && expectedStatuses.includes(Number(status))) return;
    errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return { page, context, errors };
}

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/**
 * Saves a screenshot under test-results/screenshots/; with CAIS_UPDATE_SCREENSHOTS=1 also under
 * docs/screenshots/, the committed pictures the README shows (unless `docs: false`: a picture
 * of a staged situation that would puzzle a reader).
 */
export async function screenshot(
  page: Page,
  name: string,
  { fullPage = false, docs = true }: { fullPage?: boolean; docs?: boolean } = {},
): Promise<void> {
  const folders = [root('test-results/screenshots')];
  if (docs && process.env.CAIS_UPDATE_SCREENSHOTS === '1') folders.push(root('docs/screenshots'));
  for (const folder of folders) {
    await mkdir(folder, { recursive: true });
    await page.screenshot({ path: `${folder}/${name}.png`, animations: 'disabled', fullPage });
  }
}

/** Waits until the table shows the rows of `url` (its path and query), fetched and settled. */
export async function tableShows(page: Page, url: string): Promise<void> {
  await page.locator(`table[data-query="${url}"][aria-busy="false"]`).waitFor();
}

/** The texts of one column of the table, top to bottom. */
export async function column(page: Page, index: number): Promise<string[]> {
  return page.locator(`table.products tbody tr td:nth-child(${index})`).allInnerTexts();
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/**
 * Accessibility problems axe-core finds in the page as it is now (WCAG 2.1 A and AA rules):
 * missing labels, bad ARIA, low contrast, and so on. One line per rule and element.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  // Evaluated through the driver, which the page's Content-Security-Policy does not restrict (a
  // <script> tag would be refused, as it should).
  await page.evaluate(
    await readFile(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8'),
  );
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (options: object) => Promise<unknown> } }).axe;
    const result = (await axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })) as { violations: AxeViolation[] };
    return result.violations;
  });
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact ?? 'n/a'}): ${v.help} at ${JSON.stringify(n.target)}`),
  );
}
