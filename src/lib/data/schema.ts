/**
 * The data contracts of `places.geojson`, `basemap.geojson`, `events.json` and `article.json`
 * (see DESIGN.md). These are the shapes *after* validation: everything the app renders has them.
 */
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon } from 'geojson';
import type { FuzzyDate } from '../time/dates';

export const SOURCE_KINDS = ['original', 'wire', 'aggregator'] as const;
/** Original reporting, a copy of a news agency's story, or a site that relays others' reporting. */
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  publisher: string;
  title: string;
  url?: string;
  /** Publication date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  date?: string;
  kind?: SourceKind;
  /** For a wire copy or an aggregator: who did the reporting (an agency, a monitor, an outlet). */
  origin?: string;
}

/** The languages the data's own text is translated into, beside the English it is written in. */
export const TRANSLATED_LANGS = ['ar', 'he'] as const;
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];
/** Where a language's translations of the data live, beside the data's own files. */
export const translationsFile = (lang: TranslatedLang) => `translations/${lang}.json` as const;
/**
 * A text's translations: per language the translated fields, or `null` where the file says
 * plainly that there is none yet (the page then shows the English and says so).
 */
export type Translations<F extends string> = Partial<
  Record<TranslatedLang, Record<F, string> | null>
>;

export const PLACE_KINDS = ['governorate', 'zone', 'line', 'site', 'post', 'base', 'city'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

export interface PlaceProperties {
  id: string;
  name: string;
  names?: { ar?: string; he?: string };
  kind: PlaceKind;
  /** ISO day the feature came into being; it exists on validFrom <= t < validTo. */
  validFrom?: string;
  validTo?: string;
  approximate: boolean;
  sources: Source[];
  note?: string;
  /** The note in Arabic and Hebrew (the names are in `names`). */
  translations?: Translations<'note'>;
  /** What sources disagree on about this place. */
  disputed?: string;
  /** Estimated uncertainty of the position or outline, in metres. */
  precisionM?: number;
  /** The administrative unit the place lies in, in neutral words. */
  admin?: string;
  /** The map layer (legend entry and toggle) the place belongs to; see src/lib/geo/layers.ts. */
  layer?: string;
}

export type PlaceFeature = Feature<Geometry, PlaceProperties>;

/** A place drawn as an area (a zone, a governorate): what can hold other places. */
export const isArea = (p: PlaceFeature): p is PlaceFeature & Feature<Polygon | MultiPolygon> =>
  p.geometry?.type === 'Polygon' || p.geometry?.type === 'MultiPolygon';

export const BASEMAP_KINDS = ['country', 'land', 'lake', 'river', 'town'] as const;
export type BasemapKind = (typeof BASEMAP_KINDS)[number];

export interface BasemapProperties {
  kind: BasemapKind;
  name: string;
  /** Towns: the smallest zoom at which the label shows (bigger towns show earlier). */
  minZoom?: number;
}
export type BasemapFeature = Feature<Geometry, BasemapProperties>;
export type Basemap = FeatureCollection<Geometry, BasemapProperties>;

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export interface StoryEvent {
  id: string;
  title: string;
  summary: string;
  start: string;
  end?: string;
  actors: string[];
  category: string;
  places: string[];
  excerpts: string[];
  sources: Source[];
  confidence: Confidence;
  disputed?: string;
  datePrecisionNote?: string;
  translations?: Translations<'title' | 'summary'>;
}

/** An event with its dates parsed once, at the boundary. */
export interface TimedEvent extends StoryEvent {
  startDate: FuzzyDate;
  endDate?: FuzzyDate;
  /** [from, to) covered by the event in UTC ms: the start's first moment to the end's last. */
  from: number;
  to: number;
}

export interface Paragraph {
  id: string;
  text: string;
  heading?: boolean;
}

export const RELATIONS = ['reports', 'consistent', 'at-odds'] as const;
/**
 * How an event bears on an excerpt: the event the sentence tells of, evidence in line with its
 * claim, or evidence that complicates it. The page shows evidence; it does not rule.
 */
export type Relation = (typeof RELATIONS)[number];

export interface EventLink {
  id: string;
  relation: Relation;
}

export interface Excerpt {
  id: string;
  paragraph: string;
  text: string;
  places: string[];
  /** The linked events' ids, in the file's order (every relation). */
  events: string[];
  /** The same links with their relation (`reports` where the file gives a bare id). */
  links: EventLink[];
}

export interface Article {
  title: string;
  publisher: string;
  date: string;
  url?: string;
  paragraphs: Paragraph[];
  excerpts: Excerpt[];
}

/** One problem found in the data: which file, where in it, and what is wrong, in plain words. */
export interface Problem {
  file: string;
  /** A path into the file, e.g. `events[12].places[0]`; empty for the file as a whole. */
  path: string;
  message: string;
}

export function formatProblem(p: Problem): string {
  return p.path ? `${p.file}: ${p.path}: ${p.message}` : `${p.file}: ${p.message}`;
}
