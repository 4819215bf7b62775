import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3-zoom';
import { scaleUtc } from 'd3-scale';
import { clampDomain, minSpanFor, transformFor } from '../src/lib/time/view';

const bounds = [Date.UTC(2017, 0, 1), Date.UTC(2026, 0, 1)] as const;

describe('the visible window and the d3-zoom transform', () => {
  it('clamps a window into the bounds, keeping its width', () => {
    expect(clampDomain([-50, 2000], [0, 1000])).toEqual([0, 1000]);
    expect(clampDomain([900, 1100], [0, 1000])).toEqual([800, 1000]);
    expect(clampDomain([-100, 100], [0, 1000])).toEqual([0, 200]);
  });

  it.each([
    [Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)],
    [Date.UTC(2017, 0, 1), Date.UTC(2026, 0, 1)],
    [Date.UTC(2025, 11, 1), Date.UTC(2025, 11, 20)],
  ])('gives the transform under which D3 shows %s–%s', (d0, d1) => {
    const range = [110, 900] as const;
    const base = scaleUtc().domain(bounds).range(range);
    const t = transformFor([d0, d1], bounds, range);
    const shown = zoomIdentity.translate(t.x, 0).scale(t.k).rescaleX(base).domain().map(Number);
    expect(shown[0]).toBeCloseTo(d0, -1);
    expect(shown[1]).toBeCloseTo(d1, -1);
  });

  it('never zooms past about 40 pixels a day', () => {
    expect(minSpanFor(800, 86_400_000)).toBe(20 * 86_400_000);
  });
});
