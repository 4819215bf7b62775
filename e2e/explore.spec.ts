import { test, expect, openApp } from './fixtures';
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseFuzzyDate, type FuzzyDate } from '../src/lib/time/dates';

/** The shipped story's event count, read from the data the page loads. */
const TOTAL = (JSON.parse(readFileSync('public/data/events.json', 'utf8')) as { events: unknown[] })
  .events.length;

const scrubber = (page: Page) => page.getByTestId('scrubber');
const mark = (page: Page, id: string) => page.locator(`[data-event-id="${id}"]`);
const TARTUS = '2017-01-18-tartus-49-year-agreement';
/** The event after Tartus in time, as the data has it today. */
const AFTER_TARTUS = (() => {
  const { events } = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as {
    events: { id: string; start: string }[];
  };
  const from = (e: { start: string }) => (parseFuzzyDate(e.start) as FuzzyDate).start;
  const sorted = [...events].sort((a, b) => from(a) - from(b));
  return sorted[sorted.findIndex((e) => e.id === TARTUS) + 1]!.id;
})();
const BUFFER = '2024-12-08-israel-enters-buffer-zone-hermon';

test('clicking an event selects it: card, highlighted places, marked on the timeline, map brought to it, URL', async ({
  page,
  watched,
}) => {
  await openApp(page);
  const before = await page.evaluate(() => location.search);
  expect(before).toBe('');
  await mark(page, TARTUS).click();
  await expect(mark(page, TARTUS)).toHaveAttribute('data-selected', 'true');
  await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(
    'Russia secures Tartus naval facility for 49 years',
  );
  // Tartus lies far north of the first view: the map brings it in, then it is highlighted.
  await expect(page.locator('[data-place-id="tartus"]')).toHaveAttribute(
    'data-highlighted',
    'true',
  );
  await expect(page.locator('[data-place-id="tartus"]')).toBeInViewport();
  await expect.poll(() => page.evaluate(() => location.search)).toContain(`event=${TARTUS}`);
  // Choosing the event moved the map to its date.
  await expect(scrubber(page)).toHaveAttribute('aria-valuetext', '2017-01-18');
  await expect(page.getByTestId('announcer')).toContainText(
    'Selected event: Russia secures Tartus',
  );
  expect(watched.consoleErrors).toEqual([]);
});

