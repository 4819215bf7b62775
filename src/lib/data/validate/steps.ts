/**
 * Validation of story.json, the optional hand-made step list of story mode: each step names the
 * article's excerpts it shows and may set its title, day and places. Unknown ids are reported and
 * left out; a step left with no excerpt is dropped; the file as a whole falls back to the steps
 * derived from the article when nothing in it can be used.
 */
import type { Problem } from '../schema';
import type { StepSpec } from '../../story/steps';
import { STORY_END, STORY_START } from '../../time/dates';
import { parseDay } from '../../time/days';
import { describeValue } from '../describe-value';
import { Report, checkTranslations, isObj, join, optString, stringArray } from '../checks';

export interface StepRefs {
  excerpts: ReadonlySet<string>;
  places: ReadonlySet<string>;
}

export function validateSteps(
  raw: unknown,
  refs: StepRefs,
  problems: Problem[] = [],
  file = 'story.json',
): StepSpec[] {
  const r = new Report(file, problems);
  if (!isObj(raw) || !Array.isArray(raw.steps)) {
    r.add(
      isObj(raw) ? 'steps' : '',
      isObj(raw)
        ? `expected an array of steps, got ${describeValue(raw.steps)}`
        : `expected an object { "steps": [...] }, got ${describeValue(raw)}`,
    );
    return [];
  }
  const used = new Map<string, string>();
  const specs: StepSpec[] = [];
  raw.steps.forEach((s, i) => {
    const path = `steps[${i}]`;
    if (!isObj(s)) return r.add(path, `expected a step object, got ${describeValue(s)}`);
    // Ids are named by their place in the file's array, which stringArray's dropping of
    // non-strings (already reported) must not shift.
    const known = (key: string, set: ReadonlySet<string>, what: string, required: boolean) => {
      const ids = new Set(stringArray(r, s, key, path, required));
      const out: { id: string; at: string }[] = [];
      (Array.isArray(s[key]) ? (s[key] as unknown[]) : []).forEach((id, k) => {
        if (typeof id !== 'string' || !ids.has(id)) return;
        const at = join(path, `${key}[${k}]`);
        if (set.has(id)) out.push({ id, at });
        else r.add(at, `unknown ${what} "${id}" (left out)`);
      });
      return out;
    };
    const excerpts = known('excerpts', refs.excerpts, 'excerpt', true).map(({ id, at }) => {
      const first = used.get(id);
      if (first) r.add(at, `"${id}" is already shown by ${first}`);
      else used.set(id, path);
      return id;
    });
    if (!excerpts.length) return r.add(join(path, 'excerpts'), 'no known excerpt: step left out');
    const spec: StepSpec = { excerpts };
    const title = optString(r, s, 'title', path);
    if (title) spec.title = title;
    const translations = checkTranslations(r, s, path, ['title'] as const);
    if (translations && !title)
      r.add(join(path, 'translations'), 'translates a title, but the step has none');
    else if (translations) spec.translations = translations;
    const date = optString(r, s, 'date', path);
    const day = parseDay(date);
    if (date !== undefined && (day === undefined || day < STORY_START || day >= STORY_END))
      r.add(join(path, 'date'), `"${date}" is not a day of 2017–2025 (the derived day is used)`);
    else if (date) spec.date = date;
    if (s.places !== undefined)
      spec.places = known('places', refs.places, 'place', false).map((p) => p.id);
    specs.push(spec);
  });
  return specs;
}
