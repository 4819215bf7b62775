/** Time-bound places: a place exists on validFrom <= t < validTo (either bound may be open). */
import { parseDay } from './days';

export interface Validity {
  validFrom?: string;
  validTo?: string;
}

/** Whether a place exists on the day that starts at `t` (UTC ms). */
export function isValidAt(v: Validity, t: number): boolean {
  return isWithin(validityBounds(v), t);
}

/** `isValidAt` on bounds parsed once by `validityBounds`, for checks made every frame. */
export function isWithin([from, to]: readonly [number, number], t: number): boolean {
  return from <= t && t < to;
}

/** A validity as numbers, for checks made every frame: [from, to) in UTC ms, open ends infinite. */
export function validityBounds(v: Validity): [number, number] {
  return [parseDay(v.validFrom) ?? -Infinity, parseDay(v.validTo) ?? Infinity];
}