test('keyboard: Enter selects, arrows step to the previous and next event, Escape clears', async ({
  page,
}) => {
  await openApp(page);
  await mark(page, TARTUS).focus();
  await page.keyboard.press('Enter');
  await expect(mark(page, TARTUS)).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('ArrowRight');
  const second = AFTER_TARTUS;
  await expect(mark(page, second)).toHaveAttribute('data-selected', 'true');
  await expect(mark(page, second)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(mark(page, TARTUS)).toHaveAttribute('data-selected', 'true');
  await page.keyboard.press('Escape');
  await expect(page.locator('[data-selected="true"]')).toHaveCount(0);
  await expect(page.getByTestId('panel')).toContainText('Choose an event');
  // The buttons do the same for those who prefer them.
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect(mark(page, TARTUS)).toHaveAttribute('data-selected', 'true');
});

test('a shared link restores the event, date, range and map view; bad values fall back quietly', async ({
  page,
  watched,
}) => {
  await openApp(
    page,
    `./?event=${BUFFER}&t=2025-01-15&from=2024-06-01&to=2025-06-30&view=33.2,35.9,10`,
  );
  await expect(mark(page, BUFFER)).toHaveAttribute('data-selected', 'true');
  await expect(scrubber(page)).toHaveAttribute('aria-valuetext', '2025-01-15');
  await expect(page.getByTestId('event-count')).toContainText(
    new RegExp(`^\\d+ of ${TOTAL} events$`),
  );
  const zoom = await page.evaluate(() => new URLSearchParams(location.search).get('view'));
  expect(zoom).toBe('33.2,35.9,10');
  await expect(page.locator('[data-place-id="mount-hermon"]')).toHaveAttribute(
    'data-highlighted',
    'true',
  );

  await openApp(page, './?event=no-such-event&t=2025-02-30&from=2025-05-01&to=2024-01-01&view=x');
  await expect(page.locator('[data-selected="true"]')).toHaveCount(0);
  await expect(scrubber(page)).toHaveAttribute('aria-valuetext', '2025-12-31');
  await expect(page.getByTestId('event-count')).toHaveText(`${TOTAL} events`);
  expect(watched.consoleErrors).toEqual([]);
});

test('back and forward step through selections', async ({ page }) => {
  await openApp(page);
  await mark(page, TARTUS).click();
  await expect.poll(() => page.evaluate(() => location.search)).toContain(TARTUS);
  await page.getByRole('button', { name: 'Next event' }).click();
  await expect.poll(() => page.evaluate(() => location.search)).toContain(AFTER_TARTUS);
  await page.goBack();
  await expect(mark(page, TARTUS)).toHaveAttribute('data-selected', 'true');
  await page.goBack();
  await expect(page.locator('[data-selected="true"]')).toHaveCount(0);
  await page.goForward();
  await expect(mark(page, TARTUS)).toHaveAttribute('data-selected', 'true');
});

test('clicking a place shows its names, measured facts, excerpts with their paragraph, and its events', async ({
  page,
}) => {
  await openApp(page);
  await page.locator('[data-place-id="beit-jinn"]').click();
  const panel = page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Beit Jinn');
  await expect(panel.locator('[lang="he"]')).toBeVisible();
  await expect(panel.locator('.facts')).toContainText(
    /Distance to the Bravo line\s*[5-8](\.\d)? km/,
  );
  await expect(panel.locator('figcaption').first()).toContainText('paragraph 1');
  await panel.getByRole('button', { name: 'Israeli night raid on Beit Jinn' }).click();
  await expect(mark(page, '2025-06-12-beit-jinn-night-raid')).toHaveAttribute(
    'data-selected',
    'true',
  );

  await page.keyboard.press('Escape');
  await expect(panel).toContainText('Choose an event');
  await page.locator('[data-place-id="undof-area-of-separation"]').focus();
  await page.keyboard.press('Enter');
  await expect(panel.locator('.facts')).toContainText(/Area\s*about 2\d\d km²/);
});

test('scrubbing moves the map through time: posts and zones appear and disappear on their dates', async ({
  page,
}) => {
  await openApp(page);
  const handle = scrubber(page);
  await expect(handle).toHaveAttribute('role', 'slider');
  await expect(handle).toHaveAttribute('aria-valuetext', '2025-12-31');
  await expect(page.locator('[data-place-id="israeli-zone-2024"]')).toHaveCount(1);
  await expect(page.locator('[data-place-id^="ru-post-"]')).toHaveCount(0);

  // Drag the playhead back to about mid-2020.
  const box = (await handle.boundingBox())!;
  const axis = page.getByTestId('timeline').locator('.axis .tick').filter({ hasText: '2020' });
  const target = (await axis.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + 60, box.y + box.height / 2, { steps: 12 });
  await page.mouse.up();
  await expect(handle).toHaveAttribute('aria-valuetext', /^2020-/);
  await expect(page.locator('[data-place-id="israeli-zone-2024"]')).toHaveCount(0);
  expect(await page.locator('[data-place-id^="ru-post-"]').count()).toBeGreaterThan(0);
  await expect(page.getByTestId('timeline')).toContainText(/Map date: \d+ \w+ 2020/);

  // Keyboard: a day with the arrows, a month with Shift.
  await openApp(page, './?t=2024-12-08');
  await handle.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(handle).toHaveAttribute('aria-valuetext', '2024-12-07');
  await expect(page.locator('[data-place-id="israeli-zone-2024"]')).toHaveCount(0);
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('[data-place-id="israeli-zone-2024"]')).toHaveCount(1);
  await page.keyboard.press('Shift+ArrowRight');
  await expect(handle).toHaveAttribute('aria-valuetext', '2025-01-08');
  // Events after the map's date fade.
  await expect(mark(page, '2025-11-17-russian-delegation-tour')).toHaveClass(/future/);
  await expect(mark(page, TARTUS)).not.toHaveClass(/future/);
});

