/**
 * The story's files read from disk, validated and indexed: what several Node-side tests and
 * e2e specs check the page against. `dir` is the data folder (the shipped one by default).
 */
import { readFileSync } from 'node:fs';
import { validateStory } from '../src/lib/data/validate';
import { buildIndex, type StoryIndex } from '../src/lib/data/indexes';

export const readJson = (f: string, dir = 'public/data'): unknown =>
  JSON.parse(readFileSync(`${dir}/${f}`, 'utf8'));

export function indexOf(dir = 'public/data'): StoryIndex {
  const v = validateStory({
    places: readJson('places.geojson', dir),
    events: readJson('events.json', dir),
    article: readJson('article.json', dir),
  });
  return buildIndex(v.places, v.events, v.article);
}
