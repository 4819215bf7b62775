import { test, expect, openApp } from './fixtures';
import { MAP_LAYERS, layerLabel } from '../src/lib/geo/layers';
import type { Page } from '@playwright/test';

/** The legend starts folded on smaller screens: open it. */
async function openLegend(page: Page) {
  const toggle = page.getByRole('button', { name: 'Layers & legend' });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
}

// 2024-06-01: the Russian posts existed and Israel's December 2024 zone did not yet.
const BEFORE_DEC_2024 = './?t=2024-06-01';

test('each layer switch hides and shows exactly that layer', async ({ page, watched }) => {
  await openApp(page, BEFORE_DEC_2024);
  await openLegend(page);
  const map = page.getByTestId('map');
  for (const layer of MAP_LAYERS) {
    if (layer.id === 'israeli-presence') continue; // checked on its own dates below
    const box = page.getByRole('checkbox', { name: new RegExp(`^${layerLabel(layer.id)}`) });
    const shapes = map.locator(`[data-layer="${layer.id}"]`);
    if (!layer.visible) {
      await expect(shapes).toHaveCount(0);
      await box.check();
    }
    await expect(shapes.first()).toBeAttached();
    const shown = await shapes.count();
    expect(shown, layer.id).toBeGreaterThan(0);
    await box.uncheck();
    await expect(shapes).toHaveCount(0);
    await box.check();
    await expect(shapes).toHaveCount(shown);
  }
  expect(watched.consoleErrors).toEqual([]);
});

test('time-bound layers follow the date: Russian posts until 2024, Israel’s zone from 8 December 2024', async ({
  page,
}) => {
  const map = page.getByTestId('map');
  await openApp(page, './?t=2024-06-01');
  expect(await map.locator('[data-place-id^="ru-post-"]').count()).toBeGreaterThan(5);
  await expect(map.locator('[data-place-id="israeli-zone-2024"]')).toHaveCount(0);

  await openApp(page, './?t=2024-12-07');
  await expect(map.locator('[data-place-id="israeli-zone-2024"]')).toHaveCount(0);

  await openApp(page, './?t=2024-12-08');
  await expect(map.locator('[data-place-id="israeli-zone-2024"]')).toHaveCount(1);
  await openLegend(page);
  const box = page.getByRole('checkbox', { name: /^Israeli-held area/ });
  await box.uncheck();
  await expect(map.locator('[data-layer="israeli-presence"]')).toHaveCount(0);
  await box.check();
  await expect(map.locator('[data-place-id="israeli-zone-2024"]')).toHaveCount(1);

  await openApp(page, './?t=2025-11-17');
  await expect(map.locator('[data-place-id^="ru-post-"]')).toHaveCount(0);
  await expect(map.locator('[data-place-id="israeli-zone-2024"]')).toHaveCount(1);
});

test('the map draws the basemap water and town labels, and the attribution lists every source', async ({
  page,
}) => {
  await openApp(page);
  const map = page.getByTestId('map');
  expect(await map.locator('.town-label').count()).toBeGreaterThan(10);
  const attribution = map.locator('.leaflet-control-attribution');
  await expect(attribution).toContainText('Natural Earth');
  await expect(attribution).toContainText('GeoNames');
  await expect(attribution).toContainText('Lakes and rivers');
  await expect(attribution).toContainText('curated from the sources named on each place');
  await expect(attribution).not.toContainText('OpenStreetMap');
  // Zooming out thins the labels.
  const before = await map.locator('.town-label').count();
  await page.locator('.leaflet-control-zoom-out').click();
  await page.locator('.leaflet-control-zoom-out').click();
  await expect.poll(() => map.locator('.town-label').count()).toBeLessThan(before);
});

test('the online tile layer is off by default, requests tiles only when turned on, and the basemap stays when they fail', async ({
  page,
  watched,
}) => {
  const tileRequests: string[] = [];
  await page.route('https://tile.openstreetmap.org/**', (route) => {
    tileRequests.push(route.request().url());
    return route.abort('internetdisconnected');
  });
  await openApp(page, './?t=2025-01-01');
  expect(tileRequests).toEqual([]);
  // The offline page's policy names no third-party host at all.
  const policy = () =>
    page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(await policy()).not.toContain('openstreetmap');
  await openLegend(page);
  const box = page.getByRole('checkbox', { name: /OpenStreetMap tiles/ });
  await expect(box).not.toBeChecked();
  // A click, not check(): the page is replaced before the box could be seen checked.
  await box.click();
  // The tiles live on the page whose policy allows their host; the view comes along.
  await page.waitForURL(/online\.html\?.*t=2025-01-01/);
  expect(await policy()).toContain('https://tile.openstreetmap.org');
  await expect.poll(() => tileRequests.length).toBeGreaterThan(0);
  const map = page.getByTestId('map');
  await expect(map.locator('.leaflet-control-attribution')).toContainText('OpenStreetMap');
  // Every tile failed, and the offline basemap and the places are still drawn (the basemap once
  // the reloaded page has read its data: the tiles are asked for as soon as the map exists).
  await expect.poll(() => map.locator('.leaflet-basemap-pane path').count()).toBeGreaterThan(5);
  await expect(map.locator('[data-place-id="beit-jinn"]')).toBeVisible();
  await openLegend(page);
  await expect(box).toBeChecked();
  await box.click();
  await page.waitForURL((u) => !u.pathname.endsWith('online.html'));
  await expect(map.locator('[data-place-id="beit-jinn"]')).toBeVisible();
  await expect(map.locator('.leaflet-tile')).toHaveCount(0);
  expect(await policy()).not.toContain('openstreetmap');
  expect(watched.offOrigin.every((u) => u.startsWith('https://tile.openstreetmap.org/'))).toBe(
    true,
  );
  // The aborted tiles are logged as failed resources; nothing else may fail.
  expect(watched.consoleErrors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
});
