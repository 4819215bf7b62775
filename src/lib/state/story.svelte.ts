/**
 * StoryState: the one place that holds what the reader has chosen — the selected event or place,
 * the date shown, the time range, the layers, the map view — and the data it was chosen from.
 * Components get it as a read-only StoryView (context.ts): they read it and call its methods, and
 * never call each other. Its parts each hold one concern: `time` (date, range, playhead), `guide`
 * (story mode), `filter`, `search` and `pages` (the article and About in the panel); this class
 * holds the selection and the map's requests, and ties the parts to the URL. Everything else is
 * derived.
 */
import type { Basemap, PlaceFeature, Problem, TimedEvent } from '../data/schema';
import type { StoryIndex } from '../data/indexes';
import { httpReader, loadStory, type LoadedStory, type Reader } from '../data/load';
import { ONLINE_TILES_PAGE } from '../map/tiles-page';
import { lastDayBefore } from '../time/days';
import { LAST_DAY, TimeState } from './time.svelte';
import { StoryGuide } from './guide.svelte';
import { FilterState } from './filter.svelte';
import { SearchState } from './search.svelte';
import { PanelPages } from './pages.svelte';
import { LocaleState } from './locale.svelte';
import { DataTexts } from './texts.svelte';
import { eventsInRange, neighbour } from '../time/filter';
import { defaultLayerVisibility } from '../geo/layers';
import type { UrlState, View } from './url';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export class StoryState {
  /** The day shown, the brushed range and the playhead (see time.svelte.ts). */
  readonly time = new TimeState();
  /** The interface's language (locale.svelte.ts). */
  readonly locale = new LocaleState();
  /** Story mode: the steps and the one shown (see guide.svelte.ts). */
  readonly guide = new StoryGuide({
    index: () => this.index,
    time: this.time,
    reader: () => this.reader,
    clearSelection: () => {
      this.clearSelection();
      this.previewExcerptId = null;
    },
    focusOn: (ids) => this.requestFocus(ids),
    report: (problems) => this.report(problems),
  });

  /** The data's text in the reader's language (see texts.svelte.ts). */
  readonly texts = new DataTexts({
    index: () => this.index,
    reader: () => this.reader,
    locale: () => this.locale.current,
    report: (problems) => this.report(problems),
  });

  /** The filters (see filter.svelte.ts). */
  readonly filter = new FilterState(() => this.index);
  /** The article and "About the data" in the panel (see pages.svelte.ts). */
  readonly pages = new PanelPages({
    reader: () => this.reader,
    report: (problems) => this.report(problems),
  });
  /** The search box and what it finds (see search.svelte.ts). */
  readonly search = new SearchState({
    index: () => this.index,
    narrowed: () => (this.filter.active || this.time.range ? this.visibleEvents : null),
  });

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
  /** Which map layers the reader has switched on, by layer id (src/lib/geo/layers.ts). */
  layers = $state<Record<string, boolean>>(defaultLayerVisibility());
  /** Whether this is the page with the online tile layer (see src/lib/map/tiles-page.ts). */
  readonly onlineTiles = ONLINE_TILES_PAGE;
  /** Where the data files are read from (set by `load`). */
  private reader: Reader = httpReader('./data/');
  /** The map view as the reader left it (null until the map reports one). */
  view = $state.raw<View | null>(null);
  /**
   * The places the map should bring into view, asked for by a selection; `seq` tells two requests
   * for the same places apart. A shared link that names its own view asks for none, so the map
   * keeps the view the link asked for.
   */
  focusRequest = $state.raw<{ ids: readonly string[]; seq: number } | null>(null);

  /** The chosen event, while the filters let it show (clearing them brings it back). */
  selectedEvent: TimedEvent | null = $derived.by(() => {
    const e = this.selectedEventId && this.index?.eventsById.get(this.selectedEventId);
    return e && this.filter.matches(e) ? e : null;
  });
  selectedPlace: PlaceFeature | null = $derived(
    (this.selectedPlaceId && this.index?.placesById.get(this.selectedPlaceId)) || null,
  );
  /** Events that pass the filters inside the brushed range, in time order: what everything shows. */
  visibleEvents: TimedEvent[] = $derived(
    this.index ? eventsInRange(this.filter.events, this.time.range, this.index.maxSpan) : [],
  );
  private previewExcerpt = $derived(
    (this.previewExcerptId && this.index?.excerptsById.get(this.previewExcerptId)) || null,
  );
  /**
   * Places to highlight on the map: a pointed excerpt's, else the selected event's or place, else
   * the story step's.
   */
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
            : (this.guide.current?.places ?? []),
    ),
  );
  /**
   * Events to highlight on the timeline: a pointed excerpt's, else the story step's, among those
   * the filters let show.
   */
  highlightedEventIds: ReadonlySet<string> = $derived(
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Set(
      this.filter.shown(
        this.previewExcerpt?.events ?? this.guide.current?.events.map((l) => l.id) ?? [],
      ),
    ),
  );

  /** Fetches, validates and indexes the data files below `base` (which ends with a slash). */
  async load(
    base: string,
    initial: UrlState = {},
    load: (base: string) => Promise<LoadedStory> = (b) => loadStory(httpReader(b)),
  ): Promise<void> {
    this.status = 'loading';
    this.reader = httpReader(base);
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

  /**
   * Takes loaded data and, before anything shows, the state a link asked for; `reader` is where
   * the files read later (About's, the steps') come from, when not from `load`'s folder.
   */
  accept(story: LoadedStory, initial: UrlState = {}, reader?: Reader): void {
    if (reader) this.reader = reader;
    this.index = story.index;
    this.basemap = story.basemap;
    this.problems = story.problems;
    this.problemsDismissed = false;
    this.loadTimings = story.timings;
    this.filter.reset();
    // A link without `lang` opens in the reader's own language; back and forward, in English.
    this.applyUrl({ ...initial, lang: initial.lang ?? this.locale.preferred() });
    this.status = 'ready';
  }

  /**
   * Restores exactly what a link says: what it leaves out goes back to the default, so that
   * back and forward through history land on the same view each time.
   */
  applyUrl(u: UrlState): void {
    this.locale.set(u.lang ?? 'en');
    this.time.set(u.t ?? LAST_DAY);
    if (u.from !== undefined && u.to !== undefined) this.time.setRangeDays(u.from, u.to);
    else this.time.setRange(null);
    this.selectedEventId = null;
    this.selectedPlaceId = null;
    this.pages.setAboutOpen(!!u.about);
    this.search.setQuery(u.q ?? '');
    void this.filter.restore(u.filters);
    // A link restores exactly its own date and view: no jumping to the event's date.
    if (u.place) this.selectPlace(u.place, false);
    if (u.event) this.selectEvent(u.event, false);
    if (u.view) this.view = u.view;
    else if (u.place || u.event) this.requestFocus();
    if (u.step) void this.guide.start(u.step, u);
    else this.guide.leave();
  }

  /** What the URL should say for the current state (see url.ts). */
  toUrl(): UrlState {
    const u: UrlState = {};
    if (this.selectedEvent) u.event = this.selectedEvent.id;
    if (this.selectedPlaceId) u.place = this.selectedPlaceId;
    const { day, range } = this.time;
    if (day !== LAST_DAY) u.t = day;
    if (range) {
      u.from = range.from;
      u.to = lastDayBefore(range.to);
    }
    if (this.view) u.view = this.view;
    if (this.pages.aboutOpen) u.about = true;
    if (this.guide.number) u.step = this.guide.number;
    if (this.search.query.trim()) u.q = this.search.query;
    if (this.filter.active) u.filters = this.filter.filters;
    if (this.locale.current !== 'en') u.lang = this.locale.current;
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
    // A selection takes the panel: the card shows, not the filters' form.
    this.filter.setOpen(false);
    if (focus) {
      this.requestFocus();
      this.time.set(event.from);
    }
  }

  selectPlace(id: string | null, focus = true): void {
    this.selectedPlaceId = id && this.index?.placesById.has(id) ? id : null;
    if (this.selectedPlaceId) {
      this.selectedEventId = null;
      this.filter.setOpen(false);
      if (focus) this.requestFocus();
    }
  }

  /**
   * Chooses an article excerpt: selects the first event it speaks of (or, failing that, its first
   * place), whose card then quotes it.
   */
  selectExcerpt(id: string): void {
    const x = this.index?.excerptsById.get(id);
    if (!x) return;
    this.previewExcerptId = null;
    if (x.events[0]) this.selectEvent(x.events[0]);
    else if (x.places[0]) this.selectPlace(x.places[0]);
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

  private requestFocus(ids: readonly string[] = [...this.highlightedPlaceIds]): void {
    this.focusRequest = { ids, seq: (this.focusRequest?.seq ?? 0) + 1 };
  }

  setView(view: View): void {
    this.view = view;
  }

  setLayerVisible(id: string, visible: boolean): void {
    this.layers[id] = visible;
  }

  /** Problems found in a file read after the story (About's, the steps'): the notice shows them. */
  private report(problems: Problem[]): void {
    if (!problems.length) return;
    this.problems = [...this.problems, ...problems];
    this.problemsDismissed = false;
  }

  dismissProblems(): void {
    this.problemsDismissed = true;
  }
}
