/**
 * Validation of one language's translations file, `translations/ar.json` or `translations/he.json`:
 * the data's own English text (each event's title, summary, what sources disagree on and its
 * date's note; each place's note, disagreement and administrative unit) in that language. It is
 * kept beside the English but apart from it, so the first draw reads none of it: a language costs
 * only what a reader who chooses it downloads. Every event and every place with text is listed,
 * with each of its texts, or `null` where there is no translation yet: a gap is said, never silent.
 */
import { translationsFile, type Problem, type TranslatedLang } from '../schema';
import type { StoryIndex } from '../indexes';
import { describeValue } from '../describe-value';
import { Report, isObj, join, translatedFields } from '../checks';

/** An event's texts that a translation gives: title and summary, and the rest it has. */
export const EVENT_TEXTS = ['title', 'summary', 'disputed', 'datePrecisionNote'] as const;
/** A place's texts that a translation gives (its names are in places.geojson). */
export const PLACE_TEXTS = ['note', 'disputed', 'admin'] as const;
export type EventText = Partial<Record<(typeof EVENT_TEXTS)[number], string>>;
export type PlaceText = Partial<Record<(typeof PLACE_TEXTS)[number], string>>;

export interface LanguageText {
  events: Map<string, EventText>;
  places: Map<string, PlaceText>;
  /** How many texts the file says plainly are not translated yet (null). */
  untranslated: { events: number; places: number };
}

/** What the file must cover: every event, and every place with text; per id, its fields. */
export interface TranslationRefs {
  events: ReadonlyMap<string, readonly string[]>;
  places: ReadonlyMap<string, readonly string[]>;
}

/** The texts of the data a translation must give: each event's and each place's own fields. */
export function translationRefs(index: StoryIndex): TranslationRefs {
  const has = (o: object, fields: readonly string[]) =>
    fields.filter((f) => typeof (o as Record<string, unknown>)[f] === 'string');
  const places = new Map<string, readonly string[]>();
  for (const p of index.places) {
    const fields = has(p.properties, PLACE_TEXTS);
    if (fields.length) places.set(p.properties.id, fields);
  }
  return { events: new Map(index.events.map((e) => [e.id, has(e, EVENT_TEXTS)])), places };
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
  const section = (
    key: 'events' | 'places',
    wanted: ReadonlyMap<string, readonly string[]>,
    into: Map<string, Record<string, string>>,
  ) => {
    const given = raw[key];
    if (!isObj(given)) {
      r.add(key, `expected an object keyed by id, got ${describeValue(given)}`);
      return;
    }
    for (const id of Object.keys(given))
      if (!wanted.has(id))
        r.add(join(key, id), key === 'events' ? 'no such event' : 'no such place with text');
    for (const [id, fields] of wanted) {
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
  section('events', refs.events, out.events);
  section('places', refs.places, out.places);
  return out;
}
