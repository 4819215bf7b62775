import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { StoryState } from '../src/lib/state/story.svelte';
import { TimeState } from '../src/lib/state/time.svelte';
import { validateStory } from '../src/lib/data/validate';
import { buildIndex } from '../src/lib/data/indexes';
import { decodeUrl, encodeUrl } from '../src/lib/state/url';
import { formatDay as isoDay } from '../src/lib/time/days';
import type { Reader } from '../src/lib/data/load';

const read = (f: string) => JSON.parse(readFileSync(`tests/fixtures/good/${f}`, 'utf8')) as unknown;
/** The good fixture as a ready StoryState; files read later (About, story.json) come from `reader`. */
function story(search = '', reader?: Reader): StoryState {
  const v = validateStory({
    places: read('places.geojson'),
    events: read('events.json'),
    article: read('article.json'),
  });
  const s = new StoryState();
  s.accept(
    { index: buildIndex(v.places, v.events, v.article), basemap: v.basemap, problems: [] },
    decodeUrl(search),
    reader,
  );
  return s;
}
const day = (d: string) => Date.parse(`${d}T00:00:00Z`);

describe('StoryState', () => {
  it('starts on the story’s last day with nothing selected', () => {
    const s = story();
    expect(isoDay(s.time.day)).toBe('2025-12-31');
    expect(s.selectedEventId).toBeNull();
    expect(s.visibleEvents).toHaveLength(3);
  });

  it('choosing an event highlights its places and moves the date to it; a place replaces it', () => {
    const s = story();
    s.selectEvent('2024-12-rumour');
    expect([...s.highlightedPlaceIds]).toEqual(['beit-jinn', 'test-line']);
    expect(isoDay(s.time.day)).toBe('2024-12-01');
    s.selectPlace('test-zone');
    expect(s.selectedEventId).toBeNull();
    expect([...s.highlightedPlaceIds]).toEqual(['test-zone']);
    s.selectEvent('no-such-event');
    expect(s.selectedEventId).toBeNull();
  });

  it('pointing at an excerpt previews its places and events over the selection', () => {
    const s = story();
    s.selectEvent('2017-07-07-ceasefire');
    s.setPreviewExcerpt('x-two');
    expect([...s.highlightedPlaceIds]).toEqual(['beit-jinn']);
    expect([...s.highlightedEventIds]).toEqual(['2025-11-17-tour', '2024-12-rumour']);
    s.setPreviewExcerpt(null);
    expect([...s.highlightedPlaceIds]).toEqual(['test-zone']);
  });

  it('steps the date by days and months, clamped to 2017–2025', () => {
    const s = story('?t=2025-12-30');
    s.time.step(1, 'day');
    expect(isoDay(s.time.day)).toBe('2025-12-31');
    s.time.step(1, 'day');
    expect(isoDay(s.time.day)).toBe('2025-12-31');
    s.time.step(-1, 'month');
    expect(isoDay(s.time.day)).toBe('2025-11-30');
    s.time.set(day('2010-01-01'));
    expect(isoDay(s.time.day)).toBe('2017-01-01');
  });

  it('filters the events to a brushed range, snapped to whole days', () => {
    const s = story();
    s.time.setRange({ from: day('2024-01-01') + 3600_000, to: day('2024-12-31') + 7200_000 });
    expect(isoDay(s.time.range!.from)).toBe('2024-01-01');
    expect(isoDay(s.time.range!.to)).toBe('2025-01-01');
    expect(s.visibleEvents.map((e) => e.id)).toEqual(['2024-12-rumour']);
    s.time.setRange(null);
    expect(s.visibleEvents).toHaveLength(3);
  });

  it('steps to the previous and next event within the range', () => {
    const s = story();
    s.selectNeighbour(1);
    expect(s.selectedEventId).toBe('2017-07-07-ceasefire');
    s.selectNeighbour(1);
    expect(s.selectedEventId).toBe('2024-12-rumour');
    s.selectNeighbour(-1);
    expect(s.selectedEventId).toBe('2017-07-07-ceasefire');
  });

  it('round-trips its state through the URL, keeping the link’s own date', () => {
    const search =
      '?event=2024-12-rumour&t=2025-03-01&from=2024-01-01&to=2025-06-30&view=33.1,35.85,9';
    const s = story(search);
    expect(s.selectedEventId).toBe('2024-12-rumour');
    expect(isoDay(s.time.day)).toBe('2025-03-01');
    expect(encodeUrl(s.toUrl())).toBe(search);
    // What a link leaves out goes back to the default (back/forward land on the same view).
    s.applyUrl(decodeUrl('?place=beit-jinn'));
    expect(s.selectedEventId).toBeNull();
    expect(s.selectedPlaceId).toBe('beit-jinn');
    expect(s.time.range).toBeNull();
    expect(isoDay(s.time.day)).toBe('2025-12-31');
  });

  it('starting to play from the end starts again from the beginning of the range', () => {
    const s = story();
    s.time.setRange({ from: day('2020-01-01'), to: day('2021-01-01') });
    s.time.set(day('2020-12-31'));
    s.time.setPlaying(true);
    expect(isoDay(s.time.day)).toBe('2020-01-01');
    expect(s.time.playing).toBe(true);
  });
});

