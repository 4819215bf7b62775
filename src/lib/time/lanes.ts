/**
 * Where an event sits on the timeline: its lane (one per category, in vocabulary order) and the
 * horizontal extent of its mark. Pure, so the layout can be tested without a browser.
 */
import type { TimedEvent } from '../data/schema';
import { CATEGORIES } from '../data/vocabulary';
import { DAY_MS } from './days';

export const LANES = [...CATEGORIES.map((c) => c.id), 'unknown'];

export function laneOf(category: string): number {
  const i = LANES.indexOf(category);
  return i === -1 ? LANES.length - 1 : i;
}

/** Lanes that hold at least one event, in vocabulary order: empty lanes waste vertical space. */
export function usedLanes(events: readonly TimedEvent[]): string[] {
  const used = new Set(events.map((e) => LANES[laneOf(e.category)]));
  return LANES.filter((l) => used.has(l));
}

export interface MarkExtent {
  x: number;
  width: number;
  /** A single known day: drawn as a dot. Otherwise a bar as wide as the uncertainty or duration. */
  point: boolean;
  /** The date is known only to the month or year: drawn soft, never as a false exact day. */
  uncertain: boolean;
}

/** The narrowest a mark is drawn, in pixels, so it stays clickable when zoomed out. */
export const MARK_MIN_WIDTH = 8;

/**
 * The extent of an event's mark given a time→pixel scale. Marks are at least `minWidth` wide so
 * they stay clickable when the timeline is zoomed out; short ones are centred on their period.
 * The SVG marks, the canvas and the canvas's hit-testing all draw or test exactly this extent.
 */
export function markExtent(
  e: TimedEvent,
  x: (t: number) => number,
  minWidth = MARK_MIN_WIDTH,
): MarkExtent {
  const uncertain =
    e.startDate.precision !== 'day' || (e.endDate !== undefined && e.endDate.precision !== 'day');
  const point = !uncertain && e.to - e.from <= DAY_MS;
  const x0 = x(e.from);
  const x1 = x(e.to);
  const width = Math.max(minWidth, x1 - x0);
  // Centre short marks on their period rather than starting them at its first moment.
  const left = x1 - x0 < minWidth ? (x0 + x1) / 2 - width / 2 : x0;
  return { x: left, width, point, uncertain };
}
