/**
 * StoryState: the one place that holds what the reader has chosen — the selected event or place,
 * the date shown, the time range, the layers, the map view — and the data it was chosen from.
 * Components read it and call its methods; they never call each other. Everything else is derived.
 */
import { getContext, setContext } from 'svelte';
import type { Basemap, PlaceFeature, Problem, TimedEvent } from '../data/schema';
import type { StoryIndex } from '../data/indexes';
import { httpReader, loadStory, parsedOrReported, type LoadedStory } from '../data/load';
import type { About } from '../data/about';
import { ONLINE_TILES_PAGE } from '../map/tiles-page';
import { STORY_END, STORY_START, addMonths } from '../time/dates';
import { DAY_MS, endAfter, lastDayBefore, startOfDay } from '../time/days';
import { eventsInRange, neighbour, type TimeRange } from '../time/filter';
import { defaultLayerVisibility } from '../geo/layers';
import type { UrlState, View } from './url';

export type LoadStatus = 'loading' | 'ready' | 'failed';

/** The playhead's speeds, in days of story time per second of reading time. */
export const SPEEDS = [7, 30, 90, 365] as const;

const LAST_DAY = STORY_END - DAY_MS;

/** Where playback gets its time and frames: the browser's, or a test's own. */
export interface Clock {
  now(): number;
  frame(step: (now: number) => void): number;
  cancel(id: number): void;
}

// Animation frames where there are any; a 60 Hz timer elsewhere (Node, where unit tests run).
const hasFrames = typeof requestAnimationFrame === 'function';
const browserClock: Clock = {
  now: () => performance.now(),
  frame: (step) =>
    hasFrames
      ? requestAnimationFrame(step)
      : (setTimeout(() => step(performance.now()), 16) as unknown as number),
  cancel: (id) => (hasFrames ? cancelAnimationFrame(id) : clearTimeout(id)),
};

export class StoryState {
  constructor(private readonly clock: Clock = browserClock) {}

  status = $state<LoadStatus>('loading');
  /** Validated, indexed data. Raw state: it is replaced whole, never mutated in place. */
  index = $state.raw<StoryIndex | null>(null);
  basemap = $state.raw<Basemap | null>(null);
  problems = $state.raw<Problem[]>([]);
  problemsDismissed = $state(false);
  /** Where the last load's time went, for `npm run bench`. */
  loadTimings = $state.raw<LoadedStory['timings']>(undefined);

  selectedEventId = $state<string | null>(null);
  selectedPlaceId = $state<string | null>(null);
  /** An excerpt the reader is pointing at in the article: its places and events light up. */
  previewExcerptId = $state<string | null>(null);
  /** The date the map shows, UTC ms at the start of a day. Starts at the story's last day. */
  time = $state(LAST_DAY);
  /** The brushed time range; null is the whole story. */
  range = $state.raw<TimeRange | null>(null);
  playing = $state(false);
  speed = $state<number>(SPEEDS[1]);
  /** Which map layers the reader has switched on, by layer id (src/lib/geo/layers.ts). */
  layers = $state<Record<string, boolean>>(defaultLayerVisibility());
  /** Whether this is the page with the online tile layer (see src/lib/map/tiles-page.ts). */
  readonly onlineTiles = ONLINE_TILES_PAGE;
  /** Whether the panel shows the whole article when nothing is selected. */
  articleOpen = $state(false);
  /** Whether the panel shows "About the data" (`about=1` in the URL). */
  aboutOpen = $state(false);
  /** about.json, read the first time the About view opens. */
  about = $state.raw<About | null>(null);
  /** Where the data files are read from (set by `load`). */
  private base = './data/';
  /** The map view as the reader left it (null until the map reports one). */
  view = $state.raw<View | null>(null);
  /**
   * The places the map should bring into view, asked for by a selection; `seq` tells two requests
   * for the same places apart. A shared link that names its own view asks for none, so the map
   * keeps the view the link asked for.
   */
  focusRequest = $state.raw<{ ids: readonly string[]; seq: number } | null>(null);

