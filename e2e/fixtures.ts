/**
 * The test fixture every e2e spec uses: a page that records console errors and every request,
 * so each test can assert that nothing failed and nothing left the app's origin.
 */
import { test as base, expect, type Page } from '@playwright/test';

export interface Watched {
  consoleErrors: string[];
  offOrigin: string[];
}

export const test = base.extend<{ watched: Watched }>({
  watched: async ({ page, baseURL }, use) => {
    const origin = new URL(baseURL!).origin;
    const watched: Watched = { consoleErrors: [], offOrigin: [] };
    page.on('console', (m) => {
      if (m.type() === 'error') watched.consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => watched.consoleErrors.push(String(e)));
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) {
        watched.offOrigin.push(url);
      }
    });
    await use(watched);
  },
});

/** Opens the app and waits until the map and the timeline are drawn from the data. */
export async function openApp(page: Page, path = './'): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId('map').locator('[data-place-id]').first()).toBeVisible();
  await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible();
  // The range band's d3-brush arrives in idle time after the first draw.
  await expect(page.locator('[data-brush="ready"]')).toBeAttached();
}

export { expect };
