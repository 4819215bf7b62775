/**
 * The timeline's visible time window, and how wheel, drag and pinch change it. Pure: the domain
 * in, the new domain out, always inside the story's frame and never narrower than `minSpan`.
 */
export type Domain = readonly [number, number];

/** Clamps a window into [lo, hi], keeping its width when it fits. */
export function clampDomain([a, b]: Domain, [lo, hi]: Domain): Domain {
  const span = Math.min(b - a, hi - lo);
  if (a < lo) return [lo, lo + span];
  if (b > hi) return [hi - span, hi];
  return [a, a + span];
}

/**
 * Zooms by `factor` (> 1 zooms in) around the time `anchor`, which stays under the pointer.
 * The window never gets narrower than `minSpan` nor wider than the bounds.
 */
export function zoomDomain(
  d: Domain,
  factor: number,
  anchor: number,
  bounds: Domain,
  minSpan: number,
): Domain {
  const span = d[1] - d[0];
  const next = Math.min(bounds[1] - bounds[0], Math.max(minSpan, span / factor));
  const ratio = span > 0 ? (anchor - d[0]) / span : 0.5;
  const a = anchor - ratio * next;
  return clampDomain([a, a + next], bounds);
}

/** Moves the window by `dt` (ms of time), stopping at the bounds. */
export function panDomain(d: Domain, dt: number, bounds: Domain): Domain {
  return clampDomain([d[0] + dt, d[1] + dt], bounds);
}

/** The zoom factor of one wheel event: the same feel for pixel, line and page deltas. */
export function wheelFactor(deltaY: number, deltaMode: number): number {
  const pixels = deltaY * (deltaMode === 1 ? 20 : deltaMode === 2 ? 400 : 1);
  return 2 ** (-pixels / 500);
}
