/**
 * Loading: read the four data files, parse, validate and index them. The page reads them over
 * HTTP from its own origin and `npm run validate` from disk, through this one path, so both report
 * the same problems in the same words. A file that cannot be read or parsed becomes a Problem;
 * the others still load.
 */
import type { Basemap, Problem, translationsFile } from './schema';
import { parseJson } from './json';
import { validateStory, type RawStory } from './validate';
import { buildIndex, type StoryIndex } from './indexes';
import type { About } from './about';

export const DATA_FILES = {
  places: 'places.geojson',
  basemap: 'basemap.geojson',
  events: 'events.json',
  article: 'article.json',
} as const satisfies Record<keyof RawStory, string>;

/**
 * A file the app reads: the four of the story, the About view's own, story mode's steps, and a
 * language's translations.
 */
export type DataFile =
  | (typeof DATA_FILES)[keyof RawStory]
  | 'about.json'
  | 'story.json'
  | ReturnType<typeof translationsFile>;

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

/**
 * Reads one data file as text, or says in plain words why it could not; `missing` marks a file
 * that is not there at all (HTTP 404, no such file), which an optional file may be.
 */
export type Reader = (
  file: DataFile,
) => Promise<{ text: string } | { error: string; missing?: true }>;

type Fetch = (
  url: string,
) => Promise<Pick<Response, 'ok' | 'status' | 'text'> & { headers?: Pick<Headers, 'get'> }>;

/**
 * Reads files over HTTP from `base` (ending with a slash, e.g. `./data/`). A server that answers a
 * missing file with its web page (a single-page-app fallback) is caught by the content type, so
 * the reader is told the file is missing rather than that it is not valid JSON.
 */
export function httpReader(base: string, fetchFn: Fetch = (u) => fetch(u)): Reader {
  return async (file) => {
    try {
      const res = await fetchFn(`${base}${file}`);
      if (res.status === 404)
        return { error: 'could not be loaded (HTTP 404: not found)', missing: true };
      if (!res.ok) return { error: `could not be loaded (HTTP ${res.status})` };
      const type = res.headers?.get('content-type') ?? '';
      if (/text\/html/i.test(type))
        return {
          error: `not found: the server sent a web page instead of this file (HTTP ${res.status}, ${type})`,
          missing: true,
        };
      return { text: await res.text() };
    } catch (err) {
      return { error: `could not be loaded (${err instanceof Error ? err.message : String(err)})` };
    }
  };
}

/**
 * A file's parsed JSON, or undefined when it could not be read or parsed; every problem (the
 * read's, the syntax error, nesting cut) goes into `problems`. Every file the app reads passes here.
 */
export async function parsedOrReported(
  result: Awaited<ReturnType<Reader>>,
  file: DataFile,
  problems: Problem[],
): Promise<unknown> {
  if ('error' in result) {
    problems.push({ file, path: '', message: result.error });
    return undefined;
  }
  const parsed = await parseJson(result.text, file);
  if (!parsed.ok) {
    problems.push(parsed.problem);
    return undefined;
  }
  problems.push(...parsed.problems);
  return parsed.value;
}

export async function loadStory(read: Reader): Promise<LoadedStory> {
  const problems: Problem[] = [];
  const t0 = performance.now();
  const keys = Object.keys(DATA_FILES) as (keyof RawStory)[];
  const results = await Promise.all(keys.map((k) => read(DATA_FILES[k])));
  const tFetched = performance.now();
  const raw: RawStory = {};
  for (const [i, k] of keys.entries()) {
    const value = await parsedOrReported(results[i]!, DATA_FILES[k], problems);
    if (value !== undefined) raw[k] = value;
  }
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

/**
 * about.json, for the About view: read through the same reader as the story, and validated by a
 * module fetched only now (the first draw does not need it). An unreadable file is an empty About.
 */
export async function loadAbout(read: Reader): Promise<{ about: About; problems: Problem[] }> {
  const file = 'about.json';
  const problems: Problem[] = [];
  const value = await parsedOrReported(await read(file), file, problems);
  const { validateAbout } = await import('./about');
  const about =
    value === undefined ? { lastChecked: '', corrections: [] } : validateAbout(value, problems);
  return { about, problems };
}
