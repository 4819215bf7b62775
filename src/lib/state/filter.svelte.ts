/**
 * The filters (`story.filter`): one `Filters` value, replaced whole, and the events that pass it. The zone filter needs turf to tell which places lie in a zone; that code is
 * fetched the first time a zone is chosen, and until it has come a zone counts only the events
 * placed at the zone itself.
 */
// Its maps and sets are built whole and replaced, never changed in place: plain ones serve.
/* eslint-disable svelte/prefer-svelte-reactivity */
import type { StoryIndex } from '../data/indexes';
import { isArea, type TimedEvent } from '../data/schema';
import {
  NO_FILTERS,
  activeCount,
  cleanFilters,
  eventMatcher,
  filterEvents,
  type Filters,
} from '../filter/filters';

export class FilterState {
  constructor(private readonly index: () => StoryIndex | null) {}

  filters = $state.raw<Filters>(NO_FILTERS);
  /** Whether the panel shows the filters' form. */
  open = $state(false);
  /** For each zone chosen so far, the places inside it (src/lib/geo/within.ts). */
  private zones = $state.raw<ReadonlyMap<string, ReadonlySet<string>>>(new Map());

  /** How many kinds of filter are set (0: everything shows). */
  readonly active: number = $derived(activeCount(this.filters));
  /** Whether an event passes the filters. */
  readonly matches: (e: TimedEvent) => boolean = $derived(
    eventMatcher(this.filters, (id) => this.placesIn(id)),
  );
  /** The events that pass, in time order (all of them when nothing filters). */
  readonly events: readonly TimedEvent[] = $derived.by(() => {
    const index = this.index();
    return index ? filterEvents(index.events, this.filters, (id) => this.placesIn(id)) : [];
  });

  /** Changes some filters; the rest stay. Resolves once a zone's places are known. */
  set(change: Partial<Filters>): Promise<void> {
    this.filters = { ...this.filters, ...change };
    return this.measureZone();
  }

  /** Sets the filters a link names, leaving out actors and places the data does not have. */
  restore(link: Partial<Filters> | undefined): Promise<void> {
    if (!link) {
      this.filters = NO_FILTERS;
      return Promise.resolve();
    }
    const index = this.index();
    const known = {
      actors: new Set(index?.events.flatMap((e) => e.actors)),
      places: new Set(index?.placesById.keys()),
    };
    this.filters = cleanFilters(link, known);
    return this.measureZone();
  }

  /** The ids, among `ids`, of events the filters let show. */
  shown(ids: readonly string[]): readonly string[] {
    if (!this.active) return ids;
    const index = this.index();
    return ids.filter((id) => {
      const e = index?.eventsById.get(id);
      return !!e && this.matches(e);
    });
  }

  clear(): void {
    this.filters = NO_FILTERS;
  }

  setOpen(open: boolean): void {
    this.open = open;
  }

  /** The ids that count as inside a place or zone, as far as measured (itself until then). */
  placesIn(id: string): ReadonlySet<string> {
    return this.zones.get(id) ?? new Set([id]);
  }

  /** Works out, once per zone, which places lie in the zone the filter names. */
  private async measureZone(): Promise<void> {
    const id = this.filters.place;
    const index = this.index();
    const zone = id ? index?.placesById.get(id) : undefined;
    if (!index || !zone || this.zones.has(zone.properties.id)) return;
    // Only an area holds other places: a point or a line is just itself, with no turf to fetch.
    if (!isArea(zone)) return;
    const { placesWithin } = await import('../geo/within');
    if (this.index() !== index) return; // other data arrived meanwhile
    this.zones = new Map(this.zones).set(zone.properties.id, placesWithin(zone, index.places));
  }

  /** Forgets what was measured for other data (a new story, the reader's own). */
  reset(): void {
    this.zones = new Map();
  }
}
