/**
 * Timeline labels measured as the browser draws them (not by the layout's own width estimate):
 * on the real chronology, at several widths and zooms, no label overlaps another, covers a mark
 * in its lane, or runs past the chart.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import placesText from '../../public/data/places.geojson?raw';
import events from '../../public/data/events.json';
import article from '../../public/data/article.json';
import { StoryState } from '../../src/lib/state/story.svelte';
import { validateStory } from '../../src/lib/data/validate';
import { buildIndex } from '../../src/lib/data/indexes';
import WithStory from './WithStory.svelte';
import Timeline from '../../src/components/timeline/Timeline.svelte';

function realStory(): StoryState {
  const v = validateStory({ places: JSON.parse(placesText), events, article });
  const story = new StoryState();
  story.accept({
    index: buildIndex(v.places, v.events, v.article),
    basemap: v.basemap,
    problems: [],
  });
  return story;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
type Box = { left: number; right: number; top: number; bottom: number; what: string };
const overlap = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function boxes(root: Element, selector: string, what: (el: Element) => string): Box[] {
  return [...root.querySelectorAll(selector)].map((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom, what: what(el) };
  });
}

describe('timeline labels, as rendered', () => {
  for (const width of [1280, 760, 520]) {
    it(`never overlap each other or a mark, at ${width} px and zoomed in`, async () => {
      document.body.style.width = `${width}px`;
      const story = realStory();
      // Zooming keeps the playhead in place: put it in a sparse year, where titles fit.
      story.time.set(Date.UTC(2019, 5, 1));
      const screen = await render(WithStory, { story, component: Timeline });
      const root = screen.container;
      const zoomIn = root.querySelector<HTMLButtonElement>(
        'button[aria-label="Zoom the timeline in"]',
      )!;
      expect(zoomIn).toBeTruthy();
      let checked = 0;
      for (let step = 0; step < 6; step++) {
        await frame();
        const chart = root.querySelector('.chart svg')!.getBoundingClientRect();
        const labels = boxes(root, 'text.label', (el) => `label "${el.textContent?.trim()}"`);
        const marks = boxes(
          root,
          '.mark .shape',
          (el) => `mark ${el.closest('[data-event-id]')?.getAttribute('data-event-id')}`,
        );
        for (const [i, a] of labels.entries()) {
          expect(a.right, `${a.what} runs past the chart`).toBeLessThanOrEqual(chart.right + 0.5);
          for (const b of labels.slice(i + 1))
            expect(overlap(a, b), `${a.what} / ${b.what}`).toBe(false);
          // A mark outside the visible window is clipped away: only marks in view count.
          for (const m of marks)
            if (m.right > chart.left && m.left < chart.right)
              expect(overlap(a, m), `${a.what} / ${m.what}`).toBe(false);
        }
        checked += labels.length;
        zoomIn.click();
      }
      expect(checked, 'labels drawn and checked').toBeGreaterThan(0);
      document.body.style.width = '';
    });
  }
});
