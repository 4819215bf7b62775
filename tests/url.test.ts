import { describe, expect, it } from 'vitest';
import { decodeUrl, encodeUrl } from '../src/lib/state/url';

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
