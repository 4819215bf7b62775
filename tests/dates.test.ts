import { describe, expect, it } from 'vitest';
import {
  addMonths,
  axisLabel,
  formatDateRange,
  formatDayLong,
  formatFuzzyDate,
  isFuzzyDate,
  parseFuzzyDate,
  type FuzzyDate,
} from '../src/lib/time/dates';
import { formatDay as isoDay } from '../src/lib/time/days';

const parse = (s: string): FuzzyDate => {
  const d = parseFuzzyDate(s);
  if (!isFuzzyDate(d)) throw new Error(d.error);
  return d;
};

describe('parseFuzzyDate', () => {
  it.each([
    ['2017', 'year', '2017-01-01', '2018-01-01'],
    ['2017-07', 'month', '2017-07-01', '2017-08-01'],
    ['2017-07-07', 'day', '2017-07-07', '2017-07-08'],
    ['2024-02-29', 'day', '2024-02-29', '2024-03-01'],
    ['2024-12', 'month', '2024-12-01', '2025-01-01'],
  ])('%s is a %s from %s to %s', (text, precision, from, to) => {
    const d = parse(text);
    expect(d.precision).toBe(precision);
    expect(isoDay(d.start)).toBe(from);
    expect(isoDay(d.end)).toBe(to);
  });

  it.each([
    ['2025-02-29', '"2025-02-29" is not a real day (month 02 of 2025 has 28 days)'],
    ['2025-13', '"2025-13" has no month 13'],
    ['2025-00-10', '"2025-00-10" has no month 00'],
    ['17 July 2017', '"17 July 2017" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
    ['2017-7-7', '"2017-7-7" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'],
  ])('rejects %s', (text, error) => {
    expect(parseFuzzyDate(text)).toEqual({ error });
  });

  it('rejects what is not a string', () => {
    expect(parseFuzzyDate(2017)).toEqual({ error: 'expected a date string, got number 2017' });
    expect(parseFuzzyDate(undefined)).toEqual({ error: 'expected a date string, got nothing' });
  });
});

describe('formatting keeps the precision', () => {
  it.each([
    ['2017', '2017'],
    ['2017-07', 'July 2017'],
    ['2017-07-07', '7 July 2017'],
  ])('%s → %s', (text, shown) => expect(formatFuzzyDate(parse(text))).toBe(shown));

  it.each([
    ['2018-07-20', '2018-07-26', '20–26 July 2018'],
    ['2024-07', '2024-11', 'July – November 2024'],
    ['2024-12-20', '2025-02-02', '20 December 2024 – 2 February 2025'],
    ['2018-07-23', '2018-08-01', '23 July – 1 August 2018'],
    ['2017', '2018', '2017 – 2018'],
  ])('%s to %s → %s', (a, b, shown) => expect(formatDateRange(parse(a), parse(b))).toBe(shown));

  it('a range with no end, or the same end, is one date', () => {
    expect(formatDateRange(parse('2025-11-17'))).toBe('17 November 2025');
    expect(formatDateRange(parse('2025-11'), parse('2025-11'))).toBe('November 2025');
  });
});

describe('addMonths', () => {
  const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
  it.each([
    ['2024-12-08', 1, '2025-01-08'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2017-01-15', -1, '2016-12-15'],
  ])('%s %+d month → %s', (from, n, to) => {
    expect(isoDay(addMonths(day(from), n))).toBe(to);
  });
});

describe('formatDayLong', () => {
  it('writes a day as the panel and the announcer say it', () => {
    expect(formatDayLong(Date.UTC(2025, 10, 17))).toBe('17 November 2025');
    expect(formatDayLong(Date.UTC(2017, 0, 1))).toBe('1 January 2017');
  });
});

describe('dates in Arabic and Hebrew', () => {
  const d = (s: string) => parseFuzzyDate(s) as FuzzyDate;
  it('keep the precision, with Latin digits and the Levantine months in Arabic', () => {
    expect(formatFuzzyDate(d('2024-12-08'), 'ar')).toBe('8 كانون الأول 2024');
    expect(formatFuzzyDate(d('2024-12'), 'ar')).toBe('كانون الأول 2024');
    expect(formatFuzzyDate(d('2024'), 'ar')).toBe('2024');
    expect(formatFuzzyDate(d('2024-12-08'), 'he')).toBe('8 בדצמבר 2024');
    expect(formatFuzzyDate(d('2024-12'), 'he')).toBe('דצמבר 2024');
  });
  it('share the month and year of a range as each language writes it', () => {
    expect(formatDateRange(d('2018-07-20'), d('2018-07-26'), 'ar')).toBe('20–26 تموز 2018');
    expect(formatDateRange(d('2024-07'), d('2024-11'), 'he')).toBe('יולי–נובמבר 2024');
    expect(formatDateRange(d('2017-07-07'), d('2018-01'), 'he')).toBe('7 ביולי 2017 – ינואר 2018');
  });
  it('English stays the default, as before', () => {
    expect(formatDateRange(d('2024-07'), d('2024-11'))).toBe('July – November 2024');
    expect(formatDayLong(Date.UTC(2025, 10, 17), 'ar')).toBe('17 تشرين الثاني 2025');
  });
});

describe('the time axis in Arabic and Hebrew', () => {
  it('labels a year, a month and a day as D3’s ticks fall', () => {
    expect(axisLabel(new Date(Date.UTC(2019, 0, 1)), 'ar')).toBe('2019');
    expect(axisLabel(new Date(Date.UTC(2019, 6, 1)), 'ar')).toBe('تموز');
    expect(axisLabel(new Date(Date.UTC(2019, 6, 1)), 'he')).toBe('יולי');
    expect(axisLabel(new Date(Date.UTC(2019, 6, 8)), 'he')).toMatch(/^8 /);
  });
});
