import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../cli/context.js';

/** apps/web/dist, seen from both src/web/ and dist/web/ of the server package. */
export const SPA_DIR = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** Hashed file names: a changed file gets a new name, so these are cached for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html above all) is revalidated, so a new build shows at once. */
export const REVALIDATE = 'no-cache';

export class SpaNotBuiltError extends UsageError {}

/** Fails with the command that builds the UI when `dir` holds no build. */
export async function assertSpaBuilt(dir: string): Promise<void> {
  try {
    await access(join(dir, 'index.html'));
  } catch {
    throw new SpaNotBuiltError(
      `The web UI is not built (no ${join(dir, 'index.html')}): run \`npm run build\` in the repository (or \`npm run build -w apps/web\`), then start again`,
    );
  }
}
