/**
 * `about.json`: the date of the last check of the data and the corrections log, newest first.
 * Read only when the reader opens "About the data", through the same reader as every other file.
 */
import type { Problem } from './schema';
import { Report, isObj, reqString } from './checks';
import { describeValue } from './describe-value';
import { parseDay } from '../time/days';

export interface Correction {
  date: string;
  /** The event or place the correction is about. */
  id: string;
  change: string;
  why: string;
}

export interface About {
  lastChecked: string;
  corrections: Correction[];
}

export function validateAbout(raw: unknown, problems: Problem[], file = 'about.json'): About {
  const r = new Report(file, problems);
  const about: About = { lastChecked: '', corrections: [] };
  if (!isObj(raw)) {
    r.add('', `expected an object { "lastChecked", "corrections" }, got ${describeValue(raw)}`);
    return about;
  }
  const last = reqString(r, raw, 'lastChecked', '');
  if (last && parseDay(last) === undefined) r.add('lastChecked', `"${last}" is not a real day`);
  else if (last) about.lastChecked = last;
  if (!Array.isArray(raw.corrections)) {
    r.add('corrections', `expected an array, got ${describeValue(raw.corrections)}`);
    return about;
  }
  raw.corrections.forEach((c, i) => {
    const path = `corrections[${i}]`;
    if (!isObj(c)) return r.add(path, `expected a correction object, got ${describeValue(c)}`);
    const [date, id, change, why] = (['date', 'id', 'change', 'why'] as const).map((k) =>
      reqString(r, c, k, path),
    );
    if (date && id && change && why) about.corrections.push({ date, id, change, why });
  });
  return about;
}
