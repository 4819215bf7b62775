/**
 * Dates with their precision. An event's date is written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and the
 * form is the precision: "2017-07" means "some time in July 2017", never "1 July 2017". Every date
 * becomes a half-open interval [start, end) in UTC milliseconds, so comparisons never need to know
 * the precision and an uncertain date keeps its whole width on the timeline.
 */
import { DAY_MS } from './days';
import { describeValue } from '../data/describe-value';

export type Precision = 'year' | 'month' | 'day';

export interface FuzzyDate {
  /** The date as written in the data. */
  readonly text: string;
  readonly precision: Precision;
  /** First millisecond of the period (UTC). */
  readonly start: number;
  /** First millisecond after the period (UTC), exclusive. */
  readonly end: number;
}

/** The story's time frame, as the timeline shows it and the data must stay inside. */
export const STORY_START = Date.UTC(2017, 0, 1);
export const STORY_END = Date.UTC(2026, 0, 1); // exclusive: 2025-12-31 is the last day

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. Returns the interval it stands for, or a plain-words
 * reason when the text is not such a date or names a day that does not exist (2025-02-30).
 */
export function parseFuzzyDate(text: unknown): FuzzyDate | { error: string } {
  if (typeof text !== 'string')
    return { error: `expected a date string, got ${describeValue(text)}` };
  const m = DATE_RE.exec(text);
  if (!m) return { error: `"${text}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD` };
  const year = Number(m[1]);
  if (m[2] === undefined) {
    return { text, precision: 'year', start: Date.UTC(year, 0, 1), end: Date.UTC(year + 1, 0, 1) };
  }
  const month = Number(m[2]);
  if (month < 1 || month > 12) return { error: `"${text}" has no month ${m[2]}` };
  if (m[3] === undefined) {
    return {
      text,
      precision: 'month',
      start: Date.UTC(year, month - 1, 1),
      end: Date.UTC(year, month, 1),
    };
  }
  const day = Number(m[3]);
  if (day < 1 || day > daysInMonth(year, month)) {
    return {
      error: `"${text}" is not a real day (month ${m[2]} of ${year} has ${daysInMonth(year, month)} days)`,
    };
  }
  const start = Date.UTC(year, month - 1, day);
  return { text, precision: 'day', start, end: start + DAY_MS };
}

export function isFuzzyDate(d: FuzzyDate | { error: string }): d is FuzzyDate {
  return !('error' in d);
}

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2017", "July 2017" or "7 July 2017": the date written with exactly the precision it has. */
export function formatFuzzyDate(d: FuzzyDate): string {
  const t = new Date(d.start);
  const year = t.getUTCFullYear();
  if (d.precision === 'year') return String(year);
  const month = MONTHS[t.getUTCMonth()];
  if (d.precision === 'month') return `${month} ${year}`;
  return `${t.getUTCDate()} ${month} ${year}`;
}

/** A day (UTC ms at its start) written out: "17 November 2025". */
export function formatDayLong(t: number): string {
  return formatFuzzyDate({ text: '', precision: 'day', start: t, end: t + DAY_MS });
}

/** A start and optional end written together: "20–26 July 2018", "July–November 2024". */
export function formatDateRange(start: FuzzyDate, end?: FuzzyDate): string {
  if (!end || end.text === start.text) return formatFuzzyDate(start);
  const a = new Date(start.start);
  const b = new Date(end.start);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  if (
    sameYear &&
    start.precision === 'day' &&
    end.precision === 'day' &&
    a.getUTCMonth() === b.getUTCMonth()
  ) {
    return `${a.getUTCDate()}–${formatFuzzyDate(end)}`;
  }
  if (sameYear && start.precision === end.precision && start.precision !== 'year') {
    const head = formatFuzzyDate(start).replace(/ \d{4}$/, '');
    return `${head} – ${formatFuzzyDate(end)}`;
  }
  return `${formatFuzzyDate(start)} – ${formatFuzzyDate(end)}`;
}

/**
 * The same day `n` calendar months later (or earlier), kept inside the month:
 * 31 January + 1 month is 28 (or 29) February.
 */
export function addMonths(t: number, n: number): number {
  const d = new Date(t);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + n;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay));
}
