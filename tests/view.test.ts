import { describe, expect, it } from 'vitest';
import { clampDomain, panDomain, wheelFactor, zoomDomain } from '../src/lib/time/view';

const bounds = [0, 1000] as const;

describe('timeline window', () => {
  it('zooms in around the anchor, which keeps its place', () => {
    const d = zoomDomain([0, 1000], 2, 250, bounds, 10);
    expect(d).toEqual([125, 625]);
    // 250 was a quarter of the way across before, and still is.
    expect((250 - d[0]) / (d[1] - d[0])).toBeCloseTo(0.25);
  });

  it('never zooms narrower than the minimum span nor wider than the bounds', () => {
    expect(zoomDomain([0, 1000], 1e6, 500, bounds, 10)).toEqual([495, 505]);
    expect(zoomDomain([400, 600], 0.001, 500, bounds, 10)).toEqual([0, 1000]);
  });

  it('pans and stops at the ends', () => {
    expect(panDomain([100, 300], 50, bounds)).toEqual([150, 350]);
    expect(panDomain([100, 300], -500, bounds)).toEqual([0, 200]);
    expect(panDomain([800, 950], 500, bounds)).toEqual([850, 1000]);
    expect(clampDomain([-50, 2000], bounds)).toEqual([0, 1000]);
  });

  it('turns wheel deltas into zoom factors: up zooms in, down out, whatever the unit', () => {
    expect(wheelFactor(-500, 0)).toBeCloseTo(2);
    expect(wheelFactor(500, 0)).toBeCloseTo(0.5);
    expect(wheelFactor(-25, 1)).toBeCloseTo(2);
  });
});
