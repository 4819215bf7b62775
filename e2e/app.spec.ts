import { test, expect, openApp } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { contentSecurityPolicy } from '../scripts/csp.mjs';

test('the app draws map, timeline and panel, with no console error and no off-origin request', async ({
  page,
  watched,
}) => {
  await openApp(page);
  await expect(page).toHaveTitle(/Separation Lines/);
  // The page is served under the policy scripts/csp.mjs defines, and Trusted Types are on.
  expect(
    await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
  ).toBe(contentSecurityPolicy());
  expect(
    await page.evaluate(
      () => !!(window as { trustedTypes?: { defaultPolicy: unknown } }).trustedTypes?.defaultPolicy,
    ),
  ).toBe(true);
  await expect(page.getByRole('heading', { level: 1, name: 'Separation Lines' })).toBeVisible();

  const map = page.getByTestId('map');
  // The offline basemap: country shapes drawn as SVG paths, and no tile images at all.
  expect(await map.locator('.leaflet-basemap-pane path').count()).toBeGreaterThan(5);
  expect(await map.locator('.leaflet-tile').count()).toBe(0);
  await expect(map.locator('[data-place-id="beit-jinn"]')).toBeVisible();
  await expect(map.locator('.leaflet-control-attribution')).toContainText('Natural Earth');

  const timeline = page.getByTestId('timeline');
  const ticks = await timeline.locator('.axis .tick text').allTextContents();
  expect(ticks[0]).toBe('2017');
  expect(ticks).toContain('2025');
  expect(await timeline.locator('[data-event-id]').count()).toBeGreaterThan(3);

  await expect(page.getByTestId('panel')).toContainText('Choose an event');
  await expect(page.getByRole('contentinfo')).toContainText('GeoNames');

  expect(watched.consoleErrors).toEqual([]);
  expect(watched.offOrigin).toEqual([]);
});

