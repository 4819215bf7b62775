/**
 * Runtime validation of the story data. Every check reports a Problem with the file, a path into it
 * and plain words, and validation never stops at the first problem nor throws on malformed input.
 *
 * An item that cannot be shown at all (no id, a duplicate id, no readable date, a broken geometry)
 * is left out; an item with a bad reference or a missing detail is kept with the bad part removed,
 * so everything valid still renders. Either way the problem is reported.
 */
import type {
  Article,
  Basemap,
  BasemapFeature,
  EventLink,
  Excerpt,
  Paragraph,
  Relation,
  PlaceFeature,
  PlaceKind,
  PlaceProperties,
  Problem,
  TimedEvent,
  Confidence,
} from './schema';
import { BASEMAP_KINDS, CONFIDENCES, PLACE_KINDS, RELATIONS } from './schema';
import { ACTOR_BY_ID, CATEGORY_BY_ID } from './vocabulary';
import { STORY_END, STORY_START, describe, isFuzzyDate, parseFuzzyDate } from '../time/dates';
import type { Geometry } from 'geojson';
import {
  type Obj,
  DAY_RE,
  Report,
  checkId,
  checkSources,
  isObj,
  join,
  optString,
  reqString,
  stringArray,
} from './checks';
import { featureCollection, featureShell } from './geojson';
import { safeHttpUrl } from './urls';

// ---------------------------------------------------------------------------------------------
// places.geojson

