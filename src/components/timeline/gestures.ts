/**
 * The pointer handling the timeline keeps for itself: the playhead's drag and taps on the canvas
 * marks. Zoom, pan, pinch and double click are d3-zoom's; the range is d3-brush's.
 */

/** The pointer's x in an element's own pixels. */
export function localX(ev: { clientX: number }, el: Element): number {
  return ev.clientX - el.getBoundingClientRect().left;
}

/** The pointer's x in an element's pixels, kept within [left, right] (the chart's time axis). */
export function clampedX(
  ev: { clientX: number },
  el: Element,
  left: number,
  right: number,
): number {
  return Math.max(left, Math.min(right, localX(ev, el)));
}

/** Tells a tap from a drag: a single pointer that went up within a few pixels of where it went down. */
export class TapTracker {
  private readonly starts = new Map<number, { x: number; y: number }>();
  constructor(private readonly slop = 4) {}

  down(ev: PointerEvent): void {
    this.starts.set(ev.pointerId, { x: ev.clientX, y: ev.clientY });
  }

  /** Whether this pointer's up ends a tap; forgets the pointer either way. */
  up(ev: PointerEvent): boolean {
    const start = this.starts.get(ev.pointerId);
    const single = this.starts.size === 1;
    this.starts.delete(ev.pointerId);
    return !!start && single && Math.hypot(ev.clientX - start.x, ev.clientY - start.y) < this.slop;
  }

  cancel(ev: PointerEvent): void {
    this.starts.delete(ev.pointerId);
  }
}
