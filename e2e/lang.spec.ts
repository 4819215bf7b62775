/**
 * The three languages in Chromium: the switch, the `lang` parameter with back and forward, the
 * page mirrored right to left, the data's own text in the language (marked as a translation, or
 * in English where there is none), the browser's language as the default, and the choice kept.
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, openApp } from './fixtures';
import { readJson } from '../tests/data-index';

const ar = readJson('translations/ar.json') as { events: Record<string, { title: string }> };
const he = readJson('translations/he.json') as { events: Record<string, { title: string }> };
const EVENT = '2017-07-07-southwest-ceasefire';

test('the switch turns the page to Arabic, right to left; back returns to English', async ({
  page,
  watched,
}) => {
  await openApp(page, `./?event=${EVENT}`);
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await page.getByTestId('lang-switch').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page).toHaveURL(/[?&]lang=ar(&|$)/);
  await expect(page.getByTestId('about')).toHaveText('عن البيانات');
  // The event's own title in Arabic, marked as a translation, in its language.
  const title = page.locator('#event-title');
  await expect(title).toHaveText(ar.events[EVENT]!.title);
  await expect(title).toHaveAttribute('lang', 'ar');
  await expect(page.getByTestId('panel')).toContainText('مترجم عن الإنكليزية');
  // What the sources disagree on, translated too.
  await expect(page.locator('[data-testid="panel"] .disputed span')).toHaveAttribute('lang', 'ar');
  // The map names its places in Arabic, and the axis writes its years and months in it.
  await expect(page.locator('[data-testid="map"] [data-place-id="beit-jinn"]')).toHaveAttribute(
    'aria-label',
    /^بيت جن \(/,
  );
  // Mirrored: the panel, at the map's right in English, is now at its left.
  const panel = (await page.getByTestId('panel').boundingBox())!;
  const map = (await page.getByTestId('map').boundingBox())!;
  expect(panel.x).toBeLessThan(map.x);
  await page.goBack();
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(page.getByTestId('about')).toHaveText('About the data');
  await expect(page.locator('#event-title')).not.toHaveText(ar.events[EVENT]!.title);
  expect(watched.consoleErrors).toEqual([]);
  expect(watched.offOrigin).toEqual([]);
});

test('a link with lang=he opens in Hebrew, and the choice is kept for the next visit', async ({
  page,
}) => {
  await openApp(page, `./?lang=he&event=${EVENT}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'he');
  await expect(page.locator('#event-title')).toHaveText(he.events[EVENT]!.title);
  await expect(page.getByTestId('lang-switch')).toHaveValue('he');
  await page.getByTestId('lang-switch').selectOption('ar');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await openApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page).toHaveURL(/[?&]lang=ar(&|$)/);
});

test('the article stays in its original English, and says so in the reader’s language', async ({
  page,
}) => {
  await openApp(page, './?lang=he');
  await page.locator('[data-testid="panel"] button.article').click();
  await expect(page.getByTestId('panel')).toContainText('הכתבה מובאת בשפת המקור שלה, אנגלית');
  const paragraph = page.locator('.article p[lang="en"]').first();
  await expect(paragraph).toHaveAttribute('dir', 'ltr');
  await expect(paragraph).toContainText(/[A-Za-z]{4}/);
});

test('story mode in Arabic: the step’s title translated, its passages quoted in English', async ({
  page,
}) => {
  await openApp(page, './?lang=ar&step=1');
  const step = page.getByTestId('story-step');
  await expect(step.locator('h2')).toHaveText('وفد روسي يجول في القنيطرة، 17 تشرين الثاني 2025');
  await expect(step.locator('blockquote').first()).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('story-next')).toContainText('التالي');
});

test.describe('a browser that prefers Arabic', () => {
  test.use({ locale: 'ar-SY' });
  test('opens in Arabic without a lang in the link, with no serious axe violations', async ({
    page,
  }) => {
    // axe over the whole page takes half a minute on a loaded machine.
    test.setTimeout(120_000);
    await openApp(page);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByTestId('lang-switch')).toHaveValue('ar');
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa'])
      .exclude('.leaflet-container')
      .analyze();
    expect(
      results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    ).toEqual([]);
  });
});
