import { describe, expect, it } from 'vitest';
import { laneOf, LANES, markExtent, usedLanes } from '../src/lib/time/lanes';
import { validateEvents } from '../src/lib/data/validate';
import { STORY_START } from '../src/lib/time/dates';
import { DAY_MS } from '../src/lib/time/days';

const event = (start: string, end?: string, category = 'strike') =>
  validateEvents({
    events: [
      {
        id: 'e',
        title: 't',
        summary: 's',
        start,
        ...(end ? { end } : {}),
        actors: [],
        category,
        places: [],
        sources: [{ publisher: 'p', title: 't', url: 'https://example.org/' }],
        confidence: 'high',
      },
    ],
  })[0]!;

// One pixel per day from the story's start.
const x = (t: number) => (t - STORY_START) / DAY_MS;

describe('markExtent', () => {
  it('draws a known day as a point centred on that day', () => {
    const m = markExtent(event('2017-01-11'), x, 8);
    expect(m).toEqual({ x: 10.5 - 4, width: 8, point: true, uncertain: false });
  });

  it('draws a month-precision date across the whole month, marked uncertain', () => {
    const m = markExtent(event('2017-03'), x, 8);
    expect(m.point).toBe(false);
    expect(m.uncertain).toBe(true);
    expect(m.x).toBe(59); // 1 March 2017 is day 59
    expect(m.width).toBe(31);
  });

  it('draws a range of known days as a bar from the first to the end of the last day', () => {
    const m = markExtent(event('2017-01-10', '2017-01-20'), x, 8);
    expect(m).toEqual({ x: 9, width: 11, point: false, uncertain: false });
  });

  it('an end known only to the month makes the mark uncertain', () => {
    expect(markExtent(event('2024-07-01', '2024-11'), x, 8).uncertain).toBe(true);
  });
});

describe('lanes', () => {
  it('puts each category in its own lane and anything unknown last', () => {
    expect(laneOf('ceasefire')).toBe(0);
    expect(laneOf('weather')).toBe(LANES.length - 1);
  });

  it('shows only the lanes that hold events, in vocabulary order', () => {
    expect(
      usedLanes([event('2017', undefined, 'raid'), event('2018', undefined, 'ceasefire')]),
    ).toEqual(['ceasefire', 'raid']);
  });
});
