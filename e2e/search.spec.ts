import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { placesWithin } from '../src/lib/geo/within';
import type { PlaceFeature } from '../src/lib/data/schema';

interface RawEvent {
  id: string;
  category: string;
  actors: string[];
  places: string[];
}
const EVENTS = (
  JSON.parse(readFileSync('public/data/events.json', 'utf8')) as { events: RawEvent[] }
).events;
const PLACES = (
  JSON.parse(readFileSync('public/data/places.geojson', 'utf8')) as { features: PlaceFeature[] }
).features;
const TOTAL = EVENTS.length;

const search = (page: Page) => page.getByTestId('search');
const results = (page: Page) => page.getByTestId('search-results');
const timelineIds = (page: Page) =>
  page
    .getByTestId('timeline')
    .locator('[data-event-id]')
    .evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute('data-event-id')))].sort());
const listIds = (page: Page) =>
  page
    .getByTestId('panel')
    .locator('[data-list-event-id]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-list-event-id')).sort());

test('searching "Beit Jin" finds Beit Jinn, the place and its events; choosing it selects it', async ({
  page,
  watched,
}) => {
  await openApp(page);
  await search(page).fill('Beit Jin');
  const place = results(page).locator('[data-kind="place"][data-id="beit-jinn"]');
  await expect(place).toBeVisible();
  const events = results(page).locator('[data-kind="event"]');
  await expect(events.first()).toBeVisible();
  // Every event listed is one the data places at Beit Jinn or names it.
  const atBeitJinn = EVENTS.filter((e) => e.places.includes('beit-jinn')).map((e) => e.id);
  const listed = await events.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  expect(listed.some((id) => atBeitJinn.includes(id!))).toBe(true);
  await expect(page.getByTestId('search-results').getByText(/^Events/)).toBeVisible();
  await place.click();
  await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(
    'Beit Jinn',
  );
  await expect(page.locator('[data-place-id="beit-jinn"]').first()).toHaveAttribute(
    'data-highlighted',
    'true',
  );
  await expect(results(page)).toBeHidden();
  await expect.poll(() => page.evaluate(() => location.search)).toContain('place=beit-jinn');
  await expect.poll(() => page.evaluate(() => location.search)).toContain('q=Beit+Jin');
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.offOrigin).toEqual([]);
});

