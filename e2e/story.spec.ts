/**
 * Story mode, walked end to end in Chromium: by button, by key, by scrolling the text column
 * (desktop) and by tapping and swiping the step card (phone). At each step the map's highlighted
 * places and the timeline's highlighted marks are the step's own, the date is the step's, and
 * time-bound places that did not exist that day are not drawn.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, openApp } from './fixtures';
import { indexOf, readJson } from '../tests/data-index';
import { buildSteps, type Step } from '../src/lib/story/steps';
import { validateSteps } from '../src/lib/data/validate/steps';
import { formatDay } from '../src/lib/time/days';
import { MAP_LAYERS, layerOf } from '../src/lib/geo/layers';

const index = indexOf();
const specs = validateSteps(readJson('story.json'), {
  excerpts: new Set(index.excerptsById.keys()),
  places: new Set(index.placesById.keys()),
});
const STEPS: Step[] = buildSteps(index, specs);
const hiddenLayers = new Set(MAP_LAYERS.filter((l) => !l.visible).map((l) => l.id));
/** The step's places the map can show with the default layer switches. */
const drawn = (s: Step) =>
  s.places.filter((id) => !hiddenLayers.has(layerOf(index.placesById.get(id)!.properties))).sort();

async function expectStep(page: Page, s: Step) {
  const step = page.getByTestId('story-step');
  await expect(step).toHaveAttribute('data-step', String(s.number));
  await expect(page.getByTestId('panel')).toContainText(`${s.number} of ${STEPS.length}`);
  await expect(page.getByTestId('scrubber')).toHaveAttribute('aria-valuetext', formatDay(s.day));
  await expect
    .poll(() =>
      page
        .locator('[data-testid="map"] [data-highlighted="true"]')
        .evaluateAll((els) =>
          [...new Set(els.map((e) => e.getAttribute('data-place-id')!))].sort(),
        ),
    )
    .toEqual(drawn(s));
  // Polled: the timeline's window glides to the step's events, which come into it on the way.
  await expect
    .poll(() =>
      page
        .locator('[data-testid="timeline"] [data-event-id][data-highlighted="true"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-event-id')!).sort()),
    )
    .toEqual(s.events.map((l) => l.id).sort());
  for (const id of s.absentPlaces)
    await expect(page.locator(`[data-place-id="${id}"]`)).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`[?&]step=${s.number}(&|$)`));
}

test('the whole story by the Next button, each step matching its data; then Previous', async ({
  page,
  watched,
}) => {
  test.setTimeout(120_000);
  await openApp(page);
  await page.getByTestId('story-start').click();
  for (const s of STEPS) {
    await expectStep(page, s);
    if (s.number < STEPS.length) await page.getByTestId('story-next').click();
  }
  await expect(page.getByTestId('story-next')).toBeDisabled();
  await page.getByTestId('story-prev').click();
  await expectStep(page, STEPS.at(-2)!);
  // The polite region says what the map now shows.
  await expect(page.getByTestId('announcer')).toContainText(STEPS.at(-2)!.summary);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.offOrigin).toEqual([]);
});

test('with reduced motion a step jumps: its events are in the window at once, nothing transitions', async ({
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openApp(page);
  await page.getByTestId('story-start').click();
  await expectStep(page, STEPS[0]!);
  // Taken before the next frame: a glide would still be on its way, and a transition running.
  const next = STEPS[1]!;
  const seen = await page.evaluate(async () => {
    (document.querySelector('[data-testid="story-next"]') as HTMLElement).click();
    for (let i = 0; i < 10; i++) await new Promise<void>((r) => queueMicrotask(r));
    document.querySelector('[data-testid="timeline"]')!.getBoundingClientRect();
    return {
      transitions: document.getAnimations().length,
      marks: [
        ...document.querySelectorAll('[data-testid="timeline"] [data-highlighted="true"]'),
      ].map((e) => e.getAttribute('data-event-id')),
    };
  });
  expect(seen.transitions).toBe(0);
  expect(seen.marks.sort()).toEqual(next.events.map((l) => l.id).sort());
  await expectStep(page, next);
});

test('keys step through the story while it has focus, without taking the scrubber’s', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('story-start').click();
  await expect(page.getByTestId('story-step')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expectStep(page, STEPS[1]!);
  await page.keyboard.press('j');
  await expectStep(page, STEPS[2]!);
  await page.keyboard.press('k');
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, STEPS[0]!);
  // The scrubber keeps its arrow keys: a day, and the story stays on its step.
  await page.getByTestId('scrubber').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('scrubber')).toHaveAttribute(
    'aria-valuetext',
    formatDay(STEPS[0]!.day + 86_400_000),
  );
  await expect(page.getByTestId('story-step')).toHaveAttribute('data-step', '1');
  // Escape leaves story mode where the reader is.
  await page.getByTestId('story-step').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('story-step')).toHaveCount(0);
  await expect(page).not.toHaveURL(/step=/);
  // The keyboard is not lost: it lands on the way back into the story.
  await expect(page.getByTestId('story-start')).toBeFocused();
});

