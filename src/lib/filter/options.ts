/**
 * What the filter form offers, from the data: the categories (lanes), actors, confidence levels,
 * zones and places that occur. Actors, zones and places carry how many events they have in all
 * (actors are listed by it; the place list shows it); the counts beside the checkboxes are the
 * faceted ones below. Pure, built once per data set.
 */
import type { StoryIndex } from '../data/indexes';
import {
  CONFIDENCES,
  isArea,
  type Confidence,
  type PlaceFeature,
  type TimedEvent,
} from '../data/schema';
import { ACTOR_BY_ID, CATEGORY_BY_ID } from '../data/vocabulary';
import { LANES, laneOf, usedLanes } from '../time/lanes';
import { isSingleSource } from '../data/sources';
import { groupTests, type FilterGroup, type Filters } from './filters';

export interface Choice<T extends string = string> {
  id: T;
  label: string;
}

export interface Option extends Choice {
  count: number;
}

export interface FilterOptions {
  categories: Choice[];
  actors: Option[];
  confidence: Choice<Confidence>[];
  /** Areas: their events include those at any place inside them. */
  zones: Option[];
  /** Other places that events name. */
  places: Option[];
}

function countBy(events: readonly TimedEvent[], keys: (e: TimedEvent) => readonly string[]) {
  const counts = new Map<string, number>();
  for (const e of events) for (const k of keys(e)) counts.set(k, (counts.get(k) ?? 0) + 1);
  return counts;
}

export function filterOptions(index: StoryIndex): FilterOptions {
  const { events } = index;
  const actors = countBy(events, (e) => e.actors);
  const named = countBy(events, (e) => e.places);
  const place = (p: PlaceFeature): Option => ({
    id: p.properties.id,
    label: p.properties.name,
    count: named.get(p.properties.id) ?? 0,
  });
  const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);
  return {
    categories: usedLanes(events).map((id) => ({
      id,
      label: CATEGORY_BY_ID.get(id)?.label ?? 'Other',
    })),
    actors: [...actors]
      .map(([id, count]) => ({ id, label: ACTOR_BY_ID.get(id)?.label ?? id, count }))
      .sort((a, b) => b.count - a.count || byLabel(a, b)),
    confidence: CONFIDENCES.map((id) => ({ id, label: id[0]!.toUpperCase() + id.slice(1) })),
    zones: index.places.filter(isArea).map(place).sort(byLabel),
    places: index.places
      .filter((p) => !isArea(p) && named.has(p.properties.id))
      .map(place)
      .sort(byLabel),
  };
}

export type FacetGroup = 'categories' | 'actors' | 'confidence' | 'sourcing';
export type FacetCounts = Record<FacetGroup, Map<string, number>>;

/**
 * How many events each choice would give, with the other kinds of filter as they are (faceted
 * counts): with Israel chosen, "Strike" counts Israel's strikes, and "Russia" the events of
 * Israel or Russia that pass the rest. One pass over the events.
 */
export function facetCounts(
  events: readonly TimedEvent[],
  f: Filters,
  placesIn: (id: string) => ReadonlySet<string>,
): FacetCounts {
  const tests = Object.entries(groupTests(f, placesIn)) as [
    FilterGroup,
    (e: TimedEvent) => boolean,
  ][];
  const counts: FacetCounts = {
    categories: new Map(),
    actors: new Map(),
    confidence: new Map(),
    sourcing: new Map(),
  };
  const add = (group: FacetGroup, key: string) =>
    counts[group].set(key, (counts[group].get(key) ?? 0) + 1);
  for (const e of events) {
    // Which kinds this event fails: counted everywhere when none, only in that kind when one.
    let failed: FilterGroup | null = null;
    let failures = 0;
    for (const [group, test] of tests) {
      if (test(e)) continue;
      failed = group;
      if (++failures > 1) break;
    }
    if (failures > 1) continue;
    const counted = (g: FacetGroup) => failures === 0 || failed === g;
    if (counted('categories')) add('categories', LANES[laneOf(e.category)]!);
    if (counted('actors')) for (const a of e.actors) add('actors', a);
    if (counted('confidence')) add('confidence', e.confidence);
    if (counted('sourcing')) add('sourcing', isSingleSource(e.sources) ? 'single' : 'independent');
  }
  return counts;
}
