/**
 * What the filter form offers, from the data: the categories (lanes), actors, confidence levels,
 * zones and places that occur. Actors, zones and places carry how many events they have in all
 * (actors are listed by it; the place list shows it); the counts beside the checkboxes are the
 * faceted ones below. Pure, built once per data set and language: its own labels (confidence
 * levels, "Other") are in the interface's language when it is called, so call it where the form
 * is drawn (a `$derived`), never once for good.
 */
import type { StoryIndex } from '../data/indexes';
import {
  CONFIDENCES,
  isArea,
  type Confidence,
  type PlaceFeature,
  type TimedEvent,
} from '../data/schema';
import { actorLabel, categoryLabel } from '../data/vocabulary';
import { LANES, laneOf, usedLanes } from '../time/lanes';
import { isSingleSource } from '../data/sources';
import { groupTests, type FilterGroup, type Filters } from './filters';
import { m } from '../../paraglide/messages.js';

/** The confidence levels' labels, looked up when the options are built. */
const CONFIDENCE_LABELS: Record<Confidence, () => string> = {
  high: m.filter_confidence_high,
  medium: m.filter_confidence_medium,
  low: m.filter_confidence_low,
};

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
      label: categoryLabel(id) ?? m.filter_category_other(),
    })),
    actors: [...actors]
      .map(([id, count]) => ({ id, label: actorLabel(id) ?? id, count }))
      .sort((a, b) => b.count - a.count || byLabel(a, b)),
    confidence: CONFIDENCES.map((id) => ({ id, label: CONFIDENCE_LABELS[id]() })),
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
