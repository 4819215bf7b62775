/**
 * Malformed files in the browser: each one is answered with a notice that names the file and the
 * path, and everything valid in the other files (and in that one) still renders.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const good = (f: string) => readFileSync(`tests/fixtures/good/${f}`, 'utf8');

/** Serves the good fixture, with one file's body replaced (or its whole answer). */
async function serve(
  page: Page,
  file: string,
  answer: string | { status: number; contentType: string; body: string },
) {
  await page.route('**/data/*', (route) => {
    const name = route.request().url().split('/').pop()!.split('?')[0]!;
    if (name === file)
      return route.fulfill(
        typeof answer === 'string'
          ? { status: 200, contentType: 'application/json', body: answer }
          : answer,
      );
    return route.fulfill({ status: 200, contentType: 'application/json', body: good(name) });
  });
}

async function opened(page: Page) {
  await page.goto('./');
  await expect(page.getByTestId('panel')).not.toContainText('Loading the story data');
}

const deepCollection = (levels: number) =>
  '{"type":"GeometryCollection","geometries":['.repeat(levels) +
  '{"type":"Point","coordinates":[35.9,33.2]}' +
  ']}'.repeat(levels);

function withFeature(feature: string): string {
  const places = good('places.geojson');
  const at = places.indexOf('"features": [') + '"features": ['.length;
  return `${places.slice(0, at)}${feature},${places.slice(at)}`;
}

const CASES: [name: string, file: string, body: string, expected: string][] = [
  [
    'a truncated file',
    'events.json',
    good('events.json').slice(0, 400),
    'events.json: not valid JSON',
  ],
  [
    'wrong types',
    'events.json',
    JSON.stringify({
      events: [{ id: 5, title: [], start: {} }, ...JSON.parse(good('events.json')).events],
    }),
    'events.json: events[0].id: expected a string, got number 5',
  ],
  [
    'a GeometryCollection 50,000 levels deep',
    'places.geojson',
    withFeature(
      `{"type":"Feature","properties":{"id":"deep","name":"Deep","kind":"site","approximate":true,"sources":[{"publisher":"x","title":"y"}]},"geometry":${deepCollection(50_000)}}`,
    ),
    'places.geojson: features[0].geometry(.geometries[0])×30.geometries: nested deeper than 64 levels',
  ],
  [
    'a huge array of junk',
    'events.json',
    JSON.stringify({
      events: [...JSON.parse(good('events.json')).events, ...new Array(200_000).fill(0)],
    }),
    'events.json: events[3]: expected an event object, got number 0',
  ],
  [
    'a polygon that crosses itself',
    'places.geojson',
    withFeature(
      '{"type":"Feature","properties":{"id":"bow-tie","name":"Bow tie","kind":"zone","approximate":true,"sources":[{"publisher":"x","title":"y"}]},"geometry":{"type":"Polygon","coordinates":[[[35.8,33.1],[35.9,33.2],[35.9,33.1],[35.8,33.2],[35.8,33.1]]]}}',
    ),
    'places.geojson: features[0].geometry: the polygon crosses itself',
  ],
  [
    'an impossible date',
    'events.json',
    good('events.json').replace('"2025-11-17"', '"2025-02-30"'),
    'events.json: events[2].start: "2025-02-30" is not a real day',
  ],
  [
    'duplicate and __proto__ ids',
    'events.json',
    JSON.stringify({
      events: [
        ...JSON.parse(good('events.json')).events,
        { ...JSON.parse(good('events.json')).events[0], title: 'Again' },
        { ...JSON.parse(good('events.json')).events[1], id: '__proto__' },
      ],
    }),
    'events.json: events[3].id: duplicate id "2017-07-07-ceasefire" (the first one is kept)',
  ],
];

for (const [name, file, body, expected] of CASES) {
  test(`${name}: the notice names file and path, and the valid rest renders`, async ({
    page,
    watched,
  }) => {
    await serve(page, file, body);
    await opened(page);
    await expect(page.getByTestId('problems')).toContainText(expected);
    // The valid places and events are on the map and the timeline.
    await expect(page.locator('[data-testid="map"] [data-place-id="beit-jinn"]')).toBeAttached();
    if (name !== 'a truncated file')
      await expect(page.locator('[data-event-id="2024-12-rumour"]')).toBeAttached();
    expect(watched.consoleErrors).toEqual([]);
  });
}

test('a server that answers a missing file with its web page: "not found", not "not valid JSON"', async ({
  page,
}) => {
  await serve(page, 'article.json', {
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: '<!doctype html><title>Separation Lines</title>',
  });
  await opened(page);
  await expect(page.getByTestId('problems')).toContainText(
    'article.json: not found: the server sent a web page instead of this file',
  );
  await expect(page.locator('[data-event-id="2024-12-rumour"]')).toBeAttached();
});

test('the preview server answers a missing data file with 404, and the notice says so', async ({
  page,
}) => {
  await page.route('**/data/article.json', (route) =>
    route.continue({ url: route.request().url().replace('article.json', 'no-such-file.json') }),
  );
  await page.goto('./');
  await expect(page.getByTestId('problems')).toContainText(
    'article.json: could not be loaded (HTTP 404: not found)',
  );
});

test('a byte-order mark at the start of a file is accepted, as the CLI accepts it', async ({
  page,
}) => {
  await serve(page, 'events.json', `\uFEFF${good('events.json')}`);
  await opened(page);
  await expect(page.locator('[data-event-id="2024-12-rumour"]')).toBeAttached();
  await expect(page.getByTestId('problems')).toHaveCount(0);
});

test('the problems notice passes axe, its scrolling list reachable by keyboard', async ({
  page,
}) => {
  await serve(page, 'events.json', JSON.stringify({ events: new Array(40).fill(0) }));
  await opened(page);
  const notice = page.getByTestId('problems');
  await expect(notice).toContainText('problems in the data');
  await notice.locator('summary').click();
  // Enough lines that the list scrolls: the case axe flagged before it was focusable.
  expect(await notice.locator('li').count()).toBeGreaterThan(20);
  await expect(notice.getByRole('list', { name: 'Problems in the data' })).toHaveAttribute(
    'tabindex',
    '0',
  );
  const results = await new AxeBuilder({ page }).include('[data-testid="problems"]').analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => v.id);
  expect(serious).toEqual([]);
});

test('the shipped build has no benchmark switch: ?bench= changes nothing', async ({ page }) => {
  await page.goto('./?bench=story');
  await expect(page.locator('[data-event-id]').first()).toBeAttached();
  await expect(page.getByTestId('problems')).toHaveCount(0);
  expect(await page.evaluate(() => '__separationLines' in window)).toBe(false);
});
