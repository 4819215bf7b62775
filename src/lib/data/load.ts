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

export interface LoadTimings {
  /** Fetching the files (network and reading the bodies as text), in ms. */
  fetch: number;
  /** Parsing their JSON. */
  parse: number;
  validate: number;
  index: number;
}

export interface LoadedStory {
  index: StoryIndex;
  basemap: Basemap;
  problems: Problem[];
  /** Where the loading time went (reported by `npm run bench`). */
  timings?: LoadTimings;
}

type Fetch = (url: string) => Promise<Pick<Response, 'ok' | 'status' | 'text'>>;

async function fetchText(
  fetchFn: Fetch,
  base: string,
  file: string,
  problems: Problem[],
): Promise<string | undefined> {
  try {
    const res = await fetchFn(`${base}${file}`);
    if (!res.ok) {
      problems.push({ file, path: '', message: `could not be loaded (HTTP ${res.status})` });
      return undefined;
    }
    return await res.text();
  } catch (err) {
    problems.push({
      file,
      path: '',
      message: `could not be loaded (${err instanceof Error ? err.message : String(err)})`,
    });
    return undefined;
  }
}

/** `base` ends with a slash, e.g. `./data/`. */
export async function loadStory(
  base: string,
  fetchFn: Fetch = (u) => fetch(u),
): Promise<LoadedStory> {
  const problems: Problem[] = [];
  const t0 = performance.now();
  const keys = Object.keys(DATA_FILES) as (keyof RawStory)[];
  const texts = await Promise.all(
    keys.map((k) => fetchText(fetchFn, base, DATA_FILES[k], problems)),
  );
  const tFetched = performance.now();
  const raw: RawStory = {};
  keys.forEach((k, i) => {
    const text = texts[i];
    if (text === undefined) return;
    const parsed = parseJson(text, DATA_FILES[k]);
    if (parsed.ok) raw[k] = parsed.value;
    else problems.push(parsed.problem);
  });
  const t1 = performance.now();
  const story = validateStory(raw, problems);
  const t2 = performance.now();
  const index = buildIndex(story.places, story.events, story.article);
  const t3 = performance.now();
  return {
    index,
    basemap: story.basemap,
    problems,
    timings: { fetch: tFetched - t0, parse: t1 - tFetched, validate: t2 - t1, index: t3 - t2 },
  };
}