test('choosing an event shows its card and highlights its places', async ({ page, watched }) => {
  await openApp(page);
  // Several events crowd November 2025 at this zoom: reach this one by keyboard.
  const mark = page.locator('[data-event-id="2025-11-17-russian-delegation-tour"]');
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(mark).toHaveAttribute('data-selected', 'true');
  const panel = page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(
    'Russian military delegation tours the south',
  );
  await expect(panel).toContainText('17 November 2025');
  await expect(panel).toContainText("Actors: Russia, Syria's transitional government");
  await expect(panel).toContainText('confidence: medium');
  await expect(panel.locator('.disputed')).toContainText('Sources disagree');
  await expect(panel.locator('blockquote').nth(1)).toContainText('On November 17');
  await expect(
    panel.getByRole('link', { name: 'Syrian and Russian defence officials tour southern Syria' }),
  ).toHaveAttribute('href', /^https:\/\/www\.thenationalnews\.com\//);
  await expect(page.locator('[data-place-id="beit-jinn"]')).toHaveAttribute(
    'data-highlighted',
    'true',
  );
  await expect(page.locator('[data-place-id="damascus"]')).not.toHaveAttribute(
    'data-highlighted',
    'true',
  );
  expect(watched.consoleErrors).toEqual([]);
});

test('clicking a place shows its names, excerpts and events', async ({ page }) => {
  await openApp(page);
  await page.locator('[data-place-id="beit-jinn"]').click();
  const panel = page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Beit Jinn');
  await expect(panel.locator('[lang="ar"]')).toHaveText('بيت جن');
  await expect(panel).toContainText('Rif Dimashq');
  await expect(panel.locator('blockquote').first()).toContainText('Beit Jinn');
  // An event there selects the event.
  await panel.getByRole('button', { name: 'Russian military delegation tours the south' }).click();
  await expect(
    page.locator('[data-event-id="2025-11-17-russian-delegation-tour"]'),
  ).toHaveAttribute('data-selected', 'true');
});

test('events and places can be chosen by keyboard', async ({ page }) => {
  await openApp(page);
  const mark = page.locator('[data-event-id="2017-07-07-southwest-ceasefire"]');
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(mark).toHaveAttribute('data-selected', 'true');
  const place = page.locator('[data-place-id="quneitra-city"]');
  await place.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(/Quneitra/);
});

test('bad data: a clear notice with file and path, and everything valid still renders', async ({
  page,
  watched,
}) => {
  await page.route('**/data/events.json', async (route) => {
    const res = await route.fetch();
    const data = (await res.json()) as { events: Record<string, unknown>[] };
    data.events[0]!.places = ['beit-jin'];
    data.events[1]!.start = '2025-02-30';
    await route.fulfill({ response: res, json: data });
  });
  await openApp(page);
  const notice = page.getByTestId('problems');
  await expect(notice).toContainText('2 problems in the data');
  await expect(notice).toContainText('events.json: events[0].places[0]: unknown place "beit-jin"');
  await expect(notice).toContainText(
    'events.json: events[1].start: "2025-02-30" is not a real day',
  );
  // The valid events and every place are still there.
  await expect(page.locator('[data-event-id="2025-11-17-russian-delegation-tour"]')).toBeVisible();
  await expect(page.locator('[data-place-id="beit-jinn"]')).toBeVisible();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  expect(watched.consoleErrors).toEqual([]);
});

test('a missing data file is reported, and the rest of the page works', async ({ page }) => {
  await page.route('**/data/article.json', (route) => route.fulfill({ status: 404, body: '' }));
  await openApp(page);
  await expect(page.getByTestId('problems')).toContainText(
    'article.json: could not be loaded (HTTP 404: not found)',
  );
  await expect(page.locator('[data-event-id]').first()).toBeVisible();
});

test('the page shows a loading state while data arrives', async ({ page }) => {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  await page.route('**/data/places.geojson', async (route) => {
    await gate;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByTestId('panel')).toContainText('Loading the story data');
  await expect(page.getByTestId('panel')).toHaveAttribute('aria-busy', 'true');
  release();
  await expect(page.getByTestId('panel')).toContainText('Choose an event');
});

test('no serious accessibility violations (axe)', async ({ page }) => {
  // axe walks every node (each timeline mark included): tens of seconds on a busy machine.
  test.setTimeout(120_000);
  await openApp(page);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.length} node(s) — ${v.help}`);
  expect(serious).toEqual([]);
});

test('an event known only to the month shows that precision on its card and on the timeline', async ({
  page,
}) => {
  await openApp(page);
  const mark = page.locator('[data-event-id="2019-04-lavrentiev-75-80-km"]');
  await expect(mark).toHaveAttribute('aria-label', /, April 2019 \(single source\)$/);
  await expect(mark).toHaveClass(/uncertain/);
  await mark.click();
  const panel = page.getByTestId('panel');
  await expect(panel.locator('time')).toHaveText('April 2019');
  await expect(panel).toContainText('exact day not known');
  await expect(panel).toContainText('confidence: low');
});

test('the panel shows the whole article with its excerpts marked, and an excerpt leads to its event', async ({
  page,
}) => {
  await openApp(page);
  const panel = page.getByTestId('panel');
  await panel.getByRole('button', { name: /Read the article/ }).click();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText(/Russian military delegation/);
  await expect(panel.locator('h3')).toHaveCount(3);
  expect(await panel.locator('[data-excerpt-id]').count()).toBeGreaterThan(15);
  await expect(panel).toContainText('Eurasia Press & News');
  await panel.locator('[data-excerpt-id="x-p1-beit-jinn-former-post"]').click();
  await expect(
    page.locator('[data-event-id="2025-11-17-russian-delegation-tour"]'),
  ).toHaveAttribute('data-selected', 'true');
  await expect(page.locator('[data-place-id="beit-jinn"]')).toHaveAttribute(
    'data-highlighted',
    'true',
  );
  await panel.getByRole('button', { name: 'Back to the article' }).click();
  await expect(panel.locator('[data-excerpt-id]').first()).toBeVisible();
});
