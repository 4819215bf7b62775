import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3';
import { timeScale } from '../src/lib/time/scale';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('timeScale', () => {
  const x = timeScale([day('2017-01-01'), day('2026-01-01')], [100, 1000]);

  it('maps time to pixels and back, linearly', () => {
    expect(x(day('2017-01-01'))).toBe(100);
    expect(x(day('2026-01-01'))).toBe(1000);
    expect(+x.invert(550)).toBe((day('2017-01-01') + day('2026-01-01')) / 2);
  });

  // The ticks and labels d3-scale's scaleUtc gives, from the whole period down to days (the
  // timeline never zooms past about 40 pixels a day, so never below a day a tick).
  it.each([
    ['2017-01-01', '2026-01-01', 9],
    ['2017-01-01', '2026-01-01', 4],
    ['2024-01-01', '2025-06-30', 10],
    ['2024-11-01', '2025-02-01', 8],
    ['2024-12-01', '2024-12-20', 9],
    ['2024-12-05', '2024-12-19', 7],
  ])('ticks %s to %s (about %d) as d3-scale does', (a, b, count) => {
    const mine = timeScale([day(a), day(b)], [0, 800]);
    const d3 = scaleUtc()
      .domain([day(a), day(b)])
      .range([0, 800]);
    expect(mine.ticks(count).map(Number)).toEqual(d3.ticks(count).map(Number));
    const fmt = d3.tickFormat(count);
    expect(mine.ticks(count).map(mine.tickFormat(count))).toEqual(
      d3.ticks(count).map((d) => fmt(d)),
    );
  });
});
