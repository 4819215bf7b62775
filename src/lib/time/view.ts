/**
 * The timeline's visible time window. d3-zoom owns the gestures (wheel, drag, pinch, double
 * click); these pure helpers translate between the window the state speaks of and the zoom
 * transform D3 keeps, so buttons, links and a chosen event move the window through D3 too.
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
 * The zoom transform (scale k, horizontal offset x) under which the whole period `bounds`, drawn
 * over the pixels `[left, right]`, shows exactly `domain` there: d3-zoom's
 * `transform.rescaleX(base)` then has that domain.
 */
export function transformFor(
  domain: Domain,
  bounds: Domain,
  [left, right]: readonly [number, number],
): { k: number; x: number } {
  const [d0, d1] = clampDomain(domain, bounds);
  const whole = bounds[1] - bounds[0];
  const k = whole / Math.max(1, d1 - d0);
  const baseD0 = left + ((d0 - bounds[0]) / whole) * (right - left);
  return { k, x: left - k * baseD0 };
}

/** The smallest window the timeline zooms to: about `pxPerDay` pixels a day. */
export function minSpanFor(widthPx: number, dayMs: number, pxPerDay = 40): number {
  return (widthPx / pxPerDay) * dayMs;
}
