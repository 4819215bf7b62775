/**
 * The timeline's time scale: d3-scale's `scaleUtc`, so the axis gets D3's calendar ticks and its
 * multi-scale labels (years, then months, then days) and d3-zoom can rescale it.
 */
import { scaleUtc, type ScaleTime } from 'd3-scale';

export type TimeScale = ScaleTime<number, number>;

/** UTC time (ms) over `domain` to pixels over `range`. */
export function timeScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): TimeScale {
  return scaleUtc().domain([domain[0], domain[1]]).range([range[0], range[1]]);
}
