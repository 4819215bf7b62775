/**
 * Filters narrow the events shown everywhere — timeline, map emphasis, lists, search results —
 * by category (the timeline's lane), actor, place or zone, confidence and sourcing. Within one
 * kind the choices are alternatives (Israel or Russia); kinds combine (Israel's strikes). An
 * empty choice does not filter. Pure: the state (src/lib/state/filter.svelte.ts) holds one
 * `Filters` value and replaces it whole.
 */
import { CONFIDENCES, type Confidence, type TimedEvent } from '../data/schema';
import { isSingleSource } from '../data/sources';
import { LANES, laneOf } from '../time/lanes';

export const SOURCINGS = ['single', 'independent'] as const;
/** Events that rest on one report, or on at least two independent ones (src/lib/data/sources.ts). */
export type Sourcing = (typeof SOURCINGS)[number];

export interface Filters {
  /** Lane ids (categories, and `unknown` for the rest). */
  readonly categories: readonly string[];
  readonly actors: readonly string[];
  /** A place or a zone: the events at it, or at any place inside it. */
  readonly place: string | null;
  readonly confidence: readonly Confidence[];
  readonly sourcing: Sourcing | null;
}

export const NO_FILTERS: Filters = Object.freeze({
  categories: [],
  actors: [],
  place: null,
  confidence: [],
  sourcing: null,
});

/** How many kinds of filter are set. */
export function activeCount(f: Filters): number {
  return (
    (f.categories.length ? 1 : 0) +
    (f.actors.length ? 1 : 0) +
    (f.place ? 1 : 0) +
    (f.confidence.length ? 1 : 0) +
    (f.sourcing ? 1 : 0)
  );
}

/** The kinds of filter, each one field of `Filters`. */
export type FilterGroup = keyof Filters;
type Test = (e: TimedEvent) => boolean;

/**
 * The test of each kind of filter that is set (a kind not set has none). `placesIn` gives, for
 * the place filter, the ids that count as inside it (the place itself, and for a zone every
 * place that lies in it: src/lib/geo/within.ts).
 */
export function groupTests(
  f: Filters,
  placesIn: (id: string) => ReadonlySet<string>,
): Partial<Record<FilterGroup, Test>> {
  const tests: Partial<Record<FilterGroup, Test>> = {};
  if (f.categories.length) {
    const lanes = new Set(f.categories);
    tests.categories = (e) => lanes.has(LANES[laneOf(e.category)]!);
  }
  if (f.actors.length) {
    const actors = new Set(f.actors);
    tests.actors = (e) => e.actors.some((a) => actors.has(a));
  }
  if (f.place) {
    const inside = placesIn(f.place);
    tests.place = (e) => e.places.some((p) => inside.has(p));
  }
  if (f.confidence.length) {
    const levels = new Set<string>(f.confidence);
    tests.confidence = (e) => levels.has(e.confidence);
  }
  if (f.sourcing) {
    const single = f.sourcing === 'single';
    tests.sourcing = (e) => isSingleSource(e.sources) === single;
  }
  return tests;
}

/** The test an event must pass: every kind of filter that is set. */
export function eventMatcher(f: Filters, placesIn: (id: string) => ReadonlySet<string>): Test {
  const tests = Object.values(groupTests(f, placesIn));
  return (e) => tests.every((t) => t(e));
}

/** The events that pass, in their order; the same array when nothing filters. */
export function filterEvents(
  events: readonly TimedEvent[],
  f: Filters,
  placesIn: (id: string) => ReadonlySet<string>,
): readonly TimedEvent[] {
  if (!activeCount(f)) return events;
  return events.filter(eventMatcher(f, placesIn));
}

/**
 * Filters as a link says them, from untrusted text: unknown values are left out and reported by
 * the caller's notice, never applied. `known` lists what exists in the data.
 */
export function cleanFilters(
  f: Partial<Filters>,
  known: { actors: ReadonlySet<string>; places: ReadonlySet<string> },
): Filters {
  const lanes = new Set(LANES);
  const levels = new Set<string>(CONFIDENCES);
  return {
    categories: unique(f.categories ?? []).filter((c) => lanes.has(c)),
    actors: unique(f.actors ?? []).filter((a) => known.actors.has(a)),
    place: f.place && known.places.has(f.place) ? f.place : null,
    confidence: unique(f.confidence ?? []).filter((c): c is Confidence => levels.has(c)),
    sourcing: f.sourcing && SOURCINGS.includes(f.sourcing) ? f.sourcing : null,
  };
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];