test('scrolling the text column steps through the story, map and timeline held in place', async ({
  page,
}) => {
  await openApp(page);
  await page.getByTestId('story-start').click();
  await expectStep(page, STEPS[0]!);
  const map = await page.getByTestId('map').boundingBox();
  for (const s of STEPS.slice(1, 4)) {
    await page.locator(`[data-step="${s.number}"]`).evaluate((el) => {
      const panel = el.closest('.panel')!;
      panel.scrollTo({ top: (el as HTMLElement).offsetTop - 60, behavior: 'instant' });
    });
    await expectStep(page, s);
  }
  expect(await page.getByTestId('map').boundingBox()).toEqual(map);
});

test('a step link restores the step; back and forward move between steps', async ({ page }) => {
  await openApp(page, './?step=4');
  await expectStep(page, STEPS[3]!);
  await page.getByTestId('story-next').click();
  await expectStep(page, STEPS[4]!);
  await page.getByTestId('story-next').click();
  await expectStep(page, STEPS[5]!);
  await page.goBack();
  await expectStep(page, STEPS[4]!);
  await page.goBack();
  await expectStep(page, STEPS[3]!);
  await page.goForward();
  await expectStep(page, STEPS[4]!);
});

test('choosing an event in a step shows its card, and the way back to the step', async ({
  page,
}) => {
  await openApp(page, './?step=5');
  await expectStep(page, STEPS[4]!);
  const first = STEPS[4]!.events[0]!.id;
  await page
    .getByTestId('story-step')
    .getByRole('button', { name: index.eventsById.get(first)!.title })
    .click();
  await expect(page.getByTestId('panel').getByRole('heading', { level: 2 })).toHaveText(
    index.eventsById.get(first)!.title,
  );
  await page.getByRole('button', { name: 'Back to the story (step 5)' }).click();
  await expect(page.getByTestId('story-step')).toHaveAttribute('data-step', '5');
});

test('story mode has no serious accessibility violations (axe)', async ({ page }) => {
  test.setTimeout(120_000);
  await openApp(page, './?step=2');
  await expect(page.getByTestId('story-step')).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((x) => x.impact === 'serious' || x.impact === 'critical')
    .map((x) => `${x.id}: ${x.nodes.length} node(s) — ${x.help}`);
  expect(serious).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('the step card is tapped and swiped through, and covers at most 40% of the screen', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByTestId('story-start').tap();
    await expectStep(page, STEPS[0]!);
    const panel = (await page.getByTestId('panel').boundingBox())!;
    expect(panel.height).toBeLessThanOrEqual(844 * 0.41);
    await expect(page.locator('[data-step]')).toHaveCount(1);
    await page.getByTestId('story-next').tap();
    await expectStep(page, STEPS[1]!);
    // A swipe to the left is the next step, to the right the previous.
    const card = (await page.getByTestId('story-step').boundingBox())!;
    const swipe = async (from: number, to: number) => {
      const y = card.y + 20;
      await page
        .getByTestId('story-step')
        .dispatchEvent('pointerdown', { clientX: from, clientY: y });
      await page.getByTestId('story-step').dispatchEvent('pointerup', { clientX: to, clientY: y });
    };
    await swipe(card.x + card.width - 20, card.x + 20);
    await expectStep(page, STEPS[2]!);
    await swipe(card.x + 20, card.x + card.width - 20);
    await expectStep(page, STEPS[1]!);
  });
});
