/**
 * Story mode's steps: the article, in order, as a walk through its excerpts. Each step is one
 * excerpt or a few adjacent ones of the same paragraph, and knows the day to show, the places to
 * fit and light up, the events it speaks of (with their relation to the claim) and the stretch of
 * time those events cover. Derived from article.json; `story.json`, when present, says by hand
 * which excerpts make each step and may set a step's title, day or places (validated in
 * `validate/steps.ts`).
 */
import {
  RELATIONS,
  type Article,
  type EventLink,
  type Excerpt,
  type Relation,
  type TimedEvent,
  type Translations,
} from '../data/schema';
import type { StoryIndex } from '../data/indexes';
import { DAY_MS, parseDay, startOfDay } from '../time/days';
import { formatDayLong } from '../time/dates';
import { isValidAt } from '../time/validity';
import { m } from '../../paraglide/messages.js';
import { getLocale } from '../../paraglide/runtime.js';
import { placeNameIn } from '../i18n/names';

/** A step as `story.json` writes it: which excerpts, and what it sets by hand. */
export interface StepSpec {
  excerpts: string[];
  title?: string;
  /** The title in Arabic and Hebrew (DESIGN.md's translations, as on events). */
  translations?: Translations<'title'>;
  /** `YYYY-MM-DD`: the day the map shows, instead of the derived one. */
  date?: string;
  /** The places to show, instead of the derived ones. */
  places?: string[];
}

export interface Step {
  /** 1-based, as the counter and the `step` URL parameter say it. */
  number: number;
  excerpts: Excerpt[];
  /** The hand-made title, or the article's section heading the step falls under (may be ''). */
  title: string;
  /** The hand-made title's translations, when story.json gives them. */
  translations?: Translations<'title'>;
  /** The day the map shows (UTC ms at the start of the day). */
  day: number;
  /** The places to fit the map to and highlight: those named that exist on `day`. */
  places: string[];
  /** Named places left out because they did not exist on `day` (said on screen). */
  absentPlaces: string[];
  /** The events the step speaks of, each once, those it reports first. */
  events: EventLink[];
  /** The time its events cover, padded, for the timeline's window: [from, to) in UTC ms. */
  window: readonly [number, number];
  /**
   * What the map and the timeline now show, in one sentence (announced to screen readers),
   * written in the interface's language each time it is read: read it where it is shown.
   */
  readonly summary: string;
}

/**
 * "The map shows A, B and C on 17 November 2025; 4 events.", in the interface's language at the
 * time of the call.
 */
export function describeStep(names: readonly string[], day: number, events: number): string {
  const date = formatDayLong(day);
  if (!names.length) return m.step_summary_nowhere({ date, count: events });
  const sep = m.step_places_separator();
  const places =
    names.length > 4
      ? m.step_places_more({ list: names.slice(0, 3).join(sep), count: names.length - 3 })
      : names.length > 1
        ? m.step_places_and({ list: names.slice(0, -1).join(sep), last: names.at(-1)! })
        : names[0]!;
  return m.step_summary({ places, date, count: events });
}

/** Reported events first, then the evidence for, then against: the order RELATIONS gives. */
const rank = (r: Relation) => RELATIONS.indexOf(r);
const PAD_MIN = 45 * DAY_MS;

/**
 * The default grouping: excerpts in article order; a new step at each paragraph, and wherever an
 * excerpt names places of its own while the step so far already names some. So an excerpt that
 * names no place joins the passage before it, and each step has one set of places to look at.
 */
export function groupExcerpts(article: Article): StepSpec[] {
  const paragraphs = new Map(article.paragraphs.map((p, i) => [p.id, { i, text: p.text }]));
  // Sorted by paragraph, then by where the excerpt stands in it (the file's order breaks ties).
  const excerpts = article.excerpts
    .map((x, i) => {
      const p = paragraphs.get(x.paragraph);
      return { x, key: [p?.i ?? 0, p?.text.indexOf(x.text) ?? 0, i] as const };
    })
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2])
    .map(({ x }) => x);
  const specs: { paragraph: string; named: boolean; spec: StepSpec }[] = [];
  for (const x of excerpts) {
    const last = specs.at(-1);
    const names = x.places.length > 0;
    if (last && last.paragraph === x.paragraph && !(names && last.named)) {
      last.spec.excerpts.push(x.id);
      last.named ||= names;
    } else specs.push({ paragraph: x.paragraph, named: names, spec: { excerpts: [x.id] } });
  }
  return specs.map((s) => s.spec);
}

