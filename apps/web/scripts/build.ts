/** `npm run build -w apps/web` (and the root build): the SPA into dist/, skipped when up to date. */
import { buildSpa } from './build-spa.js';

const force = process.argv.includes('--force');
if (!(await buildSpa({ force }))) {
  console.log(
    'web UI: dist/ is up to date with the sources (npm run build -w apps/web -- --force rebuilds)',
  );
}
