/**
 * Which event a point on the canvas timeline falls on: the nearest mark in that lane within a few
 * pixels. Events are sorted by `from`, so only those near the point are looked at.
 */
import type { TimedEvent } from '../data/schema';
import { lowerBound } from './filter';
import { markExtent } from './lanes';

export function hitTest(
  events: readonly TimedEvent[],
  maxSpan: number,
  x: { (t: number): number; invert(px: number): Date | number },
  laneIndex: (e: TimedEvent) => number,
  px: number,
  lane: number,
  tolerance = 6,
): TimedEvent | null {
  const t0 = +x.invert(px - tolerance) - maxSpan;
  const t1 = +x.invert(px + tolerance);
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
