import { access } from 'node:fs/promises';
import { buildSpa } from '../../apps/web/scripts/build-spa.js';
import { CHROMIUM } from './browser.js';

/** The browser tests need Chromium and the built UI (rebuilt only when its sources changed). */
export default async function setup(): Promise<void> {
  try {
    await access(CHROMIUM);
  } catch {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: the browser tests need it (apt-get install -y chromium)`,
    );
  }
  await buildSpa({ quiet: true });
}
