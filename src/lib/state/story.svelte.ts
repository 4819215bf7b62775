/**
 * StoryState: the one place that holds what the reader has chosen — the selected event or place
 * and the date shown — and the data it was chosen from. Components read it and call its methods;
 * they never call each other. Everything else is derived.
 */
import { getContext, setContext } from 'svelte';
import type { Basemap, PlaceFeature, Problem, TimedEvent } from '../data/schema';
import type { StoryIndex } from '../data/indexes';
import { loadStory, type LoadedStory } from '../data/load';
import { DAY_MS, STORY_END, STORY_START } from '../time/dates';
import { startOfDay } from '../time/validity';
import { defaultLayerVisibility } from '../geo/layers';
import type { UrlState } from './url';

export type LoadStatus = 'loading' | 'ready' | 'failed';

export class StoryState {
  status = $state<LoadStatus>('loading');
  /** Validated, indexed data. Raw state: it is replaced whole, never mutated in place. */
  index = $state.raw<StoryIndex | null>(null);
  basemap = $state.raw<Basemap | null>(null);
  problems = $state.raw<Problem[]>([]);
  problemsDismissed = $state(false);

  selectedEventId = $state<string | null>(null);
  selectedPlaceId = $state<string | null>(null);
  /** The date the map shows, UTC ms at the start of a day. Starts at the story's last day. */
  time = $state(STORY_END - DAY_MS);
  /** Which map layers the reader has switched on, by layer id (src/lib/geo/layers.ts). */
  layers = $state<Record<string, boolean>>(defaultLayerVisibility());
  /** Whether the panel shows the whole article when nothing is selected. */
  articleOpen = $state(false);
  /** The optional OpenStreetMap tiles: off by default, since they make requests to a third party. */
  onlineTiles = $state(false);

  selectedEvent: TimedEvent | null = $derived(
    (this.selectedEventId && this.index?.eventsById.get(this.selectedEventId)) || null,
  );
  selectedPlace: PlaceFeature | null = $derived(
    (this.selectedPlaceId && this.index?.placesById.get(this.selectedPlaceId)) || null,
  );
  /** Places to highlight on the map: the selected event's places, or the selected place. */
  highlightedPlaceIds: ReadonlySet<string> = $derived(
    // Rebuilt whole on each change and never mutated, so a plain Set is the right tool.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    new Set(
      this.selectedEvent
        ? this.selectedEvent.places
        : this.selectedPlaceId
          ? [this.selectedPlaceId]
          : [],
    ),
  );

  /** Fetches, validates and indexes the data files below `base` (which ends with a slash). */
  async load(
    base: string,
    load: (base: string) => Promise<LoadedStory> = loadStory,
  ): Promise<void> {
    this.status = 'loading';
    try {
      const story = await load(base);
      this.accept(story);
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

  accept(story: LoadedStory): void {
    this.index = story.index;
    this.basemap = story.basemap;
    this.problems = story.problems;
    this.problemsDismissed = false;
    this.status = 'ready';
  }

  /** Restores what a link asks for; ids that do not exist are ignored. */
  applyUrl(u: UrlState): void {
    if (u.t !== undefined) this.setTime(u.t);
    if (u.place) this.selectPlace(u.place);
    if (u.event) this.selectEvent(u.event);
  }

  selectEvent(id: string | null): void {
    this.selectedEventId = id && this.index?.eventsById.has(id) ? id : null;
    if (this.selectedEventId) this.selectedPlaceId = null;
  }

  selectPlace(id: string | null): void {
    this.selectedPlaceId = id && this.index?.placesById.has(id) ? id : null;
    if (this.selectedPlaceId) this.selectedEventId = null;
  }

  clearSelection(): void {
    this.selectedEventId = null;
    this.selectedPlaceId = null;
  }

  /** Moves the map to a date, clamped to the story's time frame and snapped to the day. */
  setTime(t: number): void {
    this.time = startOfDay(Math.min(Math.max(t, STORY_START), STORY_END - DAY_MS));
  }

  setLayerVisible(id: string, visible: boolean): void {
    this.layers[id] = visible;
  }

  setOnlineTiles(on: boolean): void {
    this.onlineTiles = on;
  }

  setArticleOpen(open: boolean): void {
    this.articleOpen = open;
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
