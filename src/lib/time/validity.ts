/** Time-bound places: a place exists on validFrom <= t < validTo (either bound may be open). */
import { DAY_MS } from './dates';

export interface Validity {
  validFrom?: string;
  validTo?: string;
}

/** UTC ms of a `YYYY-MM-DD` day (validated upstream). */
export function dayStart(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** Whether a place exists on the day that starts at `t` (UTC ms). */
export function isValidAt(v: Validity, t: number): boolean {
  const [from, to] = validityBounds(v);
  return from <= t && t < to;
}

/** The start of the UTC day that contains `t`. */
export function startOfDay(t: number): number {
  return Math.floor(t / DAY_MS) * DAY_MS;
}

/** A validity as numbers, for checks made every frame: [from, to) in UTC ms, open ends infinite. */
export function validityBounds(v: Validity): [number, number] {
  return [
    v.validFrom ? dayStart(v.validFrom) : -Infinity,
    v.validTo ? dayStart(v.validTo) : Infinity,
  ];
}
