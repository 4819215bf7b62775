import { describe, expect, it } from 'vitest';
import { isValidAt } from '../src/lib/time/validity';

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
