import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  endAfter,
  formatDay,
  lastDayBefore,
  parseDay,
  startOfDay,
} from '../src/lib/time/days';

describe('days', () => {
  it('reads real YYYY-MM-DD days only', () => {
    expect(parseDay('2024-06-30')).toBe(Date.UTC(2024, 5, 30));
    expect(parseDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    for (const bad of ['2025-02-29', '2024-13-01', '2024-6-30', '2024-06', '', null, 20240630])
      expect(parseDay(bad), String(bad)).toBeUndefined();
  });

  it('writes a day and finds the start of the day a moment falls in', () => {
    expect(formatDay(Date.UTC(2024, 5, 30, 23, 59))).toBe('2024-06-30');
    expect(startOfDay(Date.UTC(2024, 5, 30, 12))).toBe(Date.UTC(2024, 5, 30));
  });

  it('turns an inclusive last day into an exclusive end and back', () => {
    const june30 = Date.UTC(2024, 5, 30);
    expect(endAfter(june30)).toBe(Date.UTC(2024, 6, 1));
    expect(endAfter(june30 + 5 * 3_600_000)).toBe(Date.UTC(2024, 6, 1));
    expect(lastDayBefore(Date.UTC(2024, 6, 1))).toBe(june30);
    expect(lastDayBefore(endAfter(june30))).toBe(june30);
    expect(endAfter(lastDayBefore(Date.UTC(2024, 6, 1)))).toBe(Date.UTC(2024, 6, 1));
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });
});
