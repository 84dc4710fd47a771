import { existsSync } from 'node:fs';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

// Browser tests need Debian's Chromium. Without it they are skipped, saying so, so that `npm test`
// passes on a fresh machine; CI sets CAIS_REQUIRE_BROWSER=1, and there they always run.
const CHROMIUM = '/usr/bin/chromium';
const browserProjects: TestProjectInlineConfiguration[] = [
  {
    // The whole system in real Chromium: the api and the web server on a fresh database.
    test: {
      name: 'e2e',
      root: 'e2e',
      include: ['**/*.test.ts'],
      globalSetup: ['../apps/server/test/helpers/global-setup.ts', 'support/global-setup.ts'],
      testTimeout: 90_000,
      hookTimeout: 120_000,
    },
  },
];
if (!existsSync(CHROMIUM) && process.env.CAIS_REQUIRE_BROWSER !== '1') {
  console.warn(
    `\nBrowser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)\n`,
  );
  browserProjects.length = 0;
}

export default defineConfig({
  test: {
    // The JSON report feeds the summary line of .ci/run.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'server',
          root: 'apps/server',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        // Component and unit tests of the web UI, in a simulated DOM.
        extends: './apps/web/vite.config.ts',
        test: {
          name: 'web',
          root: 'apps/web',
          include: ['test/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['test/setup.ts'],
          testTimeout: 30_000,
        },
      },
      ...browserProjects,
      {
        test: {
          name: 'infra',
          root: 'infra',
          include: ['test/**/*.test.ts'],
          // A synthesis takes a second or more (the first one loads aws-cdk-lib): files share one
          // module cache, so they share the synthesized apps too (test/support/synth.ts).
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
