// `npm run screenshot`: builds the app, serves it, and saves docs/screenshot.png for the README,
// with one event selected so the picture shows map, timeline and panel working together,
// docs/story.png, a step of story mode, and docs/filters.png, filters with a search under way.
import { execSync, spawn } from 'node:child_process';
import { chromium } from 'playwright';
import { chromiumLaunchOptions } from './chromium.mjs';

const PORT = 4175;
execSync('npx vite build', { stdio: 'inherit' });
// Its own process group: npx starts vite as a child, and both must stop at the end.
const server = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], {
  stdio: 'ignore',
  detached: true,
});
try {
  const url = `http://localhost:${PORT}/`;
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'UTC' });
  // A shared link selects the event: the picture shows what a reader of that link sees.
  await page.goto(`${url}?event=2024-12-08-israel-enters-buffer-zone-hermon&t=2024-12-08`);
  await page.getByTestId('panel').getByRole('heading', { level: 2 }).waitFor();
  await page.waitForTimeout(1500); // the map's flight to the event's places
  await page.screenshot({ path: 'docs/screenshot.png' });
  // Story mode at the step on the 2017 arrangements.
  await page.goto(`${url}?step=5`);
  await page.getByTestId('story-step').waitFor();
  await page.waitForTimeout(1500);
  await page.screenshot({ path: 'docs/story.png' });
  // Israel's strikes and raids within the Area of Separation, with the filters' form open and a
  // search typed.
  await page.goto(`${url}?category=strike,raid&actor=israel&in=undof-area-of-separation`);
  await page.getByTestId('filters-toggle').click();
  await page.getByTestId('filters').waitFor();
  await page.getByTestId('search').fill('Beit Jin');
  await page.getByTestId('search-results').locator('[role="option"]').first().waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: 'docs/filters.png' });
  await browser.close();
  console.log('wrote docs/screenshot.png, docs/story.png and docs/filters.png');
} finally {
  process.kill(-server.pid, 'SIGTERM');
}
