import { describe, expect, it } from 'vitest';
import { eventsInRange, lowerBound, neighbour } from '../src/lib/time/filter';
import { validateEvents } from '../src/lib/data/validate';
import { buildIndex } from '../src/lib/data/indexes';

const ev = (id: string, start: string, end?: string) => ({
  id,
  title: id,
  summary: 's',
  start,
  ...(end ? { end } : {}),
  actors: [],
  category: 'strike',
  places: [],
  sources: [{ publisher: 'p', title: 't', url: 'https://example.org/', date: '2020-01-01' }],
  confidence: 'high',
});
const events = buildIndex(
  [],
  validateEvents({
    events: [
      ev('a', '2017-03-01'),
      ev('long', '2017-06', '2018-06'),
      ev('b', '2018-01-15'),
      ev('c', '2019'),
      ev('d', '2024-12-08'),
    ],
  }),
  null,
).events;
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('eventsInRange', () => {
  it('keeps every event that overlaps the range, including long ones that started before it', () => {
    const got = eventsInRange(events, { from: day('2018-02-01'), to: day('2019-02-01') });
    expect(got.map((e) => e.id)).toEqual(['long', 'c']);
  });

  it('treats the range end as exclusive and an event end as the end of its last day', () => {
    expect(
      eventsInRange(events, { from: day('2024-12-08'), to: day('2024-12-09') }).map((e) => e.id),
    ).toEqual(['d']);
    expect(eventsInRange(events, { from: day('2024-12-09'), to: day('2025-01-01') })).toEqual([]);
    expect(eventsInRange(events, { from: day('2017-01-01'), to: day('2017-03-01') })).toEqual([]);
  });

  it('returns everything when there is no range', () => {
    expect(eventsInRange(events, null)).toHaveLength(5);
  });

  it('agrees with a plain scan on 1,000 seeded random ranges', () => {
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const span = day('2026-01-01') - day('2017-01-01');
    for (let n = 0; n < 1000; n++) {
      const a = day('2017-01-01') + rand() * span;
      const b = a + rand() * span * 0.3;
      const scan = events.filter((e) => e.from < b && e.to > a).map((e) => e.id);
      expect(eventsInRange(events, { from: a, to: b }).map((e) => e.id)).toEqual(scan);
    }
  });
});

describe('lowerBound and neighbour', () => {
  it('finds the first event at or after a time', () => {
    expect(lowerBound(events, day('2018-01-15'))).toBe(2);
    expect(lowerBound(events, day('2030-01-01'))).toBe(5);
  });

  it('steps to the previous and next event, starting at an end when nothing is selected', () => {
    expect(neighbour(events, 'b', 1)?.id).toBe('c');
    expect(neighbour(events, 'b', -1)?.id).toBe('long');
    expect(neighbour(events, 'd', 1)).toBeNull();
    expect(neighbour(events, null, 1)?.id).toBe('a');
    expect(neighbour(events, null, -1)?.id).toBe('d');
  });
});
