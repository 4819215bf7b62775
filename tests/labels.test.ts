import { describe, expect, it } from 'vitest';
import { labelWidth, layoutLabels } from '../src/lib/time/labels';

describe('layoutLabels', () => {
  it('places labels that fit and drops those that would overlap in the same lane', () => {
    const placed = layoutLabels(
      [
        { id: 'a', lane: 0, x: 0, text: 'First event' },
        { id: 'b', lane: 0, x: 30, text: 'Too close' },
        { id: 'c', lane: 1, x: 30, text: 'Other lane' },
        { id: 'd', lane: 0, x: 200, text: 'Far enough' },
      ],
      1000,
    );
    expect(placed.map((p) => p.id)).toEqual(['a', 'c', 'd']);
  });

  it('never lets two placed labels in a lane overlap, on 500 seeded random marks', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const items = Array.from({ length: 500 }, (_, i) => ({
      id: String(i),
      lane: Math.floor(rand() * 6),
      x: rand() * 1200,
      text: 'x'.repeat(5 + Math.floor(rand() * 40)),
    }));
    const placed = layoutLabels(items, 1200);
    expect(placed.length).toBeGreaterThan(10);
    for (const a of placed) {
      expect(a.x + labelWidth(a.text)).toBeLessThanOrEqual(1200);
      for (const b of placed) {
        if (a === b || a.lane !== b.lane) continue;
        const apart = a.x + labelWidth(a.text) <= b.x || b.x + labelWidth(b.text) <= a.x;
        expect(apart).toBe(true);
      }
    }
  });

  it('does not write a label over another event’s mark', () => {
    const placed = layoutLabels(
      [
        { id: 'a', lane: 0, x: 10, text: 'A long enough title' },
        { id: 'b', lane: 1, x: 10, text: 'A long enough title' },
      ],
      1000,
      [
        { lane: 0, x0: 2, x1: 10 },
        { lane: 0, x0: 60, x1: 68 },
        { lane: 1, x0: 2, x1: 10 },
      ],
    );
    expect(placed.map((p) => p.id)).toEqual(['b']);
  });

  it('drops a label that would run off the chart', () => {
    expect(layoutLabels([{ id: 'a', lane: 0, x: 990, text: 'Long title' }], 1000)).toEqual([]);
  });
});
