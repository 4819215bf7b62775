/**
 * Time filtering on events sorted by `from` (as the index keeps them). Binary search finds where
 * a range starts, so filtering costs the size of the answer, not of the whole data set; `maxSpan`
 * (the longest event) bounds how far back an event that overlaps the range can start.
 */
import type { TimedEvent } from '../data/schema';

export interface TimeRange {
  from: number;
  /** Exclusive. */
  to: number;
}

/** The first index in [0, n) whose key is >= t, for keys sorted ascending (binary search). */
export function bisect(n: number, keyAt: (i: number) => number, t: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (keyAt(mid) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first event whose `from` is >= t. */
export function lowerBound(events: readonly TimedEvent[], t: number): number {
  return bisect(events.length, (i) => events[i]!.from, t);
}

/** The longest event's duration: how far before a range an overlapping event may start. */
export function maxSpan(events: readonly TimedEvent[]): number {
  let m = 0;
  for (const e of events) m = Math.max(m, e.to - e.from);
  return m;
}

/** Events that overlap [range.from, range.to), in their sorted order. */
export function eventsInRange(
  events: readonly TimedEvent[],
  range: TimeRange | null,
  span = maxSpan(events),
): TimedEvent[] {
  if (!range) return events.slice();
  const out: TimedEvent[] = [];
  for (let i = lowerBound(events, range.from - span); i < events.length; i++) {
    const e = events[i]!;
    if (e.from >= range.to) break;
    if (e.to > range.from) out.push(e);
  }
  return out;
}

/** The event before or after `id` in time order, among `events` (sorted); wraps at neither end. */
export function neighbour(
  events: readonly TimedEvent[],
  id: string | null,
  step: 1 | -1,
): TimedEvent | null {
  if (!events.length) return null;
  const i = id ? events.findIndex((e) => e.id === id) : -1;
  if (i === -1) return step === 1 ? events[0]! : events[events.length - 1]!;
  return events[i + step] ?? null;
}
