/**
 * Loading: fetch the four data files from the app's own origin, parse, validate and index them.
 * A file that cannot be fetched or parsed becomes a Problem; the others still load.
 */
import type { Basemap, Problem } from './schema';
import { parseJson } from './json';
import { validateStory, type RawStory } from './validate';
import { buildIndex, type StoryIndex } from './indexes';

export const DATA_FILES = {
  places: 'places.geojson',
  basemap: 'basemap.geojson',
  events: 'events.json',
  article: 'article.json',
} as const satisfies Record<keyof RawStory, string>;

export interface LoadedStory {
  index: StoryIndex;
  basemap: Basemap;
  problems: Problem[];
}

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

async function fetchJson(
  fetchFn: Fetch,
  base: string,
  file: string,
  problems: Problem[],
): Promise<unknown> {
  let text: string;
  try {
    const res = await fetchFn(`${base}${file}`);
    if (!res.ok) {
      problems.push({ file, path: '', message: `could not be loaded (HTTP ${res.status})` });
      return undefined;
    }
    text = await res.text();
  } catch (err) {
    problems.push({
      file,
      path: '',
      message: `could not be loaded (${err instanceof Error ? err.message : String(err)})`,
    });
    return undefined;
  }
  const parsed = parseJson(text, file);
  if (parsed.ok) return parsed.value;
  problems.push(parsed.problem);
  return undefined;
}

/** `base` ends with a slash, e.g. `./data/`. */
export async function loadStory(
  base: string,
  fetchFn: Fetch = (u) => fetch(u),
): Promise<LoadedStory> {
  const problems: Problem[] = [];
  const keys = Object.keys(DATA_FILES) as (keyof RawStory)[];
  const values = await Promise.all(
    keys.map((k) => fetchJson(fetchFn, base, DATA_FILES[k], problems)),
  );
  const raw: RawStory = {};
  keys.forEach((k, i) => (raw[k] = values[i]));
  const story = validateStory(raw, problems);
  return {
    index: buildIndex(story.places, story.events, story.article),
    basemap: story.basemap,
    problems,
  };
}
