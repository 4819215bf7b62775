/**
 * The record held against the article, and "About the data": the evidence under neutral headings
 * in the article view and on cards, single-source events marked, the About view by keyboard and
 * from the URL, with its counts matching the data.
 */
import { readFileSync } from 'node:fs';
import { test, expect, openApp } from './fixtures';
import { isSingleSource } from '../src/lib/data/sources';
import type { StoryEvent } from '../src/lib/data/schema';

const events = (
  JSON.parse(readFileSync('public/data/events.json', 'utf8')) as { events: StoryEvent[] }
).events;

test('the article view shows, under a claim, the reported events consistent with it and at odds with it', async ({
  page,
  watched,
}) => {
  await openApp(page);
  await page.getByRole('button', { name: /Read the article/ }).click();
  const record = page.locator('[data-record-for="x-p7-russia-never-opposed"]');
  await expect(record.locator('summary')).toContainText('The record on “Russia has never opposed');
  await record.locator('summary').click();
  const atOdds = record.locator('[data-relation="at-odds"]');
  await expect(atOdds.getByText('Reported events at odds with this')).toBeVisible();
  await expect(atOdds.getByRole('button', { name: /T4/ }).first()).toBeVisible();
  await expect(record.locator('[data-relation="consistent"]')).toContainText(
    'Reported events consistent with this',
  );
  // Choosing an event from the record opens its card, which quotes the passage and says how
  // this event bears on it.
  await atOdds.getByRole('button').first().click();
  const panel = page.getByTestId('panel');
  await expect(panel.locator('[data-excerpt="x-p7-russia-never-opposed"]')).toContainText(
    'This passage is a claim this event is at odds with',
  );
  expect(watched.consoleErrors).toEqual([]);
});

test('a single-source event says so on its card and in its timeline mark’s name', async ({
  page,
}) => {
  const single = events.find((e) => isSingleSource(e.sources))!;
  const sourced = events.find((e) => !isSingleSource(e.sources))!;
  await openApp(page, `./?event=${single.id}`);
  const panel = page.getByTestId('panel');
  await expect(panel.getByTestId('single-source')).toHaveText('single source');
  await expect(page.locator(`[data-event-id="${single.id}"]`)).toHaveAttribute(
    'aria-label',
    /\(single source\)$/,
  );
  await openApp(page, `./?event=${sourced.id}`);
  await expect(panel.getByTestId('single-source')).toHaveCount(0);
  await expect(page.locator(`[data-event-id="${sourced.id}"]`)).not.toHaveAttribute(
    'aria-label',
    /single source/,
  );
});

test('"About the data" opens by keyboard, counts independent sources as the data does, and lives in the URL', async ({
  page,
  watched,
}) => {
  await openApp(page);
  const button = page.getByTestId('about');
  await button.focus();
  await page.keyboard.press('Enter');
  const view = page.getByTestId('about-view');
  await expect(view.getByRole('heading', { name: 'About the data' })).toBeVisible();
  const independent = events.filter((e) => !isSingleSource(e.sources)).length;
  await expect(view.getByTestId('independent-count')).toContainText(
    `${independent} of ${events.length} events`,
  );
  expect(independent / events.length).toBeGreaterThanOrEqual(0.9);
  // The corrections log, newest first, with its last check.
  await expect(view).toContainText('last checked against its sources on 1 December 2026');
  expect(await view.locator('.log li').count()).toBeGreaterThan(20);
  await expect.poll(() => new URL(page.url()).searchParams.get('about')).toBe('1');
  // A link opens it; back closes it.
  await page.reload();
  await expect(page.getByTestId('about-view')).toBeVisible();
  await page.goBack();
  await expect(page.getByTestId('about-view')).toHaveCount(0);
  expect(watched.consoleErrors).toEqual([]);
});