/** The steps for `specs` (or the default grouping), resolved against the index. */
export function buildSteps(index: StoryIndex, specs?: readonly StepSpec[]): Step[] {
  const article = index.article;
  if (!article) return [];
  const headings = headingBefore(article);
  const articleDay = parseDay(article.date.slice(0, 10)) ?? index.events.at(-1)?.from ?? 0;
  return (specs ?? groupExcerpts(article))
    .flatMap((spec) => resolve(index, spec, headings, articleDay) ?? [])
    .map((s, i) => Object.assign(s, { number: i + 1 }));
}

function resolve(
  index: StoryIndex,
  spec: StepSpec,
  headings: ReadonlyMap<string, string>,
  articleDay: number,
): Step | null {
  const excerpts = spec.excerpts.flatMap((id) => index.excerptsById.get(id) ?? []);
  const lead = excerpts[0];
  if (!lead) return null;
  const eventsOf = (links: readonly EventLink[]) =>
    links.flatMap((l) => index.eventsById.get(l.id) ?? []);
  const events = linksOf(excerpts).filter((l) => index.eventsById.has(l.id));
  const linked = eventsOf(events);
  const reported = eventsOf(events.filter((l) => l.relation === 'reports'));

  // The day is that of the passage that opens the step: the latest event it reports (or, if it
  // reports none, the latest it links); a passage that joins it does not move the date.
  const leadReported = eventsOf(lead.links.filter((l) => l.relation === 'reports'));
  const dayEvents = [leadReported, eventsOf(lead.links), linked].find((list) => list.length);
  const derived = dayEvents ? Math.max(...dayEvents.map((e) => e.from)) : articleDay;
  const day = startOfDay(parseDay(spec.date) ?? derived);

  // The places the passages name; where they name none, those of the events they report, or
  // else of every event they link. Only those that exist on the day are shown.
  const placesOf = (list: readonly TimedEvent[]) => unique(list.flatMap((e) => e.places));
  const named = unique(excerpts.flatMap((x) => x.places));
  const candidates =
    spec.places ?? [named, placesOf(reported), placesOf(linked)].find((ids) => ids.length) ?? [];
  const exists = (id: string) => {
    const p = index.placesById.get(id);
    return !!p && isValidAt(p.properties, day);
  };
  const places = candidates.filter(exists);

  const lo = linked.length ? Math.min(...linked.map((e) => e.from)) : day;
  const hi = linked.length ? Math.max(...linked.map((e) => e.to)) : day + DAY_MS;
  const pad = Math.max(PAD_MIN, (hi - lo) * 0.1);
  const features = places.map((id) => index.placesById.get(id)!);
  return {
    number: 0,
    excerpts,
    title: spec.title ?? headings.get(lead.paragraph) ?? '',
    ...(spec.title && spec.translations && { translations: spec.translations }),
    day,
    places,
    absentPlaces: candidates.filter((id) => index.placesById.has(id) && !exists(id)),
    events,
    window: [lo - pad, hi + pad],
    // Written when read, so that it follows a change of language (not copied by a spread).
    get summary() {
      const lang = getLocale();
      return describeStep(
        features.map((p) => placeNameIn(p.properties, lang).text),
        day,
        events.length,
      );
    },
  };
}

/** Each excerpt's links, each event once, with its strongest relation; those reported first. */
function linksOf(excerpts: readonly Excerpt[]): EventLink[] {
  const best = new Map<string, EventLink>();
  for (const l of excerpts.flatMap((x) => x.links)) {
    const seen = best.get(l.id);
    if (!seen || rank(l.relation) < rank(seen.relation)) best.set(l.id, l);
  }
  return [...best.values()].sort((a, b) => rank(a.relation) - rank(b.relation));
}

/** For each paragraph, the text of the article's last heading before it. */
function headingBefore(article: Article): Map<string, string> {
  const out = new Map<string, string>();
  let heading = '';
  for (const p of article.paragraphs) {
    if (p.heading) heading = p.text;
    else out.set(p.id, heading);
  }
  return out;
}

const unique = (ids: readonly string[]) => [...new Set(ids)];
