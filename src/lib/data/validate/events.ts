/** Validation of events.json: each event with its dates, actors, category, places and sources. */
import type { Confidence, Problem, TimedEvent } from '../schema';
import { CONFIDENCES } from '../schema';
import { ACTOR_BY_ID, CATEGORY_BY_ID } from '../vocabulary';
import { STORY_END, STORY_START, isFuzzyDate, parseFuzzyDate } from '../../time/dates';
import { describeValue } from '../describe-value';
import {
  Report,
  checkId,
  checkSources,
  checkTranslations,
  isObj,
  join,
  optString,
  reqString,
  stringArray,
} from '../checks';

export function validateEvents(
  raw: unknown,
  problems: Problem[] = [],
  file = 'events.json',
): TimedEvent[] {
  const r = new Report(file, problems);
  if (!isObj(raw) || !Array.isArray(raw.events)) {
    r.add(
      isObj(raw) ? 'events' : '',
      isObj(raw)
        ? `expected an array of events, got ${describeValue(raw.events)}`
        : `expected an object { "events": [...] }, got ${describeValue(raw)}`,
    );
    return [];
  }
  const seen = new Set<string>();
  const out: TimedEvent[] = [];
  raw.events.forEach((e, i) => {
    const path = `events[${i}]`;
    if (!isObj(e)) return r.add(path, `expected an event object, got ${describeValue(e)}`);
    const id = checkId(r, e, path, seen);
    const title = reqString(r, e, 'title', path);
    const summary = reqString(r, e, 'summary', path) ?? '';

    const startDate = parseFuzzyDate(e.start);
    let usable = true;
    if (!isFuzzyDate(startDate)) {
      r.add(join(path, 'start'), e.start === undefined ? 'missing' : startDate.error);
      usable = false;
    }
    let endDate = e.end === undefined ? undefined : parseFuzzyDate(e.end);
    if (endDate && !isFuzzyDate(endDate)) {
      r.add(join(path, 'end'), `${endDate.error} (end ignored)`);
      endDate = undefined;
    }
    if (isFuzzyDate(startDate)) {
      if (startDate.start < STORY_START || startDate.end > STORY_END) {
        r.add(
          join(path, 'start'),
          `${startDate.text} is outside the story's time frame, 2017–2025`,
        );
        usable = false;
      }
      if (endDate) {
        if (endDate.end <= startDate.start || endDate.start < startDate.start) {
          r.add(
            join(path, 'end'),
            `${endDate.text} is before the start ${startDate.text} (end ignored)`,
          );
          endDate = undefined;
        } else if (endDate.end > STORY_END) {
          r.add(
            join(path, 'end'),
            `${endDate.text} is outside the story's time frame, 2017–2025 (end ignored)`,
          );
          endDate = undefined;
        }
      }
    }

    let actors = stringArray(r, e, 'actors', path, true);
    if (!actors.every((a) => ACTOR_BY_ID.has(a))) {
      actors = actors.filter((a, j) => {
        if (ACTOR_BY_ID.has(a)) return true;
        r.add(`${path}.actors[${j}]`, `unknown actor "${a}"`);
        return false;
      });
    }
    const category = reqString(r, e, 'category', path) ?? 'unknown';
    if (category !== 'unknown' && !CATEGORY_BY_ID.has(category)) {
      r.add(join(path, 'category'), `unknown category "${category}"`);
    }
    const places = stringArray(r, e, 'places', path, true);
    const excerpts = stringArray(r, e, 'excerpts', path, false);
    const sources = checkSources(r, e, path, true);
    if (sources.length && !sources.some((s) => s.date)) {
      r.add(join(path, 'sources'), 'no source has a date: give at least one its publication date');
    }
    let confidence = e.confidence as Confidence;
    if (!(CONFIDENCES as readonly unknown[]).includes(confidence)) {
      r.add(
        join(path, 'confidence'),
        `expected high, medium or low, got ${describeValue(e.confidence)} (shown as low)`,
      );
      confidence = 'low';
    }
    const disputed = optString(r, e, 'disputed', path);
    const datePrecisionNote = optString(r, e, 'datePrecisionNote', path);
    const translations = checkTranslations(r, e, path, ['title', 'summary'] as const);

    if (!id || !title || !usable || !isFuzzyDate(startDate)) return;
    const event: TimedEvent = {
      id,
      title,
      summary,
      start: startDate.text,
      actors,
      category,
      places,
      excerpts,
      sources,
      confidence,
      startDate,
      from: startDate.start,
      to: endDate ? endDate.end : startDate.end,
    };
    if (endDate) {
      event.end = endDate.text;
      event.endDate = endDate;
    }
    if (disputed) event.disputed = disputed;
    if (datePrecisionNote) event.datePrecisionNote = datePrecisionNote;
    if (translations) event.translations = translations;
    out.push(event);
  });
  return out;
}
