import { describe, expect, it } from 'vitest';
import { MAX_URL_ID, decodeUrl, encodeUrl } from '../src/lib/state/url';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('URL codec', () => {
  it('round-trips every parameter', () => {
    const state = {
      event: '2024-12-08-israel-enters-buffer-zone',
      place: 'beit-jinn',
      t: day('2024-12-08'),
      from: day('2024-01-01'),
      to: day('2025-06-30'),
      view: { lat: 33.1, lng: 35.85, zoom: 9.5 },
    };
    const search = encodeUrl(state);
    expect(search).toBe(
      '?event=2024-12-08-israel-enters-buffer-zone&place=beit-jinn&t=2024-12-08&from=2024-01-01&to=2025-06-30&view=33.1,35.85,9.5',
    );
    expect(decodeUrl(search)).toEqual(state);
  });

  it('says nothing for the default state', () => {
    expect(encodeUrl({})).toBe('');
    expect(decodeUrl('')).toEqual({});
  });

  it.each([
    ['?t=2025-02-30', {}],
    ['?t=2016-12-31', {}],
    ['?t=yesterday', {}],
    ['?event=<script>', {}],
    ['?place=Beit%20Jinn', {}],
    ['?from=2025-01-01&to=2024-01-01', {}],
    ['?from=2025-01-01', {}],
    ['?view=33,35', {}],
    ['?view=91,35,9', {}],
    ['?view=a,b,c', {}],
    ['?t=2025-02-28&view=nope', { t: Date.parse('2025-02-28T00:00:00Z') }],
  ])('drops the bad parts of %s', (search, expected) => {
    expect(decodeUrl(search)).toEqual(expected);
  });
});

describe('the URL stays short', () => {
  it('never writes an id longer than MAX_URL_ID, and ignores one in a link', () => {
    const long = `e-${'a'.repeat(MAX_URL_ID)}`;
    expect(encodeUrl({ event: long, place: 'beit-jinn' })).toBe('?place=beit-jinn');
    expect(decodeUrl(`?event=${long}&place=beit-jinn`)).toEqual({ place: 'beit-jinn' });
    const longest = encodeUrl({
      event: `e-${'a'.repeat(MAX_URL_ID - 2)}`,
      place: `p-${'b'.repeat(MAX_URL_ID - 2)}`,
      t: Date.UTC(2024, 0, 1),
      from: Date.UTC(2024, 0, 1),
      to: Date.UTC(2024, 5, 30),
      view: { lat: -33.12345678, lng: -135.12345678, zoom: 12.3456 },
    });
    expect(longest.length).toBeLessThan(1024);
  });
});

describe('the story step in the URL', () => {
  it('is a 1-based whole number; anything else is left out', () => {
    expect(decodeUrl('?step=3').step).toBe(3);
    for (const bad of ['0', '-1', '2.5', 'abc', '1e3', ''])
      expect(decodeUrl(`?step=${bad}`).step).toBeUndefined();
    expect(encodeUrl({ step: 4, t: Date.UTC(2020, 0, 1) })).toBe('?t=2020-01-01&step=4');
    expect(decodeUrl(encodeUrl({ step: 11 })).step).toBe(11);
  });
});

describe('search text and filters in the URL', () => {
  it('round-trip, in a fixed order, with readable commas', () => {
    const state = {
      q: 'Beit Jin',
      filters: {
        categories: ['strike', 'raid'],
        actors: ['israel'],
        place: 'undof-area-of-separation',
        confidence: ['high' as const, 'medium' as const],
        sourcing: 'independent' as const,
      },
    };
    const search = encodeUrl(state);
    expect(search).toBe(
      '?q=Beit+Jin&category=strike,raid&actor=israel&in=undof-area-of-separation&confidence=high,medium&sourcing=independent',
    );
    expect(decodeUrl(search)).toEqual(state);
  });

  it('leave out what is not a category, a confidence, a sourcing or an id', () => {
    const u = decodeUrl(
      '?category=strike,poetry&actor=israel,%3Cscript%3E&in=-bad-&confidence=certain&sourcing=many&q=%20%20',
    );
    expect(u).toEqual({ filters: { categories: ['strike'], actors: ['israel'] } });
    expect(decodeUrl('?category=&actor=')).toEqual({});
  });

  it('bound the search text', () => {
    expect(decodeUrl(`?q=${'a'.repeat(500)}`).q).toHaveLength(200);
  });
});
