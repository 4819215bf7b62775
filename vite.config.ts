// Tests and builds run in UTC, so no date ever depends on the machine's time zone.
process.env.TZ = 'UTC';

import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';

export default defineConfig({
  plugins: [svelte()],
  // Relative base: the built app works from any folder or sub-path, and offline from disk servers.
  base: './',
  build: {
    sourcemap: process.env.SOURCEMAP === '1',
    target: 'es2022',
    // Leaflet, d3 and the app together; the bench (issue 6) watches the real budget.
    chunkSizeWarningLimit: 400,
  },
  preview: { port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.browser.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions() }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
