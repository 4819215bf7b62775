/**
 * Validation of one language's translations file, `translations/ar.json` or `translations/he.json`:
 * the data's own English text (event titles and summaries, place notes) in that language. It is
 * kept beside the English but apart from it, so the first draw reads none of it: a language costs
 * only what a reader who chooses it downloads. Every event and every place with a note is listed,
 * translated or `null` where there is no translation yet, so that a gap is said, never silent.
 */
import type { Problem, TranslatedLang } from '../schema';
import { describeValue } from '../describe-value';
import { Report, isObj, join, translatedFields } from '../checks';

export const translationsFile = (lang: TranslatedLang) => `translations/${lang}.json` as const;

export interface LanguageText {
  events: Map<string, { title: string; summary: string }>;
  places: Map<string, { note: string }>;
  /** How many texts the file says plainly are not translated yet (null). */
  untranslated: { events: number; places: number };
}

/** What the file must cover: every event, and every place that has a note. */
export interface TranslationRefs {
  events: readonly string[];
  notes: readonly string[];
}

export function validateTranslations(
  raw: unknown,
  lang: TranslatedLang,
  refs: TranslationRefs,
  problems: Problem[] = [],
  file: string = translationsFile(lang),
): LanguageText {
  const r = new Report(file, problems);
  const out: LanguageText = {
    events: new Map(),
    places: new Map(),
    untranslated: { events: 0, places: 0 },
  };
  if (!isObj(raw)) {
    r.add('', `expected an object { "lang", "events", "places" }, got ${describeValue(raw)}`);
    return out;
  }
  if (raw.lang !== lang) r.add('lang', `expected "${lang}", got ${describeValue(raw.lang)}`);
  const section = <F extends string>(
    key: 'events' | 'places',
    ids: readonly string[],
    fields: readonly F[],
    into: Map<string, Record<F, string>>,
  ) => {
    const given = raw[key];
    if (!isObj(given)) {
      r.add(key, `expected an object keyed by id, got ${describeValue(given)}`);
      return;
    }
    const wanted = new Set(ids);
    for (const id of Object.keys(given))
      if (!wanted.has(id))
        r.add(join(key, id), key === 'events' ? 'no such event' : 'no such place with a note');
    for (const id of ids) {
      const t = given[id];
      if (t === null) out.untranslated[key]++;
      else if (t === undefined)
        r.add(join(key, id), 'missing: give the translation, or null where there is none yet');
      else {
        const text = translatedFields(r, t, join(key, id), fields);
        if (text) into.set(id, text);
      }
    }
  };
  section('events', refs.events, ['title', 'summary'] as const, out.events);
  section('places', refs.notes, ['note'] as const, out.places);
  return out;
}
