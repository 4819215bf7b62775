/**
 * Days, in one place: the length of a day, reading and writing a `YYYY-MM-DD` day, and the rule
 * between the last day a reader names (inclusive: "to 30 June") and the end the state keeps
 * (exclusive: the first moment of 1 July). Every part of the app that turns one into the other
 * calls `endAfter` or `lastDayBefore`, so a typed date and a link can never disagree again.
 */
export const DAY_MS = 86_400_000;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** UTC ms at the start of a real `YYYY-MM-DD` day; undefined for anything else (2025-02-30 too). */
export function parseDay(text: unknown): number | undefined {
  const m = typeof text === 'string' ? DAY_RE.exec(text) : null;
  if (!m) return undefined;
  const t = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Date.UTC rolls 2025-02-30 over to March: a day that does not exist is not a day.
  return formatDay(t) === text ? t : undefined;
}

/** `YYYY-MM-DD` of a UTC timestamp. */
export function formatDay(t: number): string {
  return new Date(t).toISOString().slice(0, 10);
}

/** The start of the UTC day that contains `t`. */
export function startOfDay(t: number): number {
  return Math.floor(t / DAY_MS) * DAY_MS;
}

/** The exclusive end of a range whose last day (inclusive) contains `lastDay`. */
export function endAfter(lastDay: number): number {
  return startOfDay(lastDay) + DAY_MS;
}

/** The last day (inclusive, at its start) of a range that ends, exclusive, at `end`. */
export function lastDayBefore(end: number): number {
  return startOfDay(end - 1);
}
