// Tests and builds run in UTC, so no date ever depends on the machine's time zone.
process.env.TZ = 'UTC';

import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { playwright } from '@vitest/browser-playwright';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { chromiumLaunchOptions } from './scripts/chromium.mjs';
import { onlinePageFrom, pageFor } from './scripts/csp.mjs';
import { compileMessages } from './scripts/messages.mjs';
import { localeSplit } from './scripts/locale-split.mjs';

// The interface's messages, compiled before anything imports them (scripts/messages.mjs).
compileMessages();

/**
 * Writes the Content-Security-Policy into the page, and builds online.html: the same page under a
 * policy that also allows the OpenStreetMap tile host (scripts/csp.mjs says why there are two).
 */
function contentSecurityPolicy(): Plugin {
  let config: ResolvedConfig;
  const ONLINE_PAGE = '/online.html';
  return {
    name: 'separation-lines-csp',
    configResolved(c) {
      config = c;
    },
    configureServer(server) {
      // The development server answers online.html with the app's one page, in online mode.
      server.middlewares.use((req, _res, next) => {
        if (req.url?.startsWith(ONLINE_PAGE))
          req.url = `/index.html${req.url.slice(ONLINE_PAGE.length)}`;
        next();
      });
    },
    transformIndexHtml(html, ctx) {
      const dev = config.command === 'serve';
      const onlineTiles = dev && !!ctx.originalUrl?.startsWith(ONLINE_PAGE);
      return pageFor(html, { onlineTiles, dev });
    },
    async closeBundle() {
      if (config.command !== 'build' || config.build.ssr) return;
      const outDir = resolve(config.root, config.build.outDir);
      const offline = await readFile(resolve(outDir, 'index.html'), 'utf8');
      await writeFile(resolve(outDir, 'online.html'), onlinePageFrom(offline));
    },
  };
}

export default defineConfig({
  plugins: [localeSplit(import.meta.dirname), svelte(), contentSecurityPolicy()],
  // Missing files are answered 404, never with the page: the app then says "not found".
  appType: 'mpa',
  // Relative base: the built app works from any folder or sub-path, and offline from disk servers.
  base: './',
  build: {
    // The bench reads it to tell the first draw's code from the chunks loaded on demand.
    manifest: true,
    sourcemap: process.env.SOURCEMAP === '1',
    target: 'es2022',
    // Leaflet, d3 and the app together; the bench (issue 6) watches the real budget.
    chunkSizeWarningLimit: 400,
  },
  preview: { port: 4173, strictPort: true },
  // Pre-bundled up front, so the browser tests never meet a dependency mid-run (Vite would then
  // re-optimise and reload, failing the test file being imported at that moment).
  optimizeDeps: {
    include: [
      'leaflet',
      'd3-time',
      '@turf/kinks',
      '@turf/area',
      '@turf/length',
      '@turf/point-to-line-distance',
      'jsonc-parser',
    ],
  },
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