test('brushing a range filters the lists and the count, and goes into the URL', async ({
  page,
}) => {
  await openApp(page);
  const band = page.getByTestId('timeline').locator('.brush .overlay');
  const b = (await band.boundingBox())!;
  const t2024 = (await page.locator('.axis .tick').filter({ hasText: '2024' }).boundingBox())!;
  const t2025 = (await page.locator('.axis .tick').filter({ hasText: '2025' }).boundingBox())!;
  await page.mouse.move(t2024.x + t2024.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(t2025.x + t2025.width / 2, b.y + b.height / 2, { steps: 8 });
  await page.mouse.up();
  const count = page.getByTestId('event-count');
  await expect(count).toHaveText(new RegExp(`^\\d+ of ${TOTAL} events$`));
  const shown = Number((await count.textContent())!.split(' ')[0]);
  expect(shown).toBeGreaterThan(5);
  expect(shown).toBeLessThan(TOTAL / 2);
  await expect(page.locator('[data-list-event-id]')).toHaveCount(shown);
  await expect(page.locator('[data-event-id]')).toHaveCount(shown);
  await expect
    .poll(() => page.evaluate(() => location.search))
    .toMatch(/from=202(3-12|4-0[1-2])-\d\d&to=202[45]-/);
  await page.getByRole('button', { name: 'Clear range' }).click();
  await expect(count).toHaveText(`${TOTAL} events`);
});

test('Play advances the playhead and Pause stops it', async ({ page }) => {
  await openApp(page, './?t=2017-01-01');
  await page.getByLabel('Speed').selectOption('365');
  const play = page.getByTestId('play');
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect(scrubber(page)).not.toHaveAttribute('aria-valuetext', '2017-01-01');
  await expect
    .poll(async () => (await scrubber(page).getAttribute('aria-valuetext'))! > '2017-06-01')
    .toBe(true);
  // The address follows the date while it plays, a few times a second, not only after Pause.
  await expect
    .poll(() => new URL(page.url()).searchParams.get('t') ?? '', { timeout: 3000 })
    .toMatch(/^2017-(0[6-9]|1[0-2])|^20(1[89]|2)/);
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  const stopped = await scrubber(page).getAttribute('aria-valuetext');
  await page.waitForTimeout(300);
  await expect(scrubber(page)).toHaveAttribute('aria-valuetext', stopped!);
});

test('the timeline zooms from the whole period down to months and days', async ({ page }) => {
  await openApp(page);
  const ticks = page.getByTestId('timeline').locator('.axis .tick text');
  await expect(ticks.first()).toHaveText('2017');
  const chart = page.getByTestId('timeline').locator('.zoom-surface');
  const box = (await chart.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.9, box.y + box.height / 2);
  for (let i = 0; i < 12; i++) await page.mouse.wheel(0, -400);
  await expect
    .poll(async () => (await ticks.allTextContents()).some((t) => /^[A-Z][a-z]{2}/.test(t)))
    .toBe(true);
  await page.getByRole('button', { name: 'Whole period' }).click();
  await expect(ticks.first()).toHaveText('2017');
  for (let i = 0; i < 10; i++)
    await page.getByRole('button', { name: 'Zoom the timeline in' }).click();
  // Down to single days: day-of-month ticks such as "Dec 08" or plain day numbers.
  await expect
    .poll(async () =>
      (await ticks.allTextContents()).some((t) => /\d{2}$/.test(t) && !/^\d{4}$/.test(t)),
    )
    .toBe(true);
});

const DAY = 86_400_000;
const rangeOf = (url: string) => {
  const q = new URL(url).searchParams;
  return [Date.parse(`${q.get('from')}T00:00:00Z`), Date.parse(`${q.get('to')}T00:00:00Z`)];
};

test('a drag across the band before d3-brush has arrived still makes the range', async ({
  page,
}) => {
  // Hold d3-brush's chunk back, as a slow connection or a busy page would, until after the drag.
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route('**/assets/d3-brush-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('./');
  await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible();
  await expect(page.locator('[data-brush="loading"]')).toBeAttached();
  const b = (await page.getByTestId('timeline').locator('.brush .overlay').boundingBox())!;
  const t2024 = (await page.locator('.axis .tick').filter({ hasText: '2024' }).boundingBox())!;
  const t2025 = (await page.locator('.axis .tick').filter({ hasText: '2025' }).boundingBox())!;
  await page.mouse.move(t2024.x + t2024.width / 2, b.y + b.height / 2);
  await page.mouse.down();
  await page.mouse.move(t2025.x + t2025.width / 2, b.y + b.height / 2, { steps: 8 });
  // The drag in progress is drawn by the plain band.
  await expect(page.locator('.brush .selection')).toBeVisible();
  await page.mouse.up();
  await expect(page.locator('[data-brush="loading"]')).toBeAttached();
  const count = page.getByTestId('event-count');
  await expect(count).toHaveText(new RegExp(`^\\d+ of ${TOTAL} events$`));
  const shown = Number((await count.textContent())!.split(' ')[0]);
  // When d3-brush arrives it takes over the same range.
  release();
  await expect(page.locator('[data-brush="ready"]')).toBeAttached();
  await expect(count).toHaveText(`${shown} of ${TOTAL} events`);
  const sel = (await page.locator('.brush .selection').boundingBox())!;
  expect(Math.abs(sel.x - (t2024.x + t2024.width / 2))).toBeLessThan(3);
  expect(Math.abs(sel.x + sel.width - (t2025.x + t2025.width / 2))).toBeLessThan(3);
});

test('a brushed range can be moved by its middle and resized by its edges (d3-brush)', async ({
  page,
}) => {
  await openApp(page);
  const band = (await page.getByTestId('timeline').locator('.brush .overlay').boundingBox())!;
  const y = band.y + band.height / 2;
  const x0 = band.x + band.width * 0.3;
  await page.mouse.move(x0, y);
  await page.mouse.down();
  await page.mouse.move(x0 + 150, y, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).not.toBeNull();
  const [from, to] = rangeOf(page.url());
  // Move: drag the selection from its middle 100 px later; its length stays.
  const sel = (await page.locator('.brush .selection').boundingBox())!;
  await page.mouse.move(sel.x + sel.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(sel.x + sel.width / 2 + 100, y, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => rangeOf(page.url())[0]).toBeGreaterThan(from! + 30 * DAY);
  const [movedFrom, movedTo] = rangeOf(page.url());
  expect(Math.abs(movedTo! - movedFrom! - (to! - from!))).toBeLessThanOrEqual(2 * DAY);
  // Resize: drag the right edge 60 px further; the start stays.
  const moved = (await page.locator('.brush .selection').boundingBox())!;
  await page.mouse.move(moved.x + moved.width, y);
  await page.mouse.down();
  await page.mouse.move(moved.x + moved.width + 60, y, { steps: 6 });
  await page.mouse.up();
  await expect.poll(() => rangeOf(page.url())[1]).toBeGreaterThan(movedTo! + 30 * DAY);
  expect(Math.abs(rangeOf(page.url())[0]! - movedFrom!)).toBeLessThanOrEqual(DAY);
  // A click on the band outside the selection clears it.
  await page.mouse.click(band.x + 5, y);
  await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBeNull();
});

test.describe('on a touch screen', () => {
  test.use({ hasTouch: true });

  test('two fingers pinch the timeline: it zooms in and pans with them (d3-zoom)', async ({
    page,
  }) => {
    await openApp(page);
    const ticks = page.getByTestId('timeline').locator('.axis .tick text');
    await expect(ticks.first()).toHaveText('2017');
    const box = (await page.getByTestId('timeline').locator('.zoom-surface').boundingBox())!;
    const y = box.y + box.height / 2;
    const mid = box.x + box.width / 2;
    const cdp = await page.context().newCDPSession(page);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: number[]) =>
      cdp.send('Input.dispatchTouchEvent', {
        type,
        touchPoints: points.map((x, id) => ({ x, y, id })),
      });
    await touch('touchStart', [mid - 20, mid + 20]);
    for (let i = 1; i <= 10; i++) await touch('touchMove', [mid - 20 - i * 25, mid + 20 + i * 25]);
    // Both fingers move right together: the window pans back in time.
    const before = await ticks.allTextContents();
    for (let i = 1; i <= 5; i++) await touch('touchMove', [mid - 270 + i * 30, mid + 270 + i * 30]);
    await touch('touchEnd', []);
    const after = await ticks.allTextContents();
    // Zoomed in: the ticks are no longer the nine years from 2017.
    expect(after[0]).not.toBe('2017');
    expect(after.length).toBeGreaterThan(1);
    expect(after).not.toEqual(before);
  });
});

test('pointing at an excerpt in the article lights up its places and events', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: /Read the article/ }).click();
  const excerpt = page.locator('[data-excerpt-id="x-p1-beit-jinn-former-post"]');
  await excerpt.hover();
  await expect(page.locator('[data-place-id="beit-jinn"]')).toHaveAttribute(
    'data-highlighted',
    'true',
  );
  await expect(mark(page, '2025-11-17-russian-delegation-tour')).toHaveClass(/pointed/);
  await page.mouse.move(0, 0);
  await expect(page.locator('[data-place-id="beit-jinn"]')).not.toHaveAttribute(
    'data-highlighted',
    'true',
  );
  await excerpt.focus();
  await expect(page.locator('[data-place-id="beit-jinn"]')).toHaveAttribute(
    'data-highlighted',
    'true',
  );
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('map on top, full-width timeline usable by touch, panel as a bottom sheet, nothing overflows', async ({
    page,
    watched,
  }) => {
    await openApp(page);
    // A first visit opens the sheet on the invitation; "Explore freely" folds it, for good.
    await expect(page.getByTestId('story-start')).toBeVisible();
    await page.getByRole('button', { name: 'Explore freely' }).tap();
    await expect(page.getByTestId('story-start')).not.toBeInViewport();
    await page.reload();
    await expect(page.getByTestId('timeline').locator('[data-event-id]').first()).toBeVisible();
    await expect(page.getByTestId('story-start')).not.toBeInViewport();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const map = (await page.getByTestId('map').boundingBox())!;
    const timeline = (await page.getByTestId('timeline').boundingBox())!;
    expect(map.y).toBeLessThan(timeline.y);
    expect(timeline.width).toBeGreaterThan(380);
    await mark(page, TARTUS).scrollIntoViewIfNeeded();
    await mark(page, TARTUS).tap();
    await expect(mark(page, TARTUS)).toHaveAttribute('data-selected', 'true');
    const panel = page.getByTestId('panel');
    await expect(panel.getByRole('heading', { level: 2 })).toBeInViewport();
    await panel.getByRole('button', { name: /Hide details/ }).tap();
    await expect(panel.getByRole('heading', { level: 2 })).not.toBeInViewport();
    expect(watched.consoleErrors).toEqual([]);
  });
});

test('the print stylesheet prints the map and the selected event with its sources', async ({
  page,
}) => {
  await openApp(page, `./?event=${BUFFER}`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('timeline')).toBeHidden();
  await expect(page.getByTestId('map')).toBeVisible();
  const panel = page.getByTestId('panel');
  await expect(panel.getByRole('heading', { level: 2 })).toBeVisible();
  const after = await panel
    .locator('.sources a')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('https://');
});