describe('TimeState playback, on a clock the test drives', () => {
  /** A clock whose frames run only when the test says so. */
  function fakeClock() {
    let now = 0;
    let next = 1;
    const frames = new Map<number, (t: number) => void>();
    return {
      now: () => now,
      frame: (step: (t: number) => void) => {
        frames.set(next, step);
        return next++;
      },
      cancel: (id: number) => void frames.delete(id),
      /** Advances time by `ms` and runs the frames that were waiting. */
      tick(ms: number) {
        now += ms;
        const due = [...frames.values()];
        frames.clear();
        for (const f of due) f(now);
      },
      pending: () => frames.size,
    };
  }

  it('advances the date by `speed` days a second, frame by frame, and stops at the end', () => {
    const clock = fakeClock();
    const s = { time: new TimeState(clock) };
    s.time.set(Date.UTC(2025, 0, 1));
    s.time.setSpeed(30);
    s.time.setPlaying(true);
    for (let i = 0; i < 10; i++) clock.tick(100); // one second of reading time
    expect(isoDay(s.time.day)).toBe('2025-01-31');
    s.time.setPlaying(false);
    expect(clock.pending()).toBe(0);
    clock.tick(1000);
    expect(isoDay(s.time.day)).toBe('2025-01-31');
    // Played to the end of the story: it stops on the last day.
    s.time.setSpeed(365);
    s.time.setPlaying(true);
    for (let i = 0; i < 20; i++) clock.tick(100);
    expect(isoDay(s.time.day)).toBe('2025-12-31');
    expect(s.time.playing).toBe(false);
    expect(clock.pending()).toBe(0);
  });
});

describe('StoryState in story mode', () => {
  const noStoryFile: Reader = async () => ({ error: 'not found', missing: true });
  const guided = (search = '') => story(search, noStoryFile);

  it('entering a step sets its date, highlights its places and events, and asks for both views', async () => {
    const s = guided();
    s.selectEvent('2017-07-07-ceasefire');
    await s.guide.start();
    expect(s.guide.number).toBe(1);
    expect(s.selectedEventId).toBeNull();
    // The fixture's one step: the ceasefire passage opens it, the Beit Jinn passage joins it.
    expect(isoDay(s.time.day)).toBe('2017-07-07');
    expect([...s.highlightedPlaceIds]).toEqual(['beit-jinn']);
    expect([...s.highlightedEventIds].sort()).toEqual(
      ['2017-07-07-ceasefire', '2024-12-rumour', '2025-11-17-tour'].sort(),
    );
    expect(s.focusRequest?.ids).toEqual(['beit-jinn']);
    expect(s.time.windowRequest?.window[0]).toBeLessThan(day('2017-07-07'));
    expect(encodeUrl(s.toUrl())).toBe('?t=2017-07-07&step=1');
  });

  it('a selection lights its own places over the step’s; leaving keeps the date', async () => {
    const s = guided();
    await s.guide.start();
    s.selectPlace('test-zone');
    expect([...s.highlightedPlaceIds]).toEqual(['test-zone']);
    s.clearSelection();
    expect([...s.highlightedPlaceIds]).toEqual(['beit-jinn']);
    s.guide.leave();
    expect(s.guide.number).toBeNull();
    expect([...s.highlightedPlaceIds]).toEqual([]);
    expect(isoDay(s.time.day)).toBe('2017-07-07');
  });

  it('a link to a step keeps the link’s own date and selection', async () => {
    const s = guided('?event=2025-11-17-tour&t=2020-02-02&step=1');
    await s.guide.start(1, decodeUrl('?event=2025-11-17-tour&t=2020-02-02&step=1'));
    expect(s.guide.number).toBe(1);
    expect(s.selectedEventId).toBe('2025-11-17-tour');
    expect(isoDay(s.time.day)).toBe('2020-02-02');
  });

  it('a start asked for before the data has arrived is not remembered as "no steps"', async () => {
    const loaded = guided();
    const s = new StoryState();
    await s.guide.start();
    expect(s.guide.number).toBeNull();
    s.accept({ index: loaded.index!, basemap: loaded.basemap!, problems: [] }, {}, noStoryFile);
    await s.guide.start();
    expect(s.guide.number).toBe(1);
  });

  it('the steps can be read ahead without entering; once read, a start enters in the same task', async () => {
    const s = guided();
    const steps = await s.guide.prepare();
    expect(steps?.length).toBe(1);
    expect(s.guide.number).toBeNull();
    expect(s.guide.steps).toBe(steps);
    expect(s.focusRequest).toBeNull();
    // Not awaited: with the steps read, the story is entered in the click's own task.
    void s.guide.start();
    expect(s.guide.number).toBe(1);
    // Before the data has arrived there is nothing to read them from, and nothing is remembered.
    expect(await new StoryState().guide.prepare()).toBeNull();
  });

  it('steps do not run past either end, and a step number out of range is clamped', async () => {
    const s = guided();
    await s.guide.start(99);
    expect(s.guide.number).toBe(1);
    s.guide.step(1);
    expect(s.guide.number).toBe(1);
    s.guide.step(-1);
    expect(s.guide.number).toBe(1);
  });
});

