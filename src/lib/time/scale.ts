/**
 * The timeline's time scale: UTC time to pixels, with D3's calendar ticks (d3-time intervals) and
 * D3's multi-scale labels. It covers what the timeline needs of d3-scale's
 * `scaleUtc` — years down to single days — at a fraction of its size in the bundle (the code
 * budget is 100 KB for the whole app).
 */
import {
  utcDay,
  utcMonth,
  utcWeek,
  utcYear,
  type CountableTimeInterval,
  type TimeInterval,
} from 'd3-time';
import { MONTHS } from './dates';

export interface TimeScale {
  (t: number | Date): number;
  invert(px: number): Date;
  domain(): [Date, Date];
  range(): [number, number];
  ticks(count: number): Date[];
  tickFormat(count?: number): (d: Date) => string;
}

const DAY = 86_400_000;
const WEEK = 7 * DAY;
const MONTH = 30 * DAY;
const YEAR = 365 * DAY;

/** Candidate tick steps, as d3-scale's time scale has them from a day up. */
const STEPS: [CountableTimeInterval, number, number][] = [
  [utcDay, 1, DAY],
  [utcDay, 2, 2 * DAY],
  [utcWeek, 1, WEEK],
  [utcMonth, 1, MONTH],
  [utcMonth, 3, 3 * MONTH],
  [utcYear, 1, YEAR],
];

/** 1, 2 or 5 times a power of ten, for years when even one a year is too dense. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const f = raw / power;
  return (f >= 7.07 ? 10 : f >= 3.16 ? 5 : f >= 1.41 ? 2 : 1) * power;
}

/** The interval whose length is nearest (on a log scale) to the span divided by `count`. */
function tickInterval(start: number, stop: number, count: number): TimeInterval {
  const target = Math.abs(stop - start) / count;
  if (target > YEAR) {
    const step = niceStep(target / YEAR);
    return utcYear.every(step) ?? utcYear;
  }
  let best = STEPS[0]!;
  for (const s of STEPS)
    if (Math.abs(Math.log(s[2] / target)) < Math.abs(Math.log(best[2] / target))) best = s;
  const [interval, step] = best;
  return step === 1 ? interval : (interval.every(step) ?? interval);
}

// D3's multi-scale format ("%a %d", "%b %d", "%B", "%Y"), written out: d3-time-format would cost
// more of the code budget than these four patterns need.
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const pad = (n: number) => String(n).padStart(2, '0');
const formatDay = (d: Date) => `${WEEKDAYS[d.getUTCDay()]} ${pad(d.getUTCDate())}`;
const formatWeek = (d: Date) => `${MONTHS[d.getUTCMonth()]!.slice(0, 3)} ${pad(d.getUTCDate())}`;
const formatMonth = (d: Date) => MONTHS[d.getUTCMonth()]!;
const formatYear = (d: Date) => String(d.getUTCFullYear());
export function multiFormat(d: Date): string {
  if (utcDay(d) < d) return formatDay(d);
  if (utcMonth(d) < d) return utcWeek(d) < d ? formatDay(d) : formatWeek(d);
  return utcYear(d) < d ? formatMonth(d) : formatYear(d);
}

export function timeScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): TimeScale {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const k = (r1 - r0) / (d1 - d0 || 1);
  const scale = ((t: number | Date) => r0 + (+t - d0) * k) as TimeScale;
  scale.invert = (px) => new Date(d0 + (px - r0) / k);
  scale.domain = () => [new Date(d0), new Date(d1)];
  scale.range = () => [r0, r1];
  scale.ticks = (count) => tickInterval(d0, d1, count).range(new Date(d0), new Date(d1 + 1));
  scale.tickFormat = () => multiFormat;
  return scale;
}