test('an Arabic name, with or without hamza, finds its place; the keyboard drives the list', async ({
  page,
}) => {
  await openApp(page);
  // "/" from anywhere but a text field goes to the box.
  await page.getByTestId('map').focus();
  await page.keyboard.press('/');
  await expect(search(page)).toBeFocused();
  await page.keyboard.type('خان ارنبه'); // written without the hamza of خان أرنبة
  const first = results(page).locator('[role="option"]').first();
  await expect(first).toHaveAttribute('data-id', 'khan-arnabah');
  await page.keyboard.press('ArrowDown');
  await expect(first).toHaveAttribute('aria-selected', 'true');
  const id = await first.getAttribute('id');
  await expect(search(page)).toHaveAttribute('aria-activedescendant', id!);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(
    'Khan Arnabah',
  );
  // The arrows open the list again; Escape closes it, and pressed again empties the box.
  await expect(results(page)).toBeHidden();
  await page.keyboard.press('ArrowDown');
  await expect(results(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(results(page)).toBeHidden();
  await page.keyboard.press('Escape');
  await expect(search(page)).toHaveValue('');
});

test('one category and one actor: exactly the matching events on the timeline, in the list and the count; clearing restores all', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('filters-toggle').click();
  const form = page.getByTestId('filters');
  await form.getByRole('checkbox', { name: /^Strike/ }).check();
  await form.getByRole('checkbox', { name: /^Israel\b/ }).check();
  const expected = EVENTS.filter((e) => e.category === 'strike' && e.actors.includes('israel'))
    .map((e) => e.id)
    .sort();
  expect(expected.length).toBeGreaterThan(5);
  await expect(page.getByTestId('event-count')).toHaveText(`${expected.length} of ${TOTAL} events`);
  await expect.poll(() => timelineIds(page)).toEqual(expected);
  await expect.poll(() => listIds(page)).toEqual(expected);
  await expect
    .poll(() => page.evaluate(() => location.search))
    .toBe('?category=strike&actor=israel');
  // Back undoes the last filter; forward brings it back.
  await page.goBack();
  await expect(form.getByRole('checkbox', { name: /^Israel\b/ })).not.toBeChecked();
  await expect(form.getByRole('checkbox', { name: /^Strike/ })).toBeChecked();
  await page.goForward();
  await expect(form.getByRole('checkbox', { name: /^Israel\b/ })).toBeChecked();
  await expect.poll(() => timelineIds(page)).toEqual(expected);

  await page.getByTestId('filters-clear').click();
  await expect(page.getByTestId('event-count')).toHaveText(`${TOTAL} events`);
  await expect.poll(async () => (await timelineIds(page)).length).toBe(TOTAL);
  await expect.poll(() => page.evaluate(() => location.search)).toBe('');
});

test('the zone filter keeps only events with a place inside the zone (turf), restored from a link', async ({
  page,
}) => {
  const zone = PLACES.find((p) => p.properties.id === 'undof-area-of-separation')!;
  const inside = placesWithin(zone, PLACES);
  const expected = EVENTS.filter((e) => e.places.some((p) => inside.has(p)))
    .map((e) => e.id)
    .sort();
  expect(expected.length).toBeGreaterThan(5);
  expect(expected.length).toBeLessThan(TOTAL);
  await openApp(page, './?in=undof-area-of-separation');
  await expect(page.getByTestId('event-count')).toHaveText(`${expected.length} of ${TOTAL} events`);
  await expect.poll(() => timelineIds(page)).toEqual(expected);
  // Sites that no matching event names step back on the map; those named do not.
  const named = new Set(EVENTS.filter((e) => expected.includes(e.id)).flatMap((e) => e.places));
  const isSite = (p: PlaceFeature) => p.geometry.type === 'Point' && !p.properties.validTo;
  const unnamed = PLACES.find((p) => isSite(p) && !named.has(p.properties.id))!.properties.id;
  const site = PLACES.find((p) => isSite(p) && named.has(p.properties.id))!.properties.id;
  await expect(page.locator(`[data-place-id="${unnamed}"]`).first()).toHaveAttribute(
    'data-dimmed',
    '',
  );
  await expect(page.locator(`[data-place-id="${site}"]`).first()).not.toHaveAttribute(
    'data-dimmed',
  );
  await page.getByTestId('filters-toggle').click();
  await expect(page.getByTestId('filter-place')).toHaveValue('undof-area-of-separation');
  await page.getByTestId('filter-place').selectOption('');
  await expect(page.getByTestId('event-count')).toHaveText(`${TOTAL} events`);
});

test('a filtered-out event is neither drawn nor highlighted; its selection returns when the filter is cleared', async ({
  page,
}) => {
  const strike = EVENTS.find((e) => e.category === 'strike')!;
  await openApp(page, `./?event=${strike.id}`);
  await expect(page.locator(`[data-event-id="${strike.id}"]`)).toHaveAttribute(
    'data-selected',
    'true',
  );
  await page.getByTestId('filters-toggle').click();
  await page
    .getByTestId('filters')
    .getByRole('checkbox', { name: /^Diplomacy/ })
    .check();
  await expect(page.locator(`[data-event-id="${strike.id}"]`)).toHaveCount(0);
  await expect(page.locator('[data-highlighted="true"][data-place-id]')).toHaveCount(0);
  await page.getByTestId('filters-clear').click();
  await expect(page.locator(`[data-event-id="${strike.id}"]`)).toHaveAttribute(
    'data-selected',
    'true',
  );
});

test('the search list and the filters form have no serious accessibility violations (axe)', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openApp(page, './?category=strike');
  await page.getByTestId('filters-toggle').click();
  await expect(page.getByTestId('filters')).toBeVisible();
  await search(page).fill('Quneitra');
  await expect(results(page).locator('[role="option"]').first()).toBeVisible();
  const found = await new AxeBuilder({ page }).analyze();
  const serious = found.violations
    .filter((x) => x.impact === 'serious' || x.impact === 'critical')
    .map((x) => `${x.id}: ${x.nodes.map((n) => n.target.join(' ')).join(', ')} — ${x.help}`);
  expect(serious).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the filters open in the bottom sheet', async ({ page }) => {
    await openApp(page, './?t=2025-12-31');
    await page.getByTestId('filters-toggle').click();
    const form = page.getByTestId('filters');
    await expect(form).toBeVisible();
    const sheet = await page.getByTestId('panel').boundingBox();
    expect(sheet!.y).toBeGreaterThan(844 * 0.3);
    await form.getByRole('checkbox', { name: /^Raid/ }).check();
    const raids = EVENTS.filter((e) => e.category === 'raid').length;
    await expect(page.getByTestId('event-count')).toHaveText(`${raids} of ${TOTAL} events`);
  });
});
