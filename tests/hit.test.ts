/** Taps on canvas marks hit what is drawn, the same on both sides, in every lane. */
import { describe, expect, it } from 'vitest';
import { hitTest } from '../src/lib/time/hit';
import { MARK_MIN_WIDTH, markExtent } from '../src/lib/time/lanes';
import { timeScale } from '../src/lib/time/scale';
import { STORY_END, STORY_START, parseFuzzyDate, type FuzzyDate } from '../src/lib/time/dates';
import type { TimedEvent } from '../src/lib/data/schema';

function event(id: string, start: string, category: string, end?: string): TimedEvent {
  const s = parseFuzzyDate(start) as FuzzyDate;
  const e = end ? (parseFuzzyDate(end) as FuzzyDate) : undefined;
  return {
    id,
    title: id,
    summary: '',
    start,
    ...(end ? { end } : {}),
    actors: [],
    category,
    places: [],
    excerpts: [],
    sources: [],
    confidence: 'high',
    startDate: s,
    ...(e ? { endDate: e } : {}),
    from: s.start,
    to: (e ?? s).end,
  };
}

// The whole period on 1,000 px: a day is about 0.3 px, so a dot is drawn at the minimum width.
const x = timeScale([STORY_START, STORY_END], [0, 1000]);
const LANES = ['strike', 'raid', 'political'];
const laneIndex = (e: TimedEvent) => LANES.indexOf(e.category);

describe('hitTest', () => {
  const events = [
    event('a-dot', '2019-06-01', 'strike'),
    event('a-month', '2021-03', 'raid'),
    event('a-period', '2023-01-10', 'political', '2023-09-20'),
  ].sort((a, b) => a.from - b.from);
  const maxSpan = Math.max(...events.map((e) => e.to - e.from));

  for (const e of events) {
    it(`${e.id}: taps up to 6 px outside its drawn edges hit it on both sides, 7 px miss`, () => {
      const m = markExtent(e, x);
      expect(m.width).toBeGreaterThanOrEqual(MARK_MIN_WIDTH);
      const lane = laneIndex(e);
      for (let d = 0; d <= 6; d++) {
        expect(hitTest(events, maxSpan, x, laneIndex, m.x - d, lane)?.id, `left ${d}`).toBe(e.id);
        expect(
          hitTest(events, maxSpan, x, laneIndex, m.x + m.width + d, lane)?.id,
          `right ${d}`,
        ).toBe(e.id);
      }
      expect(hitTest(events, maxSpan, x, laneIndex, m.x - 7, lane)).toBeNull();
      expect(hitTest(events, maxSpan, x, laneIndex, m.x + m.width + 7, lane)).toBeNull();
      // Another lane at the same place holds nothing.
      expect(hitTest(events, maxSpan, x, laneIndex, m.x + m.width / 2, (lane + 1) % 3)).toBeNull();
    });
  }
});
