import { describe, expect, it } from 'vitest';
import { timeScale } from '../src/lib/time/scale';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('timeScale (d3-scale scaleUtc)', () => {
  const x = timeScale([day('2017-01-01'), day('2026-01-01')], [100, 1000]);

  it('maps time to pixels and back, linearly', () => {
    expect(x(day('2017-01-01'))).toBe(100);
    expect(x(day('2026-01-01'))).toBe(1000);
    expect(+x.invert(550)).toBe((day('2017-01-01') + day('2026-01-01')) / 2);
  });

  // From the whole period down to days: the timeline never zooms past about 40 pixels a day.
  it.each([
    ['2017-01-01', '2026-01-01', 9, '2017', '2025'],
    ['2024-01-01', '2025-06-30', 10, '2024', 'April'],
    ['2024-12-05', '2024-12-19', 7, 'Thu 05', 'Tue 17'],
  ])('labels ticks of %s to %s in UTC, in English', (a, b, count, first, somewhere) => {
    const s = timeScale([day(a), day(b)], [0, 800]);
    const labels = s.ticks(count).map(s.tickFormat(count));
    expect(labels[0]).toBe(first);
    expect(labels).toContain(somewhere);
  });
});
