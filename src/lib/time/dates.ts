/**
 * Dates with their precision. An event's date is written `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and the
 * form is the precision: "2017-07" means "some time in July 2017", never "1 July 2017". Every date
 * becomes a half-open interval [start, end) in UTC milliseconds, so comparisons never need to know
 * the precision and an uncertain date keeps its whole width on the timeline.
 */
import { getLocale } from '../../paraglide/runtime.js';
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

/**
 * How Arabic and Hebrew dates are written: with Latin digits (as the data's translations write
 * them, and as dates are written in the sources the page cites), and in Arabic with the month
 * names used in Syria and the Levant (كانون الأول for December).
 */
const INTL_LOCALE: Record<string, string> = { ar: 'ar-SY-u-nu-latn', he: 'he-IL-u-nu-latn' };
const intlFormats = new Map<string, Intl.DateTimeFormat>();
function intlFormat(lang: string, precision: FuzzyDate['precision']): Intl.DateTimeFormat {
  const key = `${lang}|${precision}`;
  let f = intlFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang] ?? lang, {
      timeZone: 'UTC',
      year: 'numeric',
      ...(precision !== 'year' && { month: 'long' }),
      ...(precision === 'day' && { day: 'numeric' }),
    });
    intlFormats.set(key, f);
  }
  return f;
}

/**
 * "2017", "July 2017" or "7 July 2017": the date written with exactly the precision it has, in
 * the interface's language (English unless `lang` or the page's language says otherwise).
 */
export function formatFuzzyDate(d: FuzzyDate, lang: string = getLocale()): string {
  if (lang !== 'en') return intlFormat(lang, d.precision).format(d.start);
  const t = new Date(d.start);
  const year = t.getUTCFullYear();
  if (d.precision === 'year') return String(year);
  const month = MONTHS[t.getUTCMonth()];
  if (d.precision === 'month') return `${month} ${year}`;
  return `${t.getUTCDate()} ${month} ${year}`;
}

/** A day (UTC ms at its start) written out: "17 November 2025". */
export function formatDayLong(t: number, lang: string = getLocale()): string {
  return formatFuzzyDate({ text: '', precision: 'day', start: t, end: t + DAY_MS }, lang);
}

/** A start and optional end written together: "20–26 July 2018", "July–November 2024". */
export function formatDateRange(
  start: FuzzyDate,
  end?: FuzzyDate,
  lang: string = getLocale(),
): string {
  if (!end || end.text === start.text) return formatFuzzyDate(start, lang);
  if (lang !== 'en') {
    // Intl knows how each language shares the month and year of a range.
    return start.precision === end.precision
      ? intlFormat(lang, start.precision).formatRange(start.start, end.start)
      : `${formatFuzzyDate(start, lang)} – ${formatFuzzyDate(end, lang)}`;
  }
  const a = new Date(start.start);
  const b = new Date(end.start);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  if (
    sameYear &&
    start.precision === 'day' &&
    end.precision === 'day' &&
    a.getUTCMonth() === b.getUTCMonth()
  ) {
    return `${a.getUTCDate()}–${formatFuzzyDate(end, lang)}`;
  }
  if (sameYear && start.precision === end.precision && start.precision !== 'year') {
    const head = formatFuzzyDate(start, lang).replace(/ \d{4}$/, '');
    return `${head} – ${formatFuzzyDate(end, lang)}`;
  }
  return `${formatFuzzyDate(start, lang)} – ${formatFuzzyDate(end, lang)}`;
}

/**
 * A tick of the time axis in Arabic or Hebrew, at the grain D3's multi-scale ticks choose: the
 * year at a year's start, the month at a month's start, else the day and the month.
 */
export function axisLabel(t: Date, lang: string): string {
  const grain: Intl.DateTimeFormatOptions =
    t.getUTCMonth() === 0 && t.getUTCDate() === 1
      ? { year: 'numeric' }
      : t.getUTCDate() === 1
        ? { month: 'long' }
        : { day: 'numeric', month: 'short' };
  const key = `axis|${lang}|${Object.keys(grain).join()}`;
  let f = intlFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(INTL_LOCALE[lang] ?? lang, { timeZone: 'UTC', ...grain });
    intlFormats.set(key, f);
  }
  return f.format(t);
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
