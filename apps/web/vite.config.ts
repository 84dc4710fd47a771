import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleReport } from './vite/bundle-report.js';
import { precompress } from './vite/precompress.js';

/** The catalog page's initial JavaScript budget (issue 3), printed after every build. */
export const BUDGET_KB = 150;

// `npm run dev` forwards /api to a running api, as the web server does in production.
const apiUrl = process.env.API_URL ?? 'http://127.0.0.1:8000';

export default defineConfig({
  plugins: [react(), bundleReport({ budgetKb: BUDGET_KB }), precompress()],
  build: { target: 'es2022', assetsDir: 'assets' },
  server: {
    port: 5173,
    proxy: {
      '/api': {
        target: apiUrl,
        changeOrigin: true,
        rewrite: (path) => path.replace(/^\/api/, ''),
      },
    },
  },
});
