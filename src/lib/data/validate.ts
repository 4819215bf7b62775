/**
 * Runtime validation of the story data. Every check reports a Problem with the file, a path into it
 * and plain words, and validation never stops at the first problem nor throws on malformed input.
 *
 * An item that cannot be shown at all (no id, a duplicate id, no readable date, a broken geometry)
 * is left out; an item with a bad reference or a missing detail is kept with the bad part removed,
 * so everything valid still renders. Either way the problem is reported.
 */
import type { Article, Basemap, PlaceFeature, Problem, TimedEvent } from './schema';
import { validatePlaces } from './validate/places';
import { validateBasemap } from './validate/basemap';
import { validateEvents } from './validate/events';
import { validateArticle } from './validate/article';
import { checkReferences } from './validate/references';

export { validatePlaces, validateBasemap, validateEvents, validateArticle };

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

  const story: ValidStory = { places, basemap, events, article, problems };
  checkReferences(raw, story);
  return story;
}
