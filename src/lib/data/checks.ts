/**
 * The small checks every data file is validated with. Each reports a Problem with its path and
 * plain words through a Report, and returns the value when it can be used.
 */
import {
  SOURCE_KINDS,
  TRANSLATED_LANGS,
  type Problem,
  type Source,
  type SourceKind,
  type Translations,
} from './schema';
import { isFuzzyDate, parseFuzzyDate } from '../time/dates';
import { describeValue } from './describe-value';
import { safeHttpUrl } from './urls';

export type Obj = Record<string, unknown>;

export const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

export function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Collects problems for one file; paths are built by the caller only where something is wrong. */
export class Report {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {}
  add(path: string, message: string): void {
    this.problems.push({ file: this.file, path: compactPath(path), message });
  }
}

/**
 * Shortens a path through a long run of one step, as in deeply nested geometry collections:
 * `geometry.geometries[0].geometries[0]…` becomes `geometry(.geometries[0])×63`.
 */
export function compactPath(path: string): string {
  return path.replace(
    /((?:\.[^.[\]]+)?\[\d+\]|\.[^.[\]]+)\1{3,}/g,
    (run, step: string) => `(${step})×${run.length / step.length}`,
  );
}

export const join = (path: string, key: string) => (path ? `${path}.${key}` : key);

export function reqString(r: Report, o: Obj, key: string, path: string): string | undefined {
  const v = o[key];
  if (v === undefined) r.add(join(path, key), 'missing');
  else if (typeof v !== 'string')
    r.add(join(path, key), `expected a string, got ${describeValue(v)}`);
  else if (v.trim() === '') r.add(join(path, key), 'is empty');
  else return v;
  return undefined;
}

export function optString(r: Report, o: Obj, key: string, path: string): string | undefined {
  const v = o[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'string') {
    r.add(join(path, key), `expected a string, got ${describeValue(v)}`);
    return undefined;
  }
  return v;
}

/** An array of strings; non-strings are reported and dropped. A missing array is `[]`. */
export function stringArray(
  r: Report,
  o: Obj,
  key: string,
  path: string,
  required: boolean,
): string[] {
  const v = o[key];
  if (v === undefined) {
    if (required) r.add(join(path, key), 'missing (use [] for none)');
    return [];
  }
  if (!Array.isArray(v)) {
    r.add(join(path, key), `expected an array of strings, got ${describeValue(v)}`);
    return [];
  }
  // The usual case, all strings, keeps the array as it is: no copy for 100,000 events.
  if (v.every((item) => typeof item === 'string')) return v as string[];
  const out: string[] = [];
  v.forEach((item, i) => {
    if (typeof item === 'string') out.push(item);
    else r.add(`${join(path, key)}[${i}]`, `expected a string, got ${describeValue(item)}`);
  });
  return out;
}

export function checkId(r: Report, o: Obj, path: string, seen: Set<string>): string | undefined {
  const id = reqString(r, o, 'id', path);
  if (id === undefined) return undefined;
  if (!ID_RE.test(id)) {
    r.add(
      join(path, 'id'),
      `"${id}" is not kebab-case (lower-case letters, digits and single hyphens)`,
    );
    return undefined;
  }
  if (seen.has(id)) {
    r.add(join(path, 'id'), `duplicate id "${id}" (the first one is kept)`);
    return undefined;
  }
  seen.add(id);
  return id;
}

export function checkSources(r: Report, o: Obj, path: string, requireUrl: boolean): Source[] {
  const p = join(path, 'sources');
  const v = o.sources;
  if (!Array.isArray(v) || v.length === 0) {
    r.add(
      p,
      v === undefined
        ? 'missing: name at least one source'
        : 'expected a non-empty array of sources',
    );
    return [];
  }
  const out: Source[] = [];
  v.forEach((s, i) => {
    const sp = `${p}[${i}]`;
    if (!isObj(s)) return r.add(sp, `expected a source object, got ${describeValue(s)}`);
    const publisher = reqString(r, s, 'publisher', sp);
    const title = reqString(r, s, 'title', sp);
    const url = requireUrl ? reqString(r, s, 'url', sp) : optString(r, s, 'url', sp);
    const date = optString(r, s, 'date', sp);
    const kind = optString(r, s, 'kind', sp);
    const kindOk = kind === undefined || (SOURCE_KINDS as readonly string[]).includes(kind);
    if (!kindOk)
      r.add(
        join(sp, 'kind'),
        `expected one of ${SOURCE_KINDS.join(', ')}, got ${describeValue(kind)}`,
      );
    const origin = optString(r, s, 'origin', sp);
    const urlOk = url !== undefined && safeHttpUrl(url) !== null;
    if (url !== undefined && !urlOk)
      r.add(
        join(sp, 'url'),
        `${describeValue(url)} is not an http(s) URL (shown as text, not a link)`,
      );
    if (date !== undefined && !isFuzzyDate(parseFuzzyDate(date))) {
      r.add(join(sp, 'date'), `"${date}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
    }
    if (publisher && title) {
      const src: Source = { publisher, title };
      if (urlOk) src.url = url;
      if (date) src.date = date;
      if (kind && kindOk) src.kind = kind as SourceKind;
      if (origin) src.origin = origin;
      out.push(src);
    }
  });
  if (out.length === 0 && v.length > 0)
    r.add(p, 'no usable source: each needs a publisher and a title');
  return out;
}

/**
 * `translations` of a text (DESIGN.md's contract extension): each of the languages present, as an
 * object with every field a non-empty string, or `null` to say plainly that it is not translated
 * yet. A language left out, a field missing or an unknown language is reported; that language is
 * then treated as not translated, and the English still shows.
 */
export function checkTranslations<F extends string>(
  r: Report,
  o: Obj,
  path: string,
  fields: readonly F[],
): Translations<F> | undefined {
  const raw = o.translations;
  if (raw === undefined) return undefined;
  const at = join(path, 'translations');
  if (!isObj(raw)) {
    r.add(at, `expected an object like { "ar": {…}, "he": {…} }, got ${describeValue(raw)}`);
    return undefined;
  }
  for (const lang of Object.keys(raw))
    if (!(TRANSLATED_LANGS as readonly string[]).includes(lang))
      r.add(
        join(at, lang),
        `unknown language "${lang}": expected ${TRANSLATED_LANGS.join(' or ')}`,
      );
  const out: Translations<F> = {};
  for (const lang of TRANSLATED_LANGS) {
    const t = raw[lang];
    if (t === null) {
      out[lang] = null;
      continue;
    }
    if (t === undefined) {
      r.add(at, `"${lang}" missing: give the translation, or null where there is none yet`);
      continue;
    }
    const text = translatedFields(r, t, join(at, lang), fields);
    if (text) out[lang] = text;
  }
  return out;
}

/**
 * One language's translation of a text: an object with each field as non-empty text. What is
 * wrong is reported at `path`; the translation is then left out (undefined), all or nothing.
 */
export function translatedFields<F extends string>(
  r: Report,
  t: unknown,
  path: string,
  fields: readonly F[],
): Record<F, string> | undefined {
  if (!isObj(t)) {
    r.add(path, `expected an object with ${fields.join(', ')}, got ${describeValue(t)}`);
    return undefined;
  }
  const text = {} as Record<F, string>;
  let complete = true;
  for (const f of fields) {
    const v = t[f];
    if (typeof v === 'string' && v.trim()) text[f] = v;
    else {
      r.add(join(path, f), v === undefined ? 'missing' : `expected text, got ${describeValue(v)}`);
      complete = false;
    }
  }
  return complete ? text : undefined;
}
