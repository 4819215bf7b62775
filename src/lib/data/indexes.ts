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

export function buildIndex(
  places: PlaceFeature[],
  events: TimedEvent[],
  article: Article | null,
): StoryIndex {
  const sorted = [...events].sort(
    (a, b) => a.from - b.from || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const eventsByPlace = new Map<string, TimedEvent[]>();
  for (const e of sorted) for (const p of e.places) push(eventsByPlace, p, e);

  const excerpts = article?.excerpts ?? [];
  const excerptsByPlace = new Map<string, Excerpt[]>();
  const excerptsByEvent = new Map<string, Excerpt[]>();
  for (const x of excerpts) {
    for (const p of x.places) push(excerptsByPlace, p, x);
    for (const e of x.events) push(excerptsByEvent, e, x);
  }
  // An event may name an excerpt that does not name it back; show the link from both sides.
  const excerptsById = new Map(excerpts.map((x) => [x.id, x]));
  for (const e of sorted) {
    for (const xid of e.excerpts) {
      const x = excerptsById.get(xid);
      const list = excerptsByEvent.get(e.id);
      if (x && !list?.includes(x)) push(excerptsByEvent, e.id, x);
    }
  }
  return {
    places,
    placesById: new Map(places.map((p) => [p.properties.id, p])),
    events: sorted,
    eventsById: new Map(sorted.map((e) => [e.id, e])),
    eventsByPlace,
    maxSpan: maxSpan(sorted),
    article,
    excerptsById,
    excerptsByPlace,
    excerptsByEvent,
  };
}
