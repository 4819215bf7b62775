/**
 * Which event a point on the canvas timeline falls on: the nearest mark in that lane within a few
 * pixels of what is drawn (markExtent, with its minimum width, on both sides alike). Events are
 * sorted by `from`, so only those near the point are looked at.
 */
import type { TimedEvent } from '../data/schema';
import { lowerBound } from './filter';
import { MARK_MIN_WIDTH, markExtent } from './lanes';

export function hitTest(
  events: readonly TimedEvent[],
  maxSpan: number,
  x: { (t: number): number; invert(px: number): Date | number },
  laneIndex: (e: TimedEvent) => number,
  px: number,
  lane: number,
  tolerance = 6,
): TimedEvent | null {
  // A short mark is drawn up to half the minimum width before its start and after its end: the
  // search window reaches that far, or taps just left of a dot would never find it.
  const reach = tolerance + MARK_MIN_WIDTH / 2;
  const t0 = +x.invert(px - reach) - maxSpan;
  const t1 = +x.invert(px + reach);
  let best: TimedEvent | null = null;
  let bestDist = Infinity;
  for (let i = lowerBound(events, t0); i < events.length; i++) {
    const e = events[i]!;
    if (e.from > t1) break;
    if (laneIndex(e) !== lane) continue;
    const m = markExtent(e, x);
    const dist = px < m.x ? m.x - px : px > m.x + m.width ? px - (m.x + m.width) : 0;
    if (dist <= tolerance && dist < bestDist) {
      best = e;
      bestDist = dist;
    }
  }
  return best;
}