  selectedEvent: TimedEvent | null = $derived(
    (this.selectedEventId && this.index?.eventsById.get(this.selectedEventId)) || null,
  );
  selectedPlace: PlaceFeature | null = $derived(
    (this.selectedPlaceId && this.index?.placesById.get(this.selectedPlaceId)) || null,
  );
  /** Events inside the brushed range, in time order: what the lists and the count show. */
  visibleEvents: TimedEvent[] = $derived(
    this.index ? eventsInRange(this.index.events, this.range, this.index.maxSpan) : [],
  );
  private previewExcerpt = $derived(
    (this.previewExcerptId && this.index?.excerptsById.get(this.previewExcerptId)) || null,
  );
  /** Places to highlight on the map: the selected event's, the selected place, or a pointed excerpt's. */
  highlightedPlaceIds: ReadonlySet<string> = $derived(
    // Rebuilt whole on each change and never mutated, so a plain Set is the right tool.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Set(
      this.previewExcerpt
        ? this.previewExcerpt.places
        : this.selectedEvent
          ? this.selectedEvent.places
          : this.selectedPlaceId
            ? [this.selectedPlaceId]
            : [],
    ),
  );
  /** Events to highlight on the timeline while the reader points at an excerpt. */
  highlightedEventIds: ReadonlySet<string> = $derived(
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Set(this.previewExcerpt?.events ?? []),
  );

  /** Fetches, validates and indexes the data files below `base` (which ends with a slash). */
  async load(
    base: string,
    initial: UrlState = {},
    load: (base: string) => Promise<LoadedStory> = (b) => loadStory(httpReader(b)),
  ): Promise<void> {
    this.status = 'loading';
    this.base = base;
    try {
      const story = await load(base);
      this.accept(story, initial);
    } catch (err) {
      // loadStory reports problems instead of throwing; this is the last guard against a blank page.
      this.problems = [
        {
          file: 'app',
          path: '',
          message: `the data could not be loaded: ${err instanceof Error ? err.message : String(err)}`,
        },
      ];
      this.status = 'failed';
    }
  }

  /** Takes loaded data and, before anything shows, the state a link asked for. */
  accept(story: LoadedStory, initial: UrlState = {}): void {
    this.index = story.index;
    this.basemap = story.basemap;
    this.problems = story.problems;
    this.problemsDismissed = false;
    this.loadTimings = story.timings;
    this.applyUrl(initial);
    this.status = 'ready';
  }

  /**
   * Restores exactly what a link says: what it leaves out goes back to the default, so that
   * back and forward through history land on the same view each time.
   */
  applyUrl(u: UrlState): void {
    this.setTime(u.t ?? LAST_DAY);
    this.range =
      u.from !== undefined && u.to !== undefined ? { from: u.from, to: endAfter(u.to) } : null;
    this.selectedEventId = null;
    this.selectedPlaceId = null;
    this.setAboutOpen(!!u.about);
    // A link restores exactly its own date and view: no jumping to the event's date.
    if (u.place) this.selectPlace(u.place, false);
    if (u.event) this.selectEvent(u.event, false);
    if (u.view) this.view = u.view;
    else if (u.place || u.event) this.requestFocus();
  }

  /** What the URL should say for the current state (see url.ts). */
  toUrl(): UrlState {
    const u: UrlState = {};
    if (this.selectedEventId) u.event = this.selectedEventId;
    if (this.selectedPlaceId) u.place = this.selectedPlaceId;
    if (this.time !== LAST_DAY) u.t = this.time;
    if (this.range) {
      u.from = this.range.from;
      u.to = lastDayBefore(this.range.to);
    }
    if (this.view) u.view = this.view;
    if (this.aboutOpen) u.about = true;
    return u;
  }

  /**
   * Selects an event (null clears). `focus` asks the map to bring its places into view and moves
   * the map's date to the event's start, so that places which existed then are shown.
   */
  selectEvent(id: string | null, focus = true): void {
    const event = id ? this.index?.eventsById.get(id) : undefined;
    this.selectedEventId = event ? event.id : null;
    if (!event) return;
    this.selectedPlaceId = null;
    if (focus) {
      this.requestFocus();
      this.setTime(event.from);
    }
  }

  selectPlace(id: string | null, focus = true): void {
    this.selectedPlaceId = id && this.index?.placesById.has(id) ? id : null;
    if (this.selectedPlaceId) {
      this.selectedEventId = null;
      if (focus) this.requestFocus();
    }
  }

  /** Selects the event before or after the selected one, among those in the range. */
  selectNeighbour(step: 1 | -1): void {
    const next = neighbour(this.visibleEvents, this.selectedEventId, step);
    if (next) this.selectEvent(next.id);
  }

  clearSelection(): void {
    this.selectedEventId = null;
    this.selectedPlaceId = null;
  }

  setPreviewExcerpt(id: string | null): void {
    this.previewExcerptId = id;
  }

  /** Moves the map to a date, clamped to the story's time frame and snapped to the day. */
  setTime(t: number): void {
    this.time = startOfDay(Math.min(Math.max(t, STORY_START), LAST_DAY));
  }

  /** Moves the date by days, or by calendar months (keeping the day where the month has it). */
  stepTime(amount: number, unit: 'day' | 'month'): void {
    this.setTime(unit === 'day' ? this.time + amount * DAY_MS : addMonths(this.time, amount));
  }

  /**
   * A brushed range [from, to) in time, snapped out to whole days; null or an empty range clears
   * it. A range of named days goes through `setRangeDays`.
   */
  setRange(range: TimeRange | null): void {
    if (!range) {
      this.range = null;
      return;
    }
    const from = startOfDay(Math.max(range.from, STORY_START));
    const to = endAfter(Math.min(range.to, STORY_END) - 1);
    this.range = to > from ? { from, to } : null;
  }

  /** A range from its first to its last day, both included (as a reader types them). */
  setRangeDays(firstDay: number, lastDay: number): void {
    this.setRange({ from: firstDay, to: endAfter(lastDay) });
  }

  private requestFocus(): void {
    this.focusRequest = {
      ids: [...this.highlightedPlaceIds],
      seq: (this.focusRequest?.seq ?? 0) + 1,
    };
  }

  /**
   * Plays or pauses. While playing, the date advances `speed` days a second, once per frame of
   * the clock (the browser's animation frames; a test hands in its own), and stops at the end of
   * the range or the story.
   */
  setPlaying(on: boolean): void {
    // Playing from the last day would end at once: start again from the range's or story's start.
    if (on && this.time >= this.playEnd()) this.setTime(this.range?.from ?? STORY_START);
    if (this.#frame !== null) this.clock.cancel(this.#frame);
    this.#frame = null;
    this.playing = on;
    if (!on) return;
    let last = this.clock.now();
    let cursor = this.time; // fractional days accumulate here; the state keeps whole days
    const step = (now: number) => {
      cursor += ((now - last) / 1000) * this.speed * DAY_MS;
      last = now;
      const end = this.playEnd();
      if (cursor >= end) {
        this.#frame = null;
        this.setTime(end);
        this.setPlaying(false);
        return;
      }
      this.setTime(cursor);
      this.#frame = this.clock.frame(step);
    };
    this.#frame = this.clock.frame(step);
  }

  #frame: number | null = null;

  private playEnd(): number {
    return this.range ? lastDayBefore(this.range.to) : LAST_DAY;
  }

  setSpeed(daysPerSecond: number): void {
    this.speed = daysPerSecond;
  }

  setView(view: View): void {
    this.view = view;
  }

  setLayerVisible(id: string, visible: boolean): void {
    this.layers[id] = visible;
  }

  setArticleOpen(open: boolean): void {
    this.articleOpen = open;
  }

  /** Opens or closes "About the data"; its file is read the first time, through the one reader. */
  setAboutOpen(open: boolean): void {
    this.aboutOpen = open;
    if (open && !this.aboutLoad) this.aboutLoad = this.loadAbout();
  }

  private aboutLoad: Promise<void> | null = null;

  private async loadAbout(): Promise<void> {
    const file = 'about.json';
    const problems: Problem[] = [];
    const value = await parsedOrReported(await httpReader(this.base)(file), file, problems);
    const { validateAbout } = await import('../data/about');
    this.about =
      value === undefined ? { lastChecked: '', corrections: [] } : validateAbout(value, problems);
    if (problems.length) {
      this.problems = [...this.problems, ...problems];
      this.problemsDismissed = false;
    }
  }

  dismissProblems(): void {
    this.problemsDismissed = true;
  }
}

const KEY = Symbol('story');

export function setStory(story: StoryState): StoryState {
  return setContext(KEY, story);
}

export function getStory(): StoryState {
  const story = getContext<StoryState | undefined>(KEY);
  if (!story)
    throw new Error(
      'getStory() was called outside <App>: wrap the component in a StoryState context.',
    );
  return story;
}