describe('StoryState with filters and search', () => {
  it('the filters narrow what shows; a hidden selection returns when they are cleared', async () => {
    const s = story('?event=2024-12-rumour');
    expect(s.visibleEvents).toHaveLength(3);
    await s.filter.set({ actors: ['russia'] });
    expect(s.visibleEvents.map((e) => e.id)).toEqual(['2017-07-07-ceasefire', '2025-11-17-tour']);
    expect(s.selectedEvent).toBeNull();
    expect([...s.highlightedPlaceIds]).toEqual([]);
    expect(encodeUrl(s.toUrl())).toBe('?actor=russia');
    s.filter.clear();
    expect(s.selectedEvent?.id).toBe('2024-12-rumour');
    expect(encodeUrl(s.toUrl())).toBe('?event=2024-12-rumour');
  });

  it('a zone filter counts the places inside it, once turf has measured them', async () => {
    const s = story();
    await s.filter.set({ place: 'test-zone' });
    const inside = s.visibleEvents.map((e) => e.id);
    expect(inside).toContain('2017-07-07-ceasefire');
    for (const e of s.visibleEvents)
      expect(
        e.places.some((p) => p === 'test-zone' || p === 'beit-jinn' || p === 'test-line'),
      ).toBe(true);
  });

  it('a link restores filters and search text, leaving out what the data does not have', async () => {
    const s = story('?category=diplomacy,military&actor=russia,martians&in=atlantis&q=tour');
    await s.filter.set({});
    expect(s.filter.filters).toEqual({
      categories: ['diplomacy', 'military'],
      actors: ['russia'],
      place: null,
      confidence: [],
      sourcing: null,
    });
    expect(s.search.query).toBe('tour');
    expect(s.visibleEvents.map((e) => e.id)).toEqual(['2025-11-17-tour']);
    expect(encodeUrl(s.toUrl())).toBe('?q=tour&category=diplomacy,military&actor=russia');
    s.applyUrl({});
    expect(s.filter.active).toBe(0);
    expect(s.search.query).toBe('');
  });

  it('search results follow the filters and the range', async () => {
    const s = story();
    s.search.setQuery('Beit Jinn');
    await s.search.prepare();
    expect(s.search.results?.counts.event).toBe(2);
    await s.filter.set({ categories: ['diplomacy'] });
    expect(s.search.results?.hits.event.map((h) => h.id)).toEqual(['2025-11-17-tour']);
    s.time.setRangeDays(day('2017-01-01'), day('2018-12-31'));
    expect(s.search.results?.counts.event).toBe(0);
    expect(s.search.results?.counts.place).toBeGreaterThan(0);
  });

  it('opening the filters gives way to a selection', () => {
    const s = story();
    s.filter.setOpen(true);
    s.selectPlace('beit-jinn');
    expect(s.filter.open).toBe(false);
  });
});
