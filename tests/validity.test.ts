import { describe, expect, it } from 'vitest';
import { isValidAt, isWithin, validityBounds } from '../src/lib/time/validity';

const day = (s: string) => Date.parse(`${s}T00:00:00Z`);

describe('isValidAt: validFrom <= t < validTo', () => {
  const zone = { validFrom: '2024-12-08' };
  const post = { validFrom: '2018-08-14', validTo: '2024-12-14' };

  it.each([
    [zone, '2024-12-07', false],
    [zone, '2024-12-08', true],
    [zone, '2025-11-17', true],
    [post, '2018-08-13', false],
    [post, '2018-08-14', true],
    [post, '2024-12-13', true],
    [post, '2024-12-14', false],
    [{}, '2017-01-01', true],
  ])('%o on %s → %s', (v, t, expected) => {
    expect(isValidAt(v, day(t))).toBe(expected);
  });
});

describe('validityBounds and isWithin: the same rule on bounds parsed once', () => {
  it('gives open ends as infinities', () => {
    expect(validityBounds({})).toEqual([-Infinity, Infinity]);
    expect(validityBounds({ validFrom: '2024-12-08' })).toEqual([day('2024-12-08'), Infinity]);
  });

  it.each([
    ['2018-08-13', false],
    ['2018-08-14', true],
    ['2024-12-13', true],
    ['2024-12-14', false],
  ])('a post of 2018-08-14 to 2024-12-14 on %s → %s', (t, expected) => {
    const bounds = validityBounds({ validFrom: '2018-08-14', validTo: '2024-12-14' });
    expect(isWithin(bounds, day(t))).toBe(expected);
  });
});
