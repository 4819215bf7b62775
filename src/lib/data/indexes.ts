/**
 * Indexes built once after validation, so that every later look-up (a place's events, an event's
 * excerpts) is a map read instead of a scan.
 */
import type { Article, Excerpt, PlaceFeature, TimedEvent } from './schema';
import { maxSpan } from '../time/filter';

export interface StoryIndex {
  places: PlaceFeature[];
  placesById: ReadonlyMap<string, PlaceFeature>;
  /** Events sorted by their first moment, then by id, so ties are stable. */
  events: TimedEvent[];
  eventsById: ReadonlyMap<string, TimedEvent>;
  eventsByPlace: ReadonlyMap<string, TimedEvent[]>;
  /** The longest event's duration, for range look-ups by binary search (src/lib/time/filter.ts). */
  maxSpan: number;
  article: Article | null;
  excerptsById: ReadonlyMap<string, Excerpt>;
  excerptsByPlace: ReadonlyMap<string, Excerpt[]>;
  excerptsByEvent: ReadonlyMap<string, Excerpt[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Time order; ties keep the order of the file (the sort is stable), so it is deterministic. */
const byTime = (a: TimedEvent, b: TimedEvent) => a.from - b.from;

export function buildIndex(
  places: PlaceFeature[],
  events: TimedEvent[],
  article: Article | null,
): StoryIndex {
  // Data files are usually written in date order: check before paying for a sort.
  let ordered = true;
  for (let i = 1; i < events.length && ordered; i++)
    ordered = byTime(events[i - 1]!, events[i]!) <= 0;
  const sorted = ordered ? events.slice() : events.slice().sort(byTime);

  const eventsById = new Map<string, TimedEvent>();
  for (const e of sorted) eventsById.set(e.id, e);

  // The look-ups by place and by excerpt serve cards, not the first view: build them on first use.
  let byPlace: Map<string, TimedEvent[]> | null = null;
  const eventsByPlace = () => {
    if (byPlace) return byPlace;
    byPlace = new Map();
    for (const e of sorted) for (const p of e.places) push(byPlace, p, e);
    return byPlace;
  };

  const excerpts = article?.excerpts ?? [];
  const excerptsById = new Map<string, Excerpt>();
  const excerptsByPlace = new Map<string, Excerpt[]>();
  let byEvent: Map<string, Excerpt[]> | null = null;
  for (const x of excerpts) {
    excerptsById.set(x.id, x);
    for (const p of x.places) push(excerptsByPlace, p, x);
  }
  const excerptsByEvent = () => {
    if (byEvent) return byEvent;
    byEvent = new Map();
    for (const x of excerpts) for (const e of x.events) push(byEvent, e, x);
    // An event may name an excerpt that does not name it back; show the link from both sides.
    for (const e of sorted) {
      for (const xid of e.excerpts) {
        const x = excerptsById.get(xid);
        if (x && !byEvent.get(e.id)?.includes(x)) push(byEvent, e.id, x);
      }
    }
    return byEvent;
  };
  const placesById = new Map<string, PlaceFeature>();
  for (const p of places) placesById.set(p.properties.id, p);
  return {
    places,
    placesById,
    events: sorted,
    eventsById,
    get eventsByPlace() {
      return eventsByPlace();
    },
    maxSpan: maxSpan(sorted),
    article,
    excerptsById,
    excerptsByPlace,
    get excerptsByEvent() {
      return excerptsByEvent();
    },
  };
}