export function validatePlaces(
  raw: unknown,
  problems: Problem[] = [],
  file = 'places.geojson',
): PlaceFeature[] {
  const r = new Report(file, problems);
  const features = featureCollection(r, raw);
  if (!features) return [];
  const seen = new Set<string>();
  const out: PlaceFeature[] = [];
  features.forEach((f, i) => {
    const path = `features[${i}]`;
    const props = featureShell(r, f, path);
    if (!props) return;
    const pp = `${path}.properties`;
    const id = checkId(r, props, pp, seen);
    const name = reqString(r, props, 'name', pp);
    const kind = props.kind;
    const kindOk = typeof kind === 'string' && (PLACE_KINDS as readonly string[]).includes(kind);
    if (!kindOk)
      r.add(join(pp, 'kind'), `expected one of ${PLACE_KINDS.join(', ')}, got ${describe(kind)}`);

    const approximate = props.approximate;
    if (typeof approximate !== 'boolean') {
      r.add(
        join(pp, 'approximate'),
        `expected true or false, got ${describe(approximate)} (treated as approximate)`,
      );
    }
    const sources = checkSources(r, props, pp, false);

    let validFrom = optString(r, props, 'validFrom', pp);
    let validTo = optString(r, props, 'validTo', pp);
    let datesOk = true;
    for (const [key, value] of [
      ['validFrom', validFrom],
      ['validTo', validTo],
    ] as const) {
      if (value !== undefined && !(DAY_RE.test(value) && isFuzzyDate(parseFuzzyDate(value)))) {
        r.add(join(pp, key), `"${value}" is not a real day of the form YYYY-MM-DD`);
        datesOk = false;
      }
    }
    if (datesOk && validFrom && validTo && validTo <= validFrom) {
      r.add(join(pp, 'validTo'), `${validTo} is not after validFrom ${validFrom}`);
      datesOk = false;
    }

    const names: { ar?: string; he?: string } = {};
    if (props.names !== undefined) {
      if (!isObj(props.names))
        r.add(
          join(pp, 'names'),
          `expected an object like { "ar": "…" }, got ${describe(props.names)}`,
        );
      else {
        const ar = optString(r, props.names, 'ar', join(pp, 'names'));
        const he = optString(r, props.names, 'he', join(pp, 'names'));
        if (ar) names.ar = ar;
        if (he) names.he = he;
      }
    }
    const note = optString(r, props, 'note', pp);
    const disputed = optString(r, props, 'disputed', pp);
    const admin = optString(r, props, 'admin', pp);
    const layer = optString(r, props, 'layer', pp);
    const precisionM = props.precisionM;
    if (precisionM !== undefined && !(typeof precisionM === 'number' && precisionM >= 0)) {
      r.add(join(pp, 'precisionM'), `expected a number of metres, got ${describe(precisionM)}`);
    }

    // A place whose validity cannot be read would show at the wrong times: leave it out.
    if (!id || !name || !kindOk || !datesOk) return;
    validFrom = validFrom || undefined;
    validTo = validTo || undefined;
    const properties: PlaceProperties = {
      id,
      name,
      kind: kind as PlaceKind,
      approximate: approximate !== false,
      sources,
    };
    if (names.ar || names.he) properties.names = names;
    if (validFrom) properties.validFrom = validFrom;
    if (validTo) properties.validTo = validTo;
    if (note) properties.note = note;
    if (disputed) properties.disputed = disputed;
    if (admin) properties.admin = admin;
    if (layer) properties.layer = layer;
    if (typeof precisionM === 'number' && precisionM >= 0) properties.precisionM = precisionM;
    out.push({ type: 'Feature', geometry: (f as Obj).geometry as Geometry, properties });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// basemap.geojson

export function validateBasemap(
  raw: unknown,
  problems: Problem[] = [],
  file = 'basemap.geojson',
): Basemap {
  const r = new Report(file, problems);
  const features = featureCollection(r, raw) ?? [];
  const out: BasemapFeature[] = [];
  features.forEach((f, i) => {
    const path = `features[${i}]`;
    // Natural Earth's clipped country rings touch themselves at the clip's corners; the basemap is
    // drawn but never measured, so a crossing there is harmless.
    const props = featureShell(r, f, path, { checkCrossings: false });
    if (!props) return;
    const pp = `${path}.properties`;
    const name = reqString(r, props, 'name', pp);
    const kind = props.kind;
    if (typeof kind !== 'string' || !(BASEMAP_KINDS as readonly string[]).includes(kind)) {
      r.add(join(pp, 'kind'), `expected one of ${BASEMAP_KINDS.join(', ')}, got ${describe(kind)}`);
      return;
    }
    if (!name) return;
    out.push(f as BasemapFeature);
  });
  return { type: 'FeatureCollection', features: out };
}

// ---------------------------------------------------------------------------------------------
// events.json

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
        ? `expected an array of events, got ${describe(raw.events)}`
        : `expected an object { "events": [...] }, got ${describe(raw)}`,
    );
    return [];
  }
  const seen = new Set<string>();
  const out: TimedEvent[] = [];
  raw.events.forEach((e, i) => {
    const path = `events[${i}]`;
    if (!isObj(e)) return r.add(path, `expected an event object, got ${describe(e)}`);
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
      if (endDate && isFuzzyDate(endDate)) {
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
        `expected high, medium or low, got ${describe(e.confidence)} (shown as low)`,
      );
      confidence = 'low';
    }
    const disputed = optString(r, e, 'disputed', path);
    const datePrecisionNote = optString(r, e, 'datePrecisionNote', path);

    if (!id || !title || !usable || !isFuzzyDate(startDate)) return;
    const end = endDate && isFuzzyDate(endDate) ? endDate : undefined;
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
      to: end ? end.end : startDate.end,
    };
    if (end) {
      event.end = end.text;
      event.endDate = end;
    }
    if (disputed) event.disputed = disputed;
    if (datePrecisionNote) event.datePrecisionNote = datePrecisionNote;
    out.push(event);
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// article.json

/** An excerpt's `events`: ids (meaning `reports`) or `{ "id", "relation" }` objects. */
function eventLinks(r: Report, x: Obj, path: string): EventLink[] {
  const p = join(path, 'events');
  const v = x.events;
  if (v === undefined) {
    r.add(p, 'missing (use [] for none)');
    return [];
  }
  if (!Array.isArray(v)) {
    r.add(p, `expected an array of event ids, got ${describe(v)}`);
    return [];
  }
  const out: EventLink[] = [];
  v.forEach((item, i) => {
    if (typeof item === 'string') return out.push({ id: item, relation: 'reports' });
    const ip = `${p}[${i}]`;
    if (!isObj(item))
      return r.add(ip, `expected an event id or { "id", "relation" }, got ${describe(item)}`);
    const id = reqString(r, item, 'id', ip);
    const relation = item.relation ?? 'reports';
    const relationOk = (RELATIONS as readonly unknown[]).includes(relation);
    if (!relationOk)
      r.add(
        join(ip, 'relation'),
        `expected one of ${RELATIONS.join(', ')}, got ${describe(relation)}`,
      );
    if (id && relationOk) out.push({ id, relation: relation as Relation });
  });
  return out;
}

export function validateArticle(
  raw: unknown,
  problems: Problem[] = [],
  file = 'article.json',
): Article | null {
  const r = new Report(file, problems);
  if (!isObj(raw)) {
    r.add('', `expected an article object, got ${describe(raw)}`);
    return null;
  }
  const title = reqString(r, raw, 'title', '') ?? 'Untitled article';
  const publisher = reqString(r, raw, 'publisher', '') ?? '';
  const date = reqString(r, raw, 'date', '') ?? '';
  if (date && !isFuzzyDate(parseFuzzyDate(date)))
    r.add('date', `"${date}" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
  const url = optString(r, raw, 'url', '');
  const urlOk = url !== undefined && safeHttpUrl(url) !== null;
  if (url !== undefined && !urlOk)
    r.add('url', `${describe(url)} is not an http(s) URL (left out: no link is made)`);

  const paragraphs: Paragraph[] = [];
  const byId = new Map<string, Paragraph>();
  if (!Array.isArray(raw.paragraphs) || raw.paragraphs.length === 0) {
    r.add(
      'paragraphs',
      `expected a non-empty array of paragraphs, got ${describe(raw.paragraphs)}`,
    );
  } else {
    const seen = new Set<string>();
    raw.paragraphs.forEach((p, i) => {
      const path = `paragraphs[${i}]`;
      if (!isObj(p)) return r.add(path, `expected a paragraph object, got ${describe(p)}`);
      const id = checkId(r, p, path, seen);
      const text = reqString(r, p, 'text', path);
      if (p.heading !== undefined && typeof p.heading !== 'boolean')
        r.add(join(path, 'heading'), `expected true or false, got ${describe(p.heading)}`);
      if (!id || !text) return;
      const para: Paragraph = { id, text };
      if (p.heading === true) para.heading = true;
      paragraphs.push(para);
      byId.set(id, para);
    });
  }

  const excerpts: Excerpt[] = [];
  if (raw.excerpts !== undefined && !Array.isArray(raw.excerpts)) {
    r.add('excerpts', `expected an array of excerpts, got ${describe(raw.excerpts)}`);
  } else if (Array.isArray(raw.excerpts)) {
    const seen = new Set<string>();
    raw.excerpts.forEach((x, i) => {
      const path = `excerpts[${i}]`;
      if (!isObj(x)) return r.add(path, `expected an excerpt object, got ${describe(x)}`);
      const id = checkId(r, x, path, seen);
      const paragraph = reqString(r, x, 'paragraph', path);
      const text = reqString(r, x, 'text', path);
      const places = stringArray(r, x, 'places', path, true);
      const links = eventLinks(r, x, path);
      const events = links.map((l) => l.id);
      const para = paragraph ? byId.get(paragraph) : undefined;
      if (paragraph && !para) r.add(join(path, 'paragraph'), `unknown paragraph "${paragraph}"`);
      if (para && text && !para.text.includes(text)) {
        r.add(
          join(path, 'text'),
          `not found verbatim in paragraph "${para.id}": "${text.slice(0, 60)}${text.length > 60 ? '…' : ''}"`,
        );
        return;
      }
      if (!id || !para || !text) return;
      excerpts.push({ id, paragraph: para.id, text, places, events, links });
    });
  }
  const article: Article = { title, publisher, date, paragraphs, excerpts };
  if (url && urlOk) article.url = url;
  return article;
}

// ---------------------------------------------------------------------------------------------
// The whole story: each file, then the references between them

export interface RawStory {
  places?: unknown;
  basemap?: unknown;
  events?: unknown;
  article?: unknown;
}

export interface ValidStory {
  places: PlaceFeature[];
  basemap: Basemap;
  events: TimedEvent[];
  article: Article | null;
  problems: Problem[];
}

/**
 * The ids a file holds: those that validated, and (worked out only when a reference misses, which
 * valid data never does) all that stand in it, valid or not.
 */
class Ids {
  private presentIds: Set<unknown> | null = null;
  constructor(
    readonly valid: ReadonlySet<string>,
    private readonly rawItems: unknown[],
    private readonly idOf: (item: Obj) => unknown,
  ) {}
  present(id: string): boolean {
    this.presentIds ??= new Set(this.rawItems.map((x) => (isObj(x) ? this.idOf(x) : undefined)));
    return this.presentIds.has(id);
  }
}

/**
 * Keeps the references that resolve and reports each one that does not. A reference to an item
 * that is in its file but was left out (its own problem is already reported) is dropped quietly,
 * so one broken event does not also show up as "unknown" everywhere it is named.
 */
function resolve(
  problems: Problem[],
  file: string,
  path: () => string,
  refs: string[],
  ids: Ids,
  what: string,
): string[] {
  if (refs.every((ref) => ids.valid.has(ref))) return refs;
  const kept: string[] = [];
  refs.forEach((ref, j) => {
    if (ids.valid.has(ref)) kept.push(ref);
    else if (!ids.present(ref)) {
      problems.push({ file, path: `${path()}[${j}]`, message: `unknown ${what} "${ref}"` });
    }
  });
  return kept;
}

/** Where each id first stands in the raw array: the one validation kept when ids repeat. */
function firstIndexById(items: unknown[]): Map<unknown, number> {
  const index = new Map<unknown, number>();
  items.forEach((item, i) => {
    const id = isObj(item) ? item.id : undefined;
    if (!index.has(id)) index.set(id, i);
  });
  return index;
}

const arrayAt = (o: unknown, key: string): unknown[] =>
  isObj(o) && Array.isArray(o[key]) ? o[key] : [];

/**
 * Validates every file that is present (a file that failed to load is `undefined` and was
 * reported by the loader) and checks the references between them.
 */
export function validateStory(raw: RawStory, problems: Problem[] = []): ValidStory {
  const places = raw.places === undefined ? [] : validatePlaces(raw.places, problems);
  const basemap: Basemap =
    raw.basemap === undefined
      ? { type: 'FeatureCollection', features: [] }
      : validateBasemap(raw.basemap, problems);
  const events = raw.events === undefined ? [] : validateEvents(raw.events, problems);
  const article = raw.article === undefined ? null : validateArticle(raw.article, problems);

  // References are only checked against files that loaded; otherwise one missing file would
  // bury the real problems under hundreds of "unknown" lines.
  const rawEvents = arrayAt(raw.events, 'events');
  const rawExcerpts = arrayAt(raw.article, 'excerpts');
  const placeIds = new Ids(
    new Set(places.map((p) => p.properties.id)),
    arrayAt(raw.places, 'features'),
    (f) => (isObj(f.properties) ? f.properties.id : undefined),
  );
  const eventIds = new Ids(new Set(events.map((e) => e.id)), rawEvents, (e) => e.id);
  const excerptIds = new Ids(
    new Set(article?.excerpts.map((x) => x.id) ?? []),
    rawExcerpts,
    (x) => x.id,
  );
  // Where an item stands in its file, for the path of a problem: only looked up when there is one.
  let eventIndex: Map<unknown, number> | null = null;
  let excerptIndex: Map<unknown, number> | null = null;
  const eventPath = (id: string) =>
    `events[${(eventIndex ??= firstIndexById(rawEvents)).get(id) ?? '?'}]`;
  const excerptPath = (id: string) =>
    `excerpts[${(excerptIndex ??= firstIndexById(rawExcerpts)).get(id) ?? '?'}]`;

  /** Checks one list of references of an item, keeping those that resolve. */
  function link<K extends string>(
    item: { id: string } & Record<K, string[]>,
    key: K,
    file: string,
    pathOf: (id: string) => string,
    ids: Ids,
    what: string,
  ) {
    item[key] = resolve(
      problems,
      file,
      () => `${pathOf(item.id)}.${key}`,
      item[key],
      ids,
      what,
    ) as (typeof item)[K];
  }
  for (const e of events) {
    if (raw.places !== undefined) link(e, 'places', 'events.json', eventPath, placeIds, 'place');
    if (article) link(e, 'excerpts', 'events.json', eventPath, excerptIds, 'excerpt');
  }
  for (const x of article?.excerpts ?? []) {
    if (raw.places !== undefined) link(x, 'places', 'article.json', excerptPath, placeIds, 'place');
    if (raw.events !== undefined) {
      link(x, 'events', 'article.json', excerptPath, eventIds, 'event');
      if (x.links.length !== x.events.length) {
        const kept = new Set(x.events);
        x.links = x.links.filter((l) => kept.has(l.id));
      }
    }
  }
  return { places, basemap, events, article, problems };
}
