import { describe, expect, it } from 'vitest';
import { render } from 'vitest-browser-svelte';
import { userEvent } from 'vitest/browser';
import WithStory from './WithStory.svelte';
import Timeline from '../../src/components/timeline/Timeline.svelte';
import { fixtureStory } from './story-fixture';

describe('Timeline (real DOM)', () => {
  it('draws a year axis for 2017–2025 and one mark per event', async () => {
    const story = fixtureStory();
    const screen = await render(WithStory, { story, component: Timeline });
    const el = screen.container;
    const ticks = [...el.querySelectorAll('.axis .tick text')].map((t) => t.textContent);
    // Year ticks across 2017–2026 (every year or every other, by the width available).
    expect(ticks.length).toBeGreaterThanOrEqual(4);
    for (const t of ticks) expect(t).toMatch(/^20(1[7-9]|2[0-6])$/);
    expect(Number(ticks.at(-1)) - Number(ticks[0])).toBeGreaterThanOrEqual(8);
    const marks = [...el.querySelectorAll('[data-event-id]')].map((m) =>
      m.getAttribute('data-event-id'),
    );
    expect(marks).toEqual(['2017-07-07-ceasefire', '2024-12-rumour', '2025-11-17-tour']);
    // The month-precision event is drawn as a soft bar, not a dot on a false exact day.
    expect(
      el.querySelector('[data-event-id="2024-12-rumour"]')?.classList.contains('uncertain'),
    ).toBe(true);
    // A dot is a shape as wide as it is rounded; the month's bar is wider than its corners.
    const shape = (id: string) => el.querySelector(`[data-event-id="${id}"] .shape`)!;
    const round = (id: string) => {
      const [rx, w, h] = ['rx', 'width', 'height'].map((a) => Number(shape(id).getAttribute(a)));
      return w === h && rx! * 2 === w;
    };
    expect(round('2024-12-rumour')).toBe(false);
    expect(round('2025-11-17-tour')).toBe(true);
  });

  it('gives each mark an accessible name with its title and date', async () => {
    const screen = await render(WithStory, { story: fixtureStory(), component: Timeline });
    await expect
      .element(screen.getByRole('button', { name: 'An event known to the month, December 2024' }))
      .toBeVisible();
    await expect
      .element(screen.getByRole('button', { name: 'Ceasefire announced, 7–9 July 2017' }))
      .toBeVisible();
  });

  it('selects an event by click and by keyboard', async () => {
    const story = fixtureStory();
    const screen = await render(WithStory, { story, component: Timeline });
    await screen.getByRole('button', { name: /^A tour/ }).click();
    expect(story.selectedEventId).toBe('2025-11-17-tour');
    await expect
      .element(screen.getByRole('button', { name: /^A tour/ }))
      .toHaveAttribute('data-selected', 'true');

    (
      screen.container.querySelector('[data-event-id="2017-07-07-ceasefire"]') as SVGElement
    ).focus();
    await userEvent.keyboard('{Enter}');
    expect(story.selectedEventId).toBe('2017-07-07-ceasefire');
  });
});

describe('the range date boxes', () => {
  it('keep the last day typed: "to 2024-12-31" includes 31 December (bug: it was dropped)', async () => {
    const story = fixtureStory();
    const screen = await render(WithStory, { story, component: Timeline });
    const [from, to] = [...screen.container.querySelectorAll<HTMLInputElement>('input[type=date]')];
    const type = async (box: HTMLInputElement, value: string) => {
      box.value = value;
      box.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
    };
    await type(from!, '2024-12-01');
    await type(to!, '2024-12-31');
    expect(new Date(story.time.range!.from).toISOString().slice(0, 10)).toBe('2024-12-01');
    expect(new Date(story.time.range!.to).toISOString().slice(0, 10)).toBe('2025-01-01');
    expect(to!.value).toBe('2024-12-31');
    // The month-precision event of December 2024 lies inside; the 2025 tour does not.
    expect(story.visibleEvents.map((e) => e.id)).toEqual(['2024-12-rumour']);
    // Typing the first box again keeps the last day as it was.
    await type(from!, '2024-06-01');
    expect(to!.value).toBe('2024-12-31');
  });
});
